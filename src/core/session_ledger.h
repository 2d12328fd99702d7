#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string_view>
#include <vector>

#include "timeline.h"

namespace unclutch::core {

// What became of one step instance in a session (shared/docs/routine-format.md, section 5).
// The order matters: an outcome only ever moves up it (see SessionLedger).
enum class InstanceOutcome : std::uint8_t {
    NotReached, // its step never began, and nothing passed over it
    Skipped,    // passed over before its step began
    Cut,        // its step began and was left before its end
    Done,       // its step played to its end
};

// "not_reached", "skipped", "cut", "done": the keys of the history and its export.
const char* to_string(InstanceOutcome outcome);
std::optional<InstanceOutcome> instance_outcome_from_string(std::string_view key);

// One step instance as a session's record keeps it.
struct InstanceRecord {
    InstanceOutcome outcome = InstanceOutcome::NotReached;
    // Time played in the instance's step (its get-ready and pauses not included), at most the
    // step's length: going back and playing it again does not count it twice.
    std::int64_t active_ms = 0;
    // The easier variant was shown while some of the step played.
    bool easier = false;

    friend bool operator==(const InstanceRecord&, const InstanceRecord&) = default;
};

// The accounting of a session, instance by instance: what was played of each step instance,
// how it ended, and with which variant. Session feeds it its transitions as positions in the
// timeline (it reads no clock), so that the record of a session is decided here, next to the
// state machine, and tested without one.
//
// The rules, for an instance I:
// - Time counts while the position runs through I's step part; its get-ready never counts.
// - Playing on past I's end makes it done, whatever happened to it before: going back to a cut
//   instance and finishing it makes it done.
// - Leaving I (next, previous, a stop) once its step has begun makes it cut, unless it is done:
//   going back over a done instance and leaving it early leaves it done.
// - Going forward from I's get-ready (next) makes it skipped, as does starting a session past it
//   (a try from the middle of a routine). Going back from its get-ready, or stopping there, leaves
//   it as it was: an instance stopped in its get-ready is not reached, and a resumed session
//   starts there.
// - Outcomes only move up NotReached → Skipped → Cut → Done, so no later move undoes an earlier
//   one.
class SessionLedger {
public:
    using Duration = std::chrono::steady_clock::duration;

    SessionLedger() = default;
    explicit SessionLedger(const Timeline& timeline);
    // A ledger that goes on from a stored record (a resumed session): one record per instance of
    // `timeline`, each with 0 ≤ active_ms ≤ the instance's length. Nothing otherwise.
    static std::optional<SessionLedger> restored(const Timeline& timeline,
                                                 const std::vector<InstanceRecord>& records);

    // The position ran, while the session was running, from `from` to `to` (timeline positions;
    // nothing happens unless `to` is after `from`).
    void play(Duration from, Duration to);
    // The session leaves the instance at `position`: forward by next(), or back by previous() or
    // stop() (where nothing was passed over).
    void leave(Duration position, bool forward);
    // The session starts at `instance`: every instance before it is passed over.
    void pass_over_before(std::size_t instance);
    // From now on, `step` (index into the routine's steps) shows its easier variant, or not.
    void set_easier(std::size_t step, bool shown);
    bool easier(std::size_t step) const { return m_easier_steps.count(step) > 0; }
    // The steps that show their easier variant now, ascending.
    const std::set<std::size_t>& easier_steps() const { return m_easier_steps; }

    std::vector<InstanceRecord> records() const;
    // The sum of the instances' active_ms: never more than planned_ms().
    std::int64_t completed_ms() const;
    // The sum of the instances' step lengths, get-ready times not included.
    std::int64_t planned_ms() const { return m_planned_ms; }

private:
    struct Entry {
        std::size_t step = 0;
        Duration start{};      // T: the get-ready begins
        Duration step_start{}; // S
        Duration end{};
        InstanceOutcome outcome = InstanceOutcome::NotReached;
        Duration played{}; // may pass the step's length when it is played again
        bool easier = false;

        // The time it counts, in whole ms: what was played of it, never more than its length.
        std::int64_t active_ms() const;
    };

    // The instance playing at `position`: the last one that has started.
    std::size_t index_at(Duration position) const;
    static void raise(Entry& entry, InstanceOutcome outcome);

    std::vector<Entry> m_entries;
    std::set<std::size_t> m_easier_steps;
    std::int64_t m_planned_ms = 0;
};

} // namespace unclutch::core
