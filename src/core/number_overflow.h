#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace unclutch::core {

// Numbers too large to be finite (1e400). nlohmann's parser stops at the first one, but the
// contract wants it reported as a range error at its pointer with every other problem of the
// file, so the parser finds them all with this scan, blanks them out and reads the file again.
class NumberOverflow {
public:
    struct Span {
        std::uint32_t offset;
        std::uint32_t size;
    };

    // Every number token outside strings, in the JSON grammar, whose value overflows a double.
    static std::vector<Span> find(std::string_view text);

    // Whether a number in the JSON grammar overflows a double (not: underflows to 0).
    static bool overflows(std::string_view number);
};

} // namespace unclutch::core
