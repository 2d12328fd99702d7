#include "utf8.h"

#include <cstdio>

namespace unclutch::core {

namespace {

void append_escape(std::string& out, char32_t code)
{
    constexpr std::string_view hex = "0123456789abcdef";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += hex[(code >> shift) & 0xF];
}

// Characters that show nothing (zero-width ones, the byte-order mark) or reorder the line
// around them (bidirectional controls): in a quoted value they are written as escapes, so that
// `got the string ""` never hides a value and a value cannot rearrange its message.
bool is_invisible(char32_t c)
{
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || c == 0x2060 ||
           (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

// Appends `text` with its control characters escaped; `quote` also escapes `"` and `\`, and
// the invisible characters above.
void append_escaped(std::string& out, std::string_view text, bool quote)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (quote && byte >= 0xE2) {
            if (const auto c = Utf8::decode_first(text.substr(i)); c && is_invisible(*c)) {
                append_escape(out, *c);
                i += Utf8::encoded_size(*c) - 1;
                continue;
            }
        }
        if (byte < 0x20 || byte == 0x7F) {
            append_escape(out, byte);
        } else if (byte == 0xC2 && i + 1 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9F &&
                   static_cast<unsigned char>(text[i + 1]) >= 0x80) {
            append_escape(out, static_cast<unsigned char>(text[++i]));
        } else {
            if (quote && (byte == '"' || byte == '\\'))
                out += '\\';
            out += static_cast<char>(byte);
        }
    }
}

bool is_continuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

// Whether `test` holds for every code point of well-formed UTF-8 (true for the empty string).
template <typename Test>
bool all_of(std::string_view text, Test test)
{
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead < 0x80) {
            if (!test(lead))
                return false;
            ++i;
            continue;
        }
        const auto c = Utf8::decode_first(text.substr(i));
        if (!c || !test(*c))
            return false;
        i += Utf8::encoded_size(*c);
    }
    return true;
}

} // namespace

std::size_t Utf8::length(std::string_view text)
{
    std::size_t count = 0;
    for (char c : text)
        count += is_continuation(static_cast<unsigned char>(c)) ? 0 : 1;
    return count;
}

bool Utf8::is_white_space(char32_t c)
{
    // The White_Space property of Unicode's PropList.txt, which has not changed since Unicode 6.3.
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

bool Utf8::is_blank(std::string_view text)
{
    // "Not all white space" in the contract means a character outside Unicode's White_Space.
    // U+200B, U+200C, U+200D, U+2060 and U+FEFF are not White_Space, yet a title of only these
    // shows nothing; the issue asks that it count as blank, and for these five the person
    // looking at an empty title wins over the property.
    return all_of(text, [](char32_t c) {
        return is_white_space(c) || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
    });
}

std::string Utf8::escape_controls(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    append_escaped(out, text, false);
    return out;
}

std::string Utf8::quoted(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    append_escaped(out, text, true);
    out += '"';
    return out;
}

std::u32string Utf8::decode(std::string_view text)
{
    std::u32string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = decode_first(text.substr(i));
        if (!c) {
            out.push_back(U'\uFFFD');
            ++i;
            continue;
        }
        out.push_back(*c);
        i += encoded_size(*c);
    }
    return out;
}

std::optional<char32_t> Utf8::decode_first(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    const auto b0 = static_cast<unsigned char>(text[0]);
    if (b0 < 0x80)
        return b0;
    std::size_t extra = 0;
    char32_t c = 0;
    char32_t min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        extra = 1;
        c = b0 & 0x1F;
        min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        extra = 2;
        c = b0 & 0x0F;
        min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        extra = 3;
        c = b0 & 0x07;
        min = 0x10000;
    } else {
        return std::nullopt;
    }
    if (text.size() <= extra)
        return std::nullopt;
    for (std::size_t k = 1; k <= extra; ++k) {
        const auto b = static_cast<unsigned char>(text[k]);
        if (!is_continuation(b))
            return std::nullopt;
        c = (c << 6) | (b & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return std::nullopt;
    return c;
}

std::string_view Utf8::prefix(std::string_view text, std::size_t max_code_points)
{
    std::size_t seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (is_continuation(static_cast<unsigned char>(text[i])))
            continue;
        if (seen == max_code_points)
            return text.substr(0, i);
        ++seen;
    }
    return text;
}

std::string Utf8::code_point_name(char32_t c)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
    return buffer;
}

} // namespace unclutch::core
