#pragma once

#include <QList>

#include <cstddef>
#include <optional>
#include <vector>

#include "core/routine.h"
#include "core/session_ledger.h"
#include "storage/session_record.h"

namespace unclutch::app {

// A resumed session: the record it goes on in, the instance whose get-ready it starts at, and
// what was played of every instance before (core::Session::continue_at()).
struct SessionContinuation {
    storage::SessionId record = 0;
    std::size_t instance = 0;
    std::vector<core::InstanceRecord> soFar;
};

// Where a session starts, how it was chosen, and whether it counts: "Try it" in the editor plays
// a routine from the step selected there, and a try is not practice, so it is kept out of the
// history.
struct SessionStart {
    int step = 0; // index into Routine::steps; its first instance (side) starts the session
    bool isTry = false;
    // Steps (indexes into Routine::steps) that show their easier variant from the start: easier
    // throughout, or a resumed session's choices.
    QList<int> easierSteps;
    // How the routine was fitted to the day, for the record; empty when played as written.
    std::optional<storage::SessionFit> fit;
    std::optional<SessionContinuation> continuation;

    // "Try it" from the editor at `step`.
    static SessionStart tryAt(int step)
    {
        SessionStart start;
        start.step = step;
        start.isTry = true;
        return start;
    }
};

// How to resume `record` on `fitted`, the routine fitted again with record.fit: with the same
// easier choices, at the get-ready of the instance that was playing, in the same record. Empty
// when `fitted` no longer plays as the record's session did (the routine was edited since: its
// timeline's fingerprint differs), or the record has no per-step state to go on from.
std::optional<SessionStart> resumeStart(const storage::SessionRecord& record,
                                        const core::Routine& fitted);

} // namespace unclutch::app
