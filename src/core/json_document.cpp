#include "json_document.h"

#include <bit>
#include <cmath>

namespace unclutch::core {

std::string_view JsonDocument::string(Index index) const
{
    const JsonNode& n = m_nodes[index];
    return std::string_view(m_strings).substr(n.first, n.size);
}

std::string_view JsonDocument::key(Index index) const
{
    const JsonNode& n = m_nodes[index];
    return std::string_view(m_strings).substr(n.key_begin, n.key_size);
}

double JsonDocument::number(Index index) const
{
    const JsonNode& n = m_nodes[index];
    switch (n.number_kind) {
    case JsonNumberKind::Unsigned:
        return static_cast<double>(n.bits);
    case JsonNumberKind::Integer:
        return static_cast<double>(std::bit_cast<std::int64_t>(n.bits));
    case JsonNumberKind::Float:
        break;
    }
    return std::bit_cast<double>(n.bits);
}

bool JsonDocument::is_whole_number(Index index) const
{
    if (m_nodes[index].number_kind != JsonNumberKind::Float)
        return true;
    const double value = number(index);
    return std::isfinite(value) && std::trunc(value) == value;
}

std::string_view JsonDocument::number_text(Index index) const
{
    const std::size_t begin = m_nodes[index].offset;
    std::size_t end = begin;
    while (end < m_text.size()) {
        const char c = m_text[end];
        if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'))
            break;
        ++end;
    }
    return m_text.substr(begin, end - begin);
}

nlohmann::ordered_json JsonDocument::to_json(Index index) const
{
    const JsonNode& n = m_nodes[index];
    switch (n.kind) {
    case JsonKind::Null:
    case JsonKind::Invalid:
        return nullptr;
    case JsonKind::Boolean:
        return n.boolean;
    case JsonKind::Number:
        if (n.number_kind == JsonNumberKind::Unsigned)
            return n.bits;
        if (n.number_kind == JsonNumberKind::Integer)
            return std::bit_cast<std::int64_t>(n.bits);
        return std::bit_cast<double>(n.bits);
    case JsonKind::String:
        return std::string(string(index));
    case JsonKind::Array: {
        auto out = nlohmann::ordered_json::array();
        auto& elements = out.get_ref<nlohmann::ordered_json::array_t&>();
        elements.reserve(n.size);
        for (Index child = n.first; child != none; child = m_nodes[child].next)
            elements.push_back(to_json(child));
        return out;
    }
    case JsonKind::Object: {
        auto out = nlohmann::ordered_json::object();
        // Keys are known to be unique, and ordered_map's own insert searches linearly: append to
        // the underlying vector so that a huge object stays linear.
        auto& members = static_cast<nlohmann::ordered_json::object_t::Container&>(
            out.get_ref<nlohmann::ordered_json::object_t&>());
        members.reserve(n.size);
        for (Index child = n.first; child != none; child = m_nodes[child].next)
            members.emplace_back(std::string(key(child)), to_json(child));
        return out;
    }
    }
    return nullptr;
}

} // namespace unclutch::core
