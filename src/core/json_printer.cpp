#include "json_printer.h"

#include <array>
#include <cassert>
#include <charconv>
#include <cmath>

namespace unclutch::core {

namespace {

constexpr std::size_t indent_width = 2;

bool is_container(const nlohmann::ordered_json& json)
{
    return json.is_object() || json.is_array();
}

// Extension values have no schema to say how to lay them out: small flat containers go on one
// line, anything holding a container is written in blocks.
bool fits_inline(const nlohmann::ordered_json& json)
{
    if (json.empty())
        return true;
    for (const auto& item : json) {
        if (is_container(item))
            return false;
    }
    return json.dump().size() <= 80;
}

} // namespace

std::string json_quote(std::string_view text)
{
    return nlohmann::ordered_json(std::string(text))
        .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

void JsonPrinter::begin_object(Layout layout)
{
    begin(true, layout);
}

void JsonPrinter::end_object()
{
    end(true);
}

void JsonPrinter::begin_array(Layout layout)
{
    begin(false, layout);
}

void JsonPrinter::end_array()
{
    end(false);
}

void JsonPrinter::key(std::string_view name)
{
    assert(!m_levels.empty() && m_levels.back().is_object && !m_after_key);
    before_value();
    m_out += json_quote(name);
    m_out += ": ";
    m_after_key = true;
}

void JsonPrinter::string(std::string_view value)
{
    before_value();
    m_out += json_quote(value);
}

void JsonPrinter::number(double value)
{
    before_value();
    if (!std::isfinite(value)) {
        m_out += "null";
        return;
    }
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    m_out.append(buffer.data(), result.ptr);
}

void JsonPrinter::integer(std::int64_t value)
{
    before_value();
    m_out += std::to_string(value);
}

void JsonPrinter::float_number(double value)
{
    if (std::isinf(value)) {
        // Only an extension can hold one (the parser reads an x- value like 1e999 as infinity):
        // written so that it reads back as the same infinity.
        before_value();
        m_out += value < 0 ? "-1e999" : "1e999";
        return;
    }
    const std::size_t start = m_out.size();
    number(value);
    const std::string_view written = std::string_view(m_out).substr(start);
    if (written.find_first_of(".en") == std::string_view::npos)
        m_out += ".0";
}

void JsonPrinter::value(const nlohmann::ordered_json& json)
{
    using Type = nlohmann::ordered_json::value_t;
    switch (json.type()) {
    case Type::object:
        begin_object(fits_inline(json) ? Layout::Inline : Layout::Block);
        for (const auto& [name, item] : json.items()) {
            key(name);
            value(item);
        }
        end_object();
        return;
    case Type::array:
        begin_array(fits_inline(json) ? Layout::Inline : Layout::Block);
        for (const auto& item : json)
            value(item);
        end_array();
        return;
    case Type::number_float:
        float_number(json.get<double>());
        return;
    case Type::string:
        string(json.get_ref<const std::string&>());
        return;
    default:
        before_value();
        m_out += json.dump();
        return;
    }
}

std::string JsonPrinter::take()
{
    assert(m_levels.empty());
    if (!m_out.empty())
        m_out += '\n';
    return std::move(m_out);
}

void JsonPrinter::before_value()
{
    if (m_after_key) {
        m_after_key = false;
        return;
    }
    if (m_levels.empty())
        return;
    Level& level = m_levels.back();
    if (!level.empty)
        m_out += ',';
    if (level.is_inline) {
        if (!level.empty || level.is_object)
            m_out += ' ';
    } else {
        newline_and_indent();
    }
    level.empty = false;
}

void JsonPrinter::begin(bool object, Layout layout)
{
    before_value();
    m_out += object ? '{' : '[';
    // An inline container inside an inline one stays inline; a block inside inline cannot be.
    const bool parent_inline = !m_levels.empty() && m_levels.back().is_inline;
    m_levels.push_back({object, layout == Layout::Inline || parent_inline, true});
}

void JsonPrinter::end(bool object)
{
    assert(!m_levels.empty() && m_levels.back().is_object == object && !m_after_key);
    const Level level = m_levels.back();
    m_levels.pop_back();
    if (!level.empty) {
        if (level.is_inline) {
            if (level.is_object)
                m_out += ' ';
        } else {
            newline_and_indent();
        }
    }
    m_out += object ? '}' : ']';
}

void JsonPrinter::newline_and_indent()
{
    m_out += '\n';
    m_out.append(m_levels.size() * indent_width, ' ');
}

} // namespace unclutch::core
