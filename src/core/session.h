#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "session_ledger.h"
#include "timeline.h"

namespace unclutch::core {

enum class SessionState { Ready, Running, Paused, Finished, Stopped };

enum class PauseReason {
    None,     // not paused
    User,     // pause() was called
    ClockGap, // a wake came long after a deadline (the computer slept or stalled)
};

const char* to_string(SessionState state);
const char* to_string(PauseReason reason);

// A session plays one timeline. It reads no clock: every call that depends on time takes
// the caller's `now`, a point on the monotonic clock (or a test's fake), and the caller is
// expected to pass non-decreasing time points.
//
// Two times are kept apart: the *position* in the timeline (what is playing; it jumps with
// next() and previous()) and the *active time* (how long the session has been running,
// pauses excluded; jumps do not change it). While running both advance with the clock.
class Session {
public:
    using Clock = std::chrono::steady_clock;
    using TimePoint = Clock::time_point;
    using Duration = Clock::duration;

    // A late tick misleads more than a missing one: a beat later than this is dropped.
    static constexpr Duration late_beat_limit = std::chrono::milliseconds(250);
    // A wake this long after a deadline means the computer slept or stalled: rather than
    // rushing through what was missed, the session pauses at the missed deadline.
    static constexpr Duration clock_gap_limit = std::chrono::seconds(5);
    // previous() restarts the current instance when more than this into it.
    static constexpr Duration restart_threshold = std::chrono::seconds(3);

    struct Fired {
        std::size_t event = 0; // index into timeline().events()
        Duration scheduled{};  // the active time it was due at
        Duration fired{};      // the active time it was handed out at (≥ scheduled)
    };

    // Where the position is inside the current instance.
    struct Progress {
        std::size_t instance = 0; // index into timeline().instances()
        bool getting_ready = false;
        Duration elapsed{};     // into the get-ready or the step
        Duration remaining{};   // until the end of the get-ready or the step
        Duration since_start{}; // since the instance's start T
    };

    // Where the position is inside the pacing of a paced step (not during its get-ready).
    struct Pace {
        std::int64_t cycle = 0; // 0-based
        std::size_t phase = 0;  // 0-based
        Duration into_cycle{};
        Duration into_phase{};
        Duration phase_length{};
    };

    explicit Session(Timeline timeline);

    const Timeline& timeline() const { return m_timeline; }
    SessionState state() const { return m_state; }
    PauseReason pause_reason() const { return m_pause_reason; }
    // With PauseReason::ClockGap: how late the wake was after the missed deadline.
    Duration clock_gap() const { return m_clock_gap; }
    std::size_t dropped_beats() const { return m_dropped_beats; }

    // Each returns whether it changed anything; a call that does not apply to the current
    // state (resume() while running, next() once finished) is ignored.
    bool start(TimePoint now);  // ready → running
    bool pause(TimePoint now);  // running → paused (by a clock gap if one is pending)
    bool resume(TimePoint now); // paused → running
    bool stop(TimePoint now);   // ready, running or paused → stopped
    // To the start of the next instance, its get-ready included; on the last one, finished.
    // The events passed over are not handed out. Works while ready, running or paused.
    bool next(TimePoint now);
    // Restarts the current instance when more than restart_threshold into it, else goes to
    // the start of the previous one (the first one restarts).
    bool previous(TimePoint now);
    // Before the start: the session will start at the start of `instance` (its get-ready
    // included), the events before it passed over, as a try from the middle of a routine does.
    // False when not ready or there is no such instance.
    bool begin_at(std::size_t instance);
    // Before the start, for a session resumed from its record: the session will start at the
    // get-ready of `instance`, going on from `so_far` (one record per instance, as
    // SessionLedger::restored() takes them). False when not ready or `so_far` does not fit.
    bool continue_at(std::size_t instance, const std::vector<InstanceRecord>& so_far);
    // From `now` on, `step` (index into the routine's steps) shows its easier variant, or not;
    // the time played before counts for the variant shown then. Works before the start too.
    bool set_easier(std::size_t step, bool shown, TimePoint now);
    bool easier(std::size_t step) const { return m_ledger.easier(step); }

    // Every event whose time has come, in timeline order, each once. Beats later than
    // late_beat_limit are dropped and counted; other events are never lost. The end event
    // finishes the session. A first pending event later than clock_gap_limit pauses the
    // session at its deadline instead, and nothing is handed out.
    std::vector<Fired> due(TimePoint now);
    // The same one event at a time, for a caller whose handling of one event may pause or
    // skip: what it has not taken yet stays pending, or is passed over by the skip.
    std::optional<Fired> take_due(TimePoint now);
    // When the next event is due while running; nullopt otherwise.
    std::optional<TimePoint> next_deadline() const;

    Duration active_time(TimePoint now) const;
    Duration position(TimePoint now) const; // in the timeline, within [0, total]
    // Precondition for both: the timeline has at least one instance.
    Progress progress(TimePoint now) const;
    std::optional<Pace> pace(TimePoint now) const;
    // What has been played of each instance up to `now`: the session's record.
    SessionLedger ledger(TimePoint now) const;

private:
    // Every call that acts at `now` first turns a stall into a pause at the missed deadline,
    // so a control pressed right after a sleep acts on where the session really was.
    bool pause_at_clock_gap(TimePoint now);
    void freeze(TimePoint now);
    // Hands the ledger the play from the last accounted position up to `position`.
    void account(Duration position);
    void run_from(TimePoint now);
    void jump_to(std::size_t instance, TimePoint now);
    void finish(TimePoint now);
    TimePoint deadline(std::size_t event) const;

    Timeline m_timeline;
    SessionState m_state = SessionState::Ready;
    PauseReason m_pause_reason = PauseReason::None;
    Duration m_clock_gap{};
    std::size_t m_dropped_beats = 0;
    std::size_t m_cursor = 0; // the first event not yet handed out or passed over
    // While running, position = now − m_origin and active time = now − m_active_origin;
    // otherwise both are frozen in m_position and m_active.
    TimePoint m_origin{};
    TimePoint m_active_origin{};
    Duration m_position{};
    Duration m_active{};
    SessionLedger m_ledger;
    Duration m_accounted{}; // the position the ledger has been told about
};

} // namespace unclutch::core
