#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

namespace unclutch::core {

// The keys of one large JSON object, each with the offset where it was first written, so that
// a duplicate is found, and its first occurrence named, in constant time.
class KeyIndex {
public:
    // Keys live in `store` (a JsonDocument's string store) as begin and size, compared through
    // a pointer to the store itself so that it may grow while the index is in use.
    KeyIndex(const std::string& store, std::size_t expected_keys);

    // Adds the key; if the object had it already, returns where it was first written instead.
    std::optional<std::uint32_t> add(std::uint32_t begin, std::uint32_t size, std::uint32_t offset);

private:
    struct Key {
        std::uint32_t begin;
        std::uint32_t size;
    };
    struct Hash {
        const std::string* store;
        std::size_t operator()(Key key) const;
    };
    struct Equal {
        const std::string* store;
        bool operator()(Key a, Key b) const;
    };

    std::unordered_map<Key, std::uint32_t, Hash, Equal> m_first_offsets;
};

} // namespace unclutch::core
