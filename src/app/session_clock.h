#pragma once

#include "core/session.h"

namespace unclutch::app {

// "Now" for playing sessions: a monotonic clock that, unlike steady_clock on Linux
// (CLOCK_MONOTONIC), keeps counting while the computer is suspended. A laptop that sleeps
// mid-session then shows up as a long gap, and the session pauses and says why, instead of
// silently carrying on as if no time had passed.
core::Session::TimePoint sessionClockNow();

} // namespace unclutch::app
