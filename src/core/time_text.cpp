#include "time_text.h"

#include <array>
#include <charconv>
#include <cstdio>

namespace unclutch::core {

std::string seconds_text(std::int64_t milliseconds)
{
    std::string out = std::to_string(milliseconds / 1000);
    if (const std::int64_t rest = milliseconds % 1000; rest != 0) {
        std::string fraction = std::to_string(1000 + (rest < 0 ? -rest : rest)).substr(1);
        while (fraction.back() == '0')
            fraction.pop_back();
        out += '.' + fraction;
    }
    return out;
}

std::string clock_text(std::int64_t milliseconds)
{
    const std::int64_t seconds = milliseconds / 1000;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld",
                  static_cast<long long>(seconds / 3600), static_cast<long long>(seconds / 60 % 60),
                  static_cast<long long>(seconds % 60));
    std::string out = buffer;
    if (const std::int64_t rest = milliseconds % 1000; rest != 0) {
        std::snprintf(buffer, sizeof buffer, ".%03lld", static_cast<long long>(rest));
        out += buffer;
    }
    return out;
}

std::string number_text(double value)
{
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

} // namespace unclutch::core
