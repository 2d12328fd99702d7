#pragma once

#include <cstdint>

#include <QString>

namespace unclutch::app {

// "M:SS" for a length in ms, rounded to the nearest second (minutes are not wrapped into hours).
QString minutesSeconds(std::int64_t ms);

} // namespace unclutch::app
