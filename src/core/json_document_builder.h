#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "diagnostic_list.h"
#include "json_document.h"
#include "number_overflow.h"

namespace unclutch::core {

// Reads JSON text into a JsonDocument through nlohmann's SAX parser, so that nothing of
// unbounded depth is ever built: values nested deeper than max_depth are reported and dropped
// while parsing. Also reports what a DOM parser would hide: duplicate keys, numbers too large
// to be finite, and where every value starts.
class JsonDocumentBuilder {
public:
    static constexpr int max_depth = 64;

    // `text` is a file after its byte-order mark. Problems of JSON itself go to `diagnostics`;
    // the document is returned unless there was a syntax error.
    static std::optional<JsonDocument> build(std::string_view text, DiagnosticList& diagnostics);

    // The SAX interface nlohmann::json::sax_parse calls.
    bool null();
    bool boolean(bool value);
    bool number_integer(std::int64_t value);
    bool number_unsigned(std::uint64_t value);
    bool number_float(double value, const std::string& text);
    bool string(std::string& value);
    bool binary(nlohmann::json::binary_t& value);
    bool start_object(std::size_t elements);
    bool key(std::string& value);
    bool end_object();
    bool start_array(std::size_t elements);
    bool end_array();
    bool parse_error(std::size_t position, const std::string& last_token,
                     const nlohmann::detail::exception& error);

private:
    struct Frame;

    JsonDocumentBuilder(std::string_view text, std::string_view input,
                        const std::vector<NumberOverflow::Span>& overflows,
                        DiagnosticList& diagnostics);
    ~JsonDocumentBuilder();

    bool run();
    std::uint32_t consumed() const;
    std::uint32_t next_token_start();
    JsonDocument::Index add(JsonNode node);
    bool add_number(JsonNumberKind kind, std::uint64_t bits);
    bool start_container(JsonKind kind);
    bool end_container();
    // Where the object of `frame` first had the key at `begin`, if it had it before `offset`.
    std::optional<std::uint32_t> first_offset_of_key(Frame& frame, std::uint32_t begin,
                                                     std::uint32_t size, std::uint32_t offset);
    std::string pointer_of_next_value() const;
    // Whether the value being added lies inside the value of an "x-" key.
    bool next_value_in_extension() const;
    void report_error(std::uint32_t offset, std::string message);

    std::string_view m_text;  // the file, for positions and messages
    std::string_view m_input; // what is parsed: m_text, or a copy with overflows blanked
    const char* const* m_published = nullptr; // one past the last byte the parser has read
    const std::vector<NumberOverflow::Span>& m_overflows;
    std::size_t m_next_overflow = 0;
    DiagnosticList& m_diagnostics;
    JsonDocument m_document;
    std::vector<Frame> m_stack;       // the open containers that are kept
    int m_depth = 0;                  // every open container, kept or too deep
    std::uint32_t m_previous_end = 0; // where the last token seen by a callback ended
    std::uint32_t m_key_begin = 0;    // the key waiting for its value, in the string store
    std::uint32_t m_key_size = 0;
    std::uint32_t m_key_offset = 0;
    bool m_key_duplicate = false;
    bool m_depth_reported = false;
    bool m_overflow_seen = false;
};

} // namespace unclutch::core
