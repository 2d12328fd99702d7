#include "number_overflow.h"

#include <charconv>
#include <system_error>

namespace unclutch::core {

namespace {

bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

std::size_t skip_digits(std::string_view text, std::size_t i)
{
    while (i < text.size() && is_digit(text[i]))
        ++i;
    return i;
}

// The end of a number in the JSON grammar starting at `i`, or `i` when there is none.
std::size_t number_end(std::string_view text, std::size_t i)
{
    std::size_t j = i;
    if (j < text.size() && text[j] == '-')
        ++j;
    if (j < text.size() && text[j] == '0')
        ++j;
    else if (j < text.size() && is_digit(text[j]))
        j = skip_digits(text, j);
    else
        return i;
    if (j + 1 < text.size() && text[j] == '.' && is_digit(text[j + 1]))
        j = skip_digits(text, j + 1);
    if (j < text.size() && (text[j] == 'e' || text[j] == 'E')) {
        std::size_t k = j + 1;
        if (k < text.size() && (text[k] == '+' || text[k] == '-'))
            ++k;
        if (k < text.size() && is_digit(text[k]))
            j = skip_digits(text, k);
    }
    return j;
}

} // namespace

bool NumberOverflow::overflows(std::string_view number)
{
    double value = 0;
    const auto result = std::from_chars(number.data(), number.data() + number.size(), value);
    if (result.ec != std::errc::result_out_of_range)
        return false;
    // from_chars says "out of range" for underflow too; only a positive decimal exponent of the
    // leading digit overflows, and out-of-range values are hundreds of powers of ten from 0.
    std::size_t i = number[0] == '-' ? 1 : 0;
    long long lead = 0;
    bool found = false;
    long long integer_digits = 0;
    for (; i < number.size() && is_digit(number[i]); ++i, ++integer_digits) {
        if (!found && number[i] != '0') {
            found = true;
            lead = -integer_digits;
        }
    }
    if (found)
        lead += integer_digits - 1;
    if (i < number.size() && number[i] == '.') {
        for (long long k = 1; ++i < number.size() && is_digit(number[i]); ++k) {
            if (!found && number[i] != '0') {
                found = true;
                lead = -k;
            }
        }
    }
    long long exponent = 0;
    if (i < number.size() && (number[i] == 'e' || number[i] == 'E')) {
        ++i;
        const bool negative = i < number.size() && number[i] == '-';
        if (i < number.size() && (number[i] == '+' || number[i] == '-'))
            ++i;
        for (; i < number.size() && is_digit(number[i]); ++i)
            exponent = exponent < 1'000'000'000 ? exponent * 10 + (number[i] - '0') : exponent;
        exponent = negative ? -exponent : exponent;
    }
    return found && lead + exponent > 0;
}

std::vector<NumberOverflow::Span> NumberOverflow::find(std::string_view text)
{
    std::vector<Span> found;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '"') {
            for (++i; i < text.size() && text[i] != '"'; ++i) {
                if (text[i] == '\\')
                    ++i;
            }
            ++i;
            continue;
        }
        if (c == '-' || is_digit(c)) {
            const std::size_t end = number_end(text, i);
            if (end == i) {
                ++i;
                continue;
            }
            if (overflows(text.substr(i, end - i)))
                found.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end - i)});
            i = end;
            continue;
        }
        ++i;
    }
    return found;
}

} // namespace unclutch::core
