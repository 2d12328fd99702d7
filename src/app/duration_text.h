#pragma once

#include <cstdint>

#include <QString>

namespace unclutch::app {

// "M:SS" for whole seconds (minutes are not wrapped into hours).
QString clockText(std::int64_t seconds);

// "M:SS" for a length in ms, rounded to the nearest second.
QString minutesSeconds(std::int64_t ms);

// "M:SS" for a length in ms, with tenths when it is not a whole second ("1:30.5", the decimal
// point of the locale): the editor's lengths, which an author may give to the tenth.
QString minutesSecondsTenths(std::int64_t ms);

} // namespace unclutch::app
