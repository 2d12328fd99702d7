#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace unclutch::core {

// A JSON pointer (RFC 6901) built up while walking a document, rendered only when a
// diagnostic needs it, so that walking a valid file allocates nothing for pointers.
class PointerPath {
public:
    PointerPath() = default;

    PointerPath key(std::string_view name) const { return PointerPath(this, name, 0); }
    PointerPath index(std::size_t position) const { return PointerPath(this, {}, position + 1); }

    std::string str() const;

    // Appends "/" and `token` escaped as RFC 6901 asks ("~" as "~0", "/" as "~1").
    static void append_token(std::string& pointer, std::string_view token);

private:
    PointerPath(const PointerPath* parent, std::string_view name, std::size_t index_plus_one)
        : m_parent(parent)
        , m_name(name)
        , m_index_plus_one(index_plus_one)
    {
    }

    const PointerPath* m_parent = nullptr;  // nullptr: the whole document
    std::string_view m_name;
    std::size_t m_index_plus_one = 0;       // 0: this segment is m_name
};

} // namespace unclutch::core
