#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace unclutch::core {

// A syntax error of nlohmann's JSON parser, restated for people: where parsing stopped (the
// start of an unexpected token, or the byte the lexer could not take) and what was expected.
struct JsonSyntaxError {
    std::uint32_t offset = 0;  // into the text given to the parser
    std::string message;

    // `position` and `what` as nlohmann's SAX parse_error receives them (its position counts
    // the bytes read, including the one that failed, or one for the end of input);
    // `last_token` is the text of the token being read.
    static JsonSyntaxError describe(std::string_view text, std::size_t position,
                                    std::string_view last_token, std::string_view what);
};

} // namespace unclutch::core
