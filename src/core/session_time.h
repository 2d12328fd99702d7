#pragma once

#include <chrono>
#include <cstdint>

namespace unclutch::core {

// Timeline times are whole milliseconds; a session measures on the steady clock. The two ways
// between them, for Session and SessionLedger alike.
inline std::chrono::steady_clock::duration of_ms(std::int64_t t_ms)
{
    return std::chrono::milliseconds(t_ms);
}

// Rounded down, so a sum of them never passes the time it stands for.
inline std::int64_t floor_ms(std::chrono::steady_clock::duration d)
{
    return std::chrono::floor<std::chrono::milliseconds>(d).count();
}

} // namespace unclutch::core
