#pragma once

#include <QString>

#include "core/routine.h"

namespace unclutch::app {

// One numbering everywhere (shared/docs/routine-format.md, section 5): a step is numbered from 1
// as the library and the editor list it, and a step played once per side is one step shown with
// its side. The player's header, the history and the report all write steps through these.

// "Step 3 of 4 · left side", or "Step 3 of 4" for a step without sides. `step` is the 0-based
// index into the routine's steps, `stepCount` their number.
QString stepLabel(int step, int stepCount, core::Side side);
// The short form for lists: "3", "3 left", "3 right".
QString stepNumber(int step, core::Side side);

} // namespace unclutch::app
