#include "value_reader.h"

#include "edit_distance.h"
#include "utf8.h"

namespace unclutch::core {

namespace {

constexpr std::size_t max_shown_code_points = 40;

std::optional<char32_t> first_forbidden_control(std::string_view text, bool line_feeds_and_tabs)
{
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = Utf8::decode_first(text.substr(i)).value_or(U'\uFFFD');
        if (Utf8::is_control(c) && !(line_feeds_and_tabs && (c == U'\n' || c == U'\t')))
            return c;
        i += Utf8::encoded_size(c);
    }
    return std::nullopt;
}

} // namespace

ValueReader::ValueReader(const JsonDocument& document, DiagnosticList& diagnostics)
    : m_document(document)
    , m_diagnostics(diagnostics)
{
}

std::string ValueReader::describe(Index value) const
{
    switch (m_document.kind(value)) {
    case JsonKind::Null:
        return "null";
    case JsonKind::Boolean:
        return m_document.node(value).boolean ? "true" : "false";
    case JsonKind::Number: {
        const std::string_view written = m_document.number_text(value);
        if (written.size() > max_shown_code_points)
            return std::string(written.substr(0, max_shown_code_points)) + "…";
        return std::string(written);
    }
    case JsonKind::String: {
        const std::string_view all = m_document.string(value);
        const std::string_view shown = Utf8::prefix(all, max_shown_code_points);
        std::string quoted = Utf8::quoted(shown);
        if (shown.size() < all.size())
            quoted.insert(quoted.size() - 1, "…");
        return "the string " + quoted;
    }
    case JsonKind::Array:
        return "an array";
    case JsonKind::Object:
        return "an object";
    case JsonKind::Invalid:
        break;
    }
    return "an invalid value";
}

void ValueReader::error(const PointerPath& path, Index value, const std::string& message)
{
    if (m_diagnostics.full())
        return m_diagnostics.count_dropped(Severity::Error);
    m_diagnostics.error(path.str(), m_document.node(value).offset, message);
}

void ValueReader::warning(const PointerPath& path, Index value, const std::string& message)
{
    if (m_diagnostics.full())
        return m_diagnostics.count_dropped(Severity::Warning);
    m_diagnostics.warning(path.str(), m_document.node(value).offset, message);
}

void ValueReader::missing(const PointerPath& object_path, Index object, std::string_view key,
                          std::string_view hint)
{
    if (m_diagnostics.full())
        return m_diagnostics.count_dropped(Severity::Error);
    std::string message = "missing required key \"" + std::string(key) + "\"";
    if (!hint.empty())
        message += " (" + std::string(hint) + ")";
    m_diagnostics.error(object_path.key(key).str(), m_document.node(object).offset, message);
}

void ValueReader::members(Index object, const PointerPath& path,
                          std::span<const std::string_view> known, std::span<Index> out,
                          Extras& extras)
{
    for (Index& slot : out)
        slot = JsonDocument::none;
    for (Index child = m_document.first_child(object); child != JsonDocument::none;
         child = m_document.next(child)) {
        const JsonNode& member = m_document.node(child);
        if (member.duplicate)
            continue;
        const std::string_view name = m_document.key(child);
        bool is_known = false;
        for (std::size_t i = 0; i < known.size(); ++i) {
            if (known[i] == name) {
                out[i] = child;
                is_known = true;
                break;
            }
        }
        if (is_known)
            continue;
        extras.emplace_back(std::string(name), m_document.to_json(child));
        if (name.starts_with("x-"))
            continue;
        if (m_diagnostics.full()) {
            m_diagnostics.count_dropped(Severity::Warning);
            continue;
        }
        std::string message = "unknown key";
        if (const auto suggestion = EditDistance::suggest(name, known))
            message += "; did you mean \"" + std::string(*suggestion) + "\"?";
        else
            message += " (ignored; keys of extensions start with \"x-\")";
        m_diagnostics.warning(path.key(name).str(), member.key_offset, message);
    }
}

bool ValueReader::expect(Index value, JsonKind kind, const PointerPath& path,
                         std::string_view expected)
{
    const JsonKind found = m_document.kind(value);
    if (found == kind)
        return true;
    if (found != JsonKind::Invalid)
        error(path, value, std::string(expected) + ", got " + describe(value));
    return false;
}

std::optional<double> ValueReader::number(Index value, const PointerPath& path,
                                          std::string_view expected)
{
    if (!expect(value, JsonKind::Number, path, expected))
        return std::nullopt;
    return m_document.number(value);
}

std::string ValueReader::rounding_note(double seconds, const SecondsRule& rule)
{
    const auto rounded = checked_ms(seconds);
    if (!rounded)
        return {};
    const double as_ms = seconds * 1000.0;
    const auto min = static_cast<double>(rule.min_ms);
    const bool inside_before_rounding = (rule.min_excluded ? as_ms > min : as_ms >= min) &&
                                        as_ms <= static_cast<double>(rule.max_ms);
    if (!inside_before_rounding)
        return {};
    return " (" + std::to_string(*rounded) + " ms once rounded to milliseconds)";
}

std::optional<double> ValueReader::seconds(Index value, const PointerPath& path,
                                           const SecondsRule& rule)
{
    const auto found = number(value, path, "must be a number of seconds");
    if (!found)
        return std::nullopt;
    const auto rounded = checked_ms(*found);
    const bool below = rounded
                           ? (rule.min_excluded ? *rounded <= rule.min_ms : *rounded < rule.min_ms)
                           : *found < 0;
    const bool above = rounded ? *rounded > rule.max_ms : *found > 0;
    if (!below && !above)
        return found;
    error(path, value,
          std::string(below ? rule.below : rule.above) + ", got " + describe(value) +
              rounding_note(*found, rule));
    return std::nullopt;
}

std::optional<std::int64_t> ValueReader::whole_number(Index value, const PointerPath& path,
                                                      std::int64_t min, std::int64_t max)
{
    const std::string expected =
        "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max);
    const auto found = number(value, path, expected);
    if (!found)
        return std::nullopt;
    if (!m_document.is_whole_number(value) || *found < static_cast<double>(min) ||
        *found > static_cast<double>(max)) {
        error(path, value, expected + ", got " + describe(value));
        return std::nullopt;
    }
    return static_cast<std::int64_t>(*found);
}

std::optional<std::string> ValueReader::text(Index value, const PointerPath& path,
                                             const TextRule& rule)
{
    if (!expect(value, JsonKind::String, path, "must be a string"))
        return std::nullopt;
    const std::string_view found = m_document.string(value);
    const std::size_t length = Utf8::length(found);
    bool ok = true;
    if (length < rule.min_length) {
        error(path, value,
              rule.min_length == 1 ? std::string("must not be empty")
                                   : "must be at least " + std::to_string(rule.min_length) +
                                         " characters, got " + std::to_string(length));
        ok = false;
    } else if (const auto control = first_forbidden_control(found, rule.line_feeds_and_tabs)) {
        error(path, value,
              std::string(rule.line_feeds_and_tabs
                              ? "may hold line feeds and tabs but no other control character"
                              : "must not hold a control character") +
                  " (" + Utf8::code_point_name(*control) + "), got " + describe(value));
        ok = false;
    } else if (rule.not_all_white_space && Utf8::is_blank(found)) {
        error(path, value, "must not be only white space, got " + describe(value));
        ok = false;
    }
    if (length > rule.max_length) {
        error(path, value,
              "must be at most " + std::to_string(rule.max_length) + " characters, got " +
                  std::to_string(length));
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return std::string(found);
}

} // namespace unclutch::core
