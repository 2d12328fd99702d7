#pragma once

#include <string>

#include "fit.h"
#include "timeline.h"

namespace unclutch::core {

// The object `unclutch --timeline FILE` prints (shared/docs/routine-format.md, sections 3 and
// 4), as one line of JSON with keys in the contract's order: the fit beside the total, null
// when neither a length nor a pace was chosen. `timeline` must be made from `fitted.routine`.
std::string timeline_to_json(const FittedRoutine& fitted, const Timeline& timeline);

} // namespace unclutch::core
