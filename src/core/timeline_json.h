#pragma once

#include <string>

#include "routine.h"
#include "timeline.h"

namespace unclutch::core {

// The object `unclutch --timeline FILE` prints (shared/docs/routine-format.md, section 3),
// as one line of JSON with keys in the contract's order. `timeline` must be made from `routine`.
std::string timeline_to_json(const Routine& routine, const Timeline& timeline);

} // namespace unclutch::core
