#pragma once

#include "core/fit.h"
#include "session_start.h"

namespace unclutch::app {

// How a session of a routine fitted to the day starts (shared/docs/routine-format.md, section
// 4): with the choices kept for its record, and easier throughout as every step that has an
// easier variant showing it from the start. The same for --play and the library's fit controls.
SessionStart fittedStart(const core::FittedRoutine& fitted);

} // namespace unclutch::app
