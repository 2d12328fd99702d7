#pragma once

#include <cstdint>

namespace unclutch::core {

// The order of the enumerators is the tie order of section 2 of the contract: at equal times,
// a prepare sorts before a step, a step before a phase, and so on.
enum class EventType : std::uint8_t { Prepare, Step, Phase, Beat, Cue, End };

// One timed event of a timeline. It holds indexes into the routine instead of copies of its
// strings so that a four-hour routine with quarter-second beats stays a few megabytes at most.
struct Event {
    std::int64_t t_ms = 0;      // from the start of the timeline
    std::uint32_t instance = 0; // index into Timeline::instances(); the last one for End
    std::uint32_t cycle = 0;    // phase and beat: 0-based cycle of the pacing
    std::uint32_t index = 0;    // phase: p; beat: j; cue: index into Step::cues (file order)
    EventType type = EventType::End;

    bool accent() const { return type == EventType::Beat && index == 0; }

    friend bool operator==(const Event&, const Event&) = default;
};

// "prepare", "step", "phase", "beat", "cue" or "end", as in the --timeline output.
const char* to_string(EventType type);

} // namespace unclutch::core
