#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace unclutch::core {

// The few Unicode facts the routine format needs. Strings reaching these functions come from the
// JSON lexer, which has already rejected ill-formed UTF-8, except where noted.
class Utf8 {
public:
    // Code points in well-formed UTF-8.
    static std::size_t length(std::string_view text);

    static bool is_white_space(char32_t c);

    // Whether `text` shows nothing: every code point is White_Space or one of the zero-width
    // characters below (true for the empty string).
    static bool is_blank(std::string_view text);

    // A control character: C0 (U+0000–U+001F), DEL (U+007F) or C1 (U+0080–U+009F).
    static bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

    // `text` with every control character written as JSON writes one, "\u" and four lowercase
    // hex digits ("\u001b"), so that text from a file cannot drive a terminal. Everything else,
    // ill-formed UTF-8 included, is kept byte for byte; escaping twice changes nothing more.
    static std::string escape_controls(std::string_view text);

    // `text` in double quotes for a message: `"` and `\` escaped as in JSON, control
    // characters as escape_controls() writes them, and so are the characters that show nothing
    // or reorder a line (U+200B–U+200F, U+202A–U+202E, U+2060, U+2066–U+2069, U+FEFF).
    static std::string quoted(std::string_view text);

    // Decodes well-formed UTF-8 into code points.
    static std::u32string decode(std::string_view text);

    // The code point starting at `text[0]`, or nothing when the bytes there are not
    // well-formed UTF-8 (used on raw file bytes).
    static std::optional<char32_t> decode_first(std::string_view text);

    // "U+0041": how a message names a code point.
    static std::string code_point_name(char32_t c);

    // The bytes of `c` in UTF-8.
    static std::size_t encoded_size(char32_t c)
    {
        return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }

    // The first `max_code_points` code points of well-formed UTF-8.
    static std::string_view prefix(std::string_view text, std::size_t max_code_points);
};

} // namespace unclutch::core
