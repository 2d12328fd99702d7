#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace unclutch::core {

// A streaming JSON writer for files people read and diff: 2-space indent, one member per
// line, and containers the caller marks as `inline` on one line (`{ "at": 5, "text": "…" }`,
// `["left", "right"]`) so that one cue or one phase is one line of a diff.
class JsonPrinter {
public:
    enum class Layout { Block, Inline };

    void begin_object(Layout layout = Layout::Block);
    void end_object();
    void begin_array(Layout layout = Layout::Block);
    void end_array();

    void key(std::string_view name);
    void string(std::string_view value);
    // A number of seconds or a share: the shortest text that parses back to the same double,
    // whole numbers without a trailing ".0". A value JSON cannot hold (NaN, ±inf) is written
    // as null, so the parser reports it instead of the file silently changing meaning.
    void number(double value);
    void integer(std::int64_t value);
    // A value carried through untouched (extensions, unknown keys): integers stay integers and
    // fractional numbers stay fractional ("10.0" is written as 10.0), so re-reading it gives
    // the same JSON types; an infinity is written as ±1e999, as an extension may hold it.
    void value(const nlohmann::ordered_json& json);

    // The text so far, with a trailing newline once the top-level value is complete.
    std::string take();

private:
    struct Level {
        bool is_object = false;
        bool is_inline = false;
        bool empty = true;
    };

    void before_value();
    void begin(bool object, Layout layout);
    void end(bool object);
    void newline_and_indent();
    void float_number(double value);

    std::string m_out;
    std::vector<Level> m_levels;
    bool m_after_key = false;
};

// The JSON text of a string with the escapes JSON needs; invalid UTF-8 is replaced, not thrown.
std::string json_quote(std::string_view text);

} // namespace unclutch::core
