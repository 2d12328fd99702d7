#include "json_syntax_error.h"

#include <algorithm>
#include <cstdio>

#include "utf8.h"

namespace unclutch::core {

namespace {

constexpr std::string_view prefix = "invalid JSON: ";
constexpr std::size_t max_shown_bytes = 40;

std::string hex_byte(unsigned char byte)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02X", byte);
    return buffer;
}

// Where a complete token that ends just before `end` starts. nlohmann restarts its token text
// at each string and number (which cannot hold the control characters it would escape), so
// their length is known; other tokens have a fixed length.
std::size_t token_start(std::size_t end, std::string_view token_name, std::string_view last_token)
{
    std::size_t length = 1;
    if (token_name == "true literal" || token_name == "null literal")
        length = 4;
    else if (token_name == "false literal")
        length = 5;
    else if (token_name == "number literal" || token_name == "string literal")
        length = last_token.size();
    return end >= length ? end - length : 0;
}

std::string shown_token(std::string_view text, std::size_t start, std::size_t end,
                        std::string_view token_name)
{
    if (token_name == "end of input")
        return end < text.size() ? "a NUL byte (U+0000), which ends the JSON text early"
                                 : "the end of the file";
    std::string_view token = text.substr(start, end - start);
    if (token.size() > max_shown_bytes)
        return std::string(Utf8::prefix(token, max_shown_bytes)) + "…";
    return std::string(token);
}

std::string expected_phrase(std::string_view context, std::string_view expected)
{
    if (expected == "string literal")
        return "a key in double quotes";
    if (expected == "':'")
        return "':' after the key";
    if (expected == "'}'")
        return "',' or '}'";
    if (expected == "']'")
        return "',' or ']'";
    if (expected == "end of input")
        return "the end of the file after the top-level value";
    if (context == "value" || expected.empty())
        return "a value";
    return std::string(expected);
}

std::string unexpected_byte(std::string_view text, std::size_t offset)
{
    if (offset >= text.size())
        return "unexpected end of the file";
    const auto byte = static_cast<unsigned char>(text[offset]);
    if (byte >= 0x80) {
        const auto c = Utf8::decode_first(text.substr(offset));
        if (!c)
            return "invalid UTF-8 (byte " + hex_byte(byte) + ")";
        if (*c == 0xFEFF)
            return "unexpected byte-order mark (U+FEFF); only the file's first bytes may be one";
        const std::size_t bytes = *c < 0x800 ? 2 : *c < 0x10000 ? 3 : 4;
        return "unexpected character " + std::string(text.substr(offset, bytes)) + " (" +
               Utf8::code_point_name(*c) + ")";
    }
    if (byte < 0x20 || byte == 0x7F)
        return "unexpected control character " + Utf8::code_point_name(byte);
    std::string out = "unexpected character '" + std::string(1, static_cast<char>(byte)) + "'";
    if (byte == '\'')
        out += "; strings and keys need double quotes";
    return out;
}

JsonSyntaxError lexer_error(std::string_view text, std::size_t offset,
                            std::string_view lexer_message)
{
    JsonSyntaxError error;
    error.offset = static_cast<std::uint32_t>(offset);
    std::string detail;
    if (lexer_message == "invalid literal") {
        // A literal cut short ("tru}") stops right after a letter; a stray character does not.
        const bool partial = offset > 0 && text[offset - 1] >= 'a' && text[offset - 1] <= 'z';
        detail = partial
                     ? unexpected_byte(text, offset) + " in a literal; expected true, false or null"
                     : unexpected_byte(text, offset);
    } else if (lexer_message == "invalid string: ill-formed UTF-8 byte") {
        detail = offset < text.size()
                     ? "invalid UTF-8 in a string (byte " +
                           hex_byte(static_cast<unsigned char>(text[offset])) + ")"
                     : "invalid UTF-8 in a string (the file ends inside a character)";
    } else if (lexer_message == "invalid string: missing closing quote") {
        detail = "unterminated string: the file ends before its closing '\"'";
    } else {
        detail = std::string(lexer_message);
    }
    error.message = std::string(prefix) + detail;
    return error;
}

} // namespace

JsonSyntaxError JsonSyntaxError::describe(std::string_view text, std::size_t position,
                                          std::string_view last_token, std::string_view what)
{
    const std::size_t end = std::min(position, text.size() + 1);
    const std::size_t failed_at = end > 0 ? end - 1 : 0;

    std::string_view rest = what;
    const std::size_t dash = rest.find(" - ");
    if (dash == std::string_view::npos)
        return {static_cast<std::uint32_t>(failed_at), std::string(prefix) + std::string(what)};
    std::string_view context = rest.substr(0, dash);
    if (const std::size_t p = context.find("while parsing "); p != std::string_view::npos)
        context = context.substr(p + 14);
    else
        context = {};
    rest = rest.substr(dash + 3);

    constexpr std::string_view unexpected = "unexpected ";
    if (rest.substr(0, unexpected.size()) != unexpected) {
        const std::size_t last_read = rest.find("; last read: '");
        return lexer_error(text, failed_at, rest.substr(0, last_read));
    }

    rest = rest.substr(unexpected.size());
    std::string_view expected;
    std::string_view token_name = rest;
    if (const std::size_t p = rest.find("; expected "); p != std::string_view::npos) {
        token_name = rest.substr(0, p);
        expected = rest.substr(p + 11);
    }

    JsonSyntaxError error;
    const bool at_end = token_name == "end of input";
    const std::size_t token_end = at_end ? failed_at : std::min(end, text.size());
    const std::size_t start = at_end ? failed_at : token_start(token_end, token_name, last_token);
    error.offset = static_cast<std::uint32_t>(start);
    error.message = std::string(prefix) + "expected " + expected_phrase(context, expected) +
                    ", got " + shown_token(text, start, token_end, token_name);

    const bool wants_separator = expected == "'}'" || expected == "']'";
    const bool got_value = token_name != "':'" && token_name != "','" && token_name != "']'" &&
                           token_name != "'}'" && !at_end;
    if (wants_separator && got_value)
        error.message += " (a missing ',' before it?)";
    if ((token_name == "'}'" || token_name == "']'") && !wants_separator) {
        std::size_t before = start;
        while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t' ||
                              text[before - 1] == '\n' || text[before - 1] == '\r'))
            --before;
        if (before > 0 && text[before - 1] == ',')
            error.message += " (a ',' may not come before it)";
    }
    return error;
}

} // namespace unclutch::core
