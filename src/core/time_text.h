#pragma once

#include <cstdint>
#include <string>

namespace unclutch::core {

// Lengths in messages, in English: the core's diagnostics and the command line's errors.

// Milliseconds written as seconds: 150000 as "150", 1500 as "1.5", 1 as "0.001".
std::string seconds_text(std::int64_t milliseconds);

// Milliseconds as H:MM:SS, with .mmm when they are not whole seconds: "4:00:00.004".
std::string clock_text(std::int64_t milliseconds);

// A number as written on a command line or in a file, shortest first: 10 as "10", 7.5 as "7.5".
std::string number_text(double value);

} // namespace unclutch::core
