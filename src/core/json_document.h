#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace unclutch::core {

enum class JsonKind : std::uint8_t { Null, Boolean, Number, String, Array, Object, Invalid };
enum class JsonNumberKind : std::uint8_t { Unsigned, Integer, Float };

// One value of a JsonDocument. Values are stored flat, in file order; a container links to its
// first child and each child to its next sibling, which keeps a 1 MiB file at a few
// allocations and lets every value remember where it was written.
struct JsonNode {
    JsonKind kind = JsonKind::Null;
    JsonNumberKind number_kind = JsonNumberKind::Unsigned;
    bool boolean = false;
    bool duplicate = false;         // repeats an earlier key of its object (already reported)
    std::uint32_t offset = 0;       // first byte of the value, after any byte-order mark
    std::uint32_t key_offset = 0;   // first byte of its key, for a member of an object
    std::uint32_t key_begin = 0;    // its key in the document's string store
    std::uint32_t key_size = 0;
    std::uint32_t next = 0;         // the next member or element; 0 for the last
    std::uint32_t first = 0;        // a container's first child; a string's start in the store
    std::uint32_t size = 0;         // a container's children; a string's bytes
    std::uint64_t bits = 0;         // a number, as its JsonNumberKind says
};

// A JSON document read with positions, duplicate keys and nesting under control
// (built by JsonDocumentBuilder). Invalid values stand where a value was too deep or too large
// a number: they have been reported and are skipped by whoever reads the document.
class JsonDocument {
public:
    using Index = std::uint32_t;
    static constexpr Index none = 0;

    Index root() const { return m_nodes.size() > 1 ? 1 : none; }
    const JsonNode& node(Index index) const { return m_nodes[index]; }
    JsonKind kind(Index index) const { return m_nodes[index].kind; }

    std::string_view string(Index index) const;
    std::string_view key(Index index) const;
    double number(Index index) const;
    bool is_whole_number(Index index) const;
    // The number as written in the file, for messages.
    std::string_view number_text(Index index) const;

    Index first_child(Index index) const { return m_nodes[index].first; }
    Index next(Index index) const { return m_nodes[index].next; }
    std::uint32_t size(Index index) const { return m_nodes[index].size; }

    // The value and everything in it, objects keeping their members in file order.
    nlohmann::ordered_json to_json(Index index) const;

private:
    friend class JsonDocumentBuilder;

    std::string_view m_text;              // the file after any byte-order mark
    std::vector<JsonNode> m_nodes{1};     // m_nodes[0] stands for "none"
    std::string m_strings;                // keys and strings, decoded, back to back
};

} // namespace unclutch::core
