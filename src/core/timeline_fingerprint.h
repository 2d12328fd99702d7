#pragma once

#include <string>

#include "timeline.h"

namespace unclutch::core {

// A short, stable text that names a timeline: every instance (step, side, times, pacing) and
// every event, so two timelines have the same fingerprint only when they play the same events
// at the same moments. A session keeps the fingerprint of the (fitted) timeline it played, so
// that it is resumed only while the routine, fitted the same way, still plays the same: a
// routine edited since cannot be resumed at a wrong place. Texts are left out on purpose: a
// bundled routine shown in another language is still the same timeline.
//
// "t1-" and 16 lowercase hexadecimal digits (64-bit FNV-1a); the prefix names this recipe.
std::string timeline_fingerprint(const Timeline& timeline);

} // namespace unclutch::core
