#pragma once

namespace unclutch::app {

// Where a session starts and whether it counts: "Try it" in the editor plays a routine from
// the step selected there, and a try is not practice, so it is kept out of the history.
struct SessionStart {
    int step = 0; // index into Routine::steps; its first instance (side) starts the session
    bool isTry = false;
};

} // namespace unclutch::app
