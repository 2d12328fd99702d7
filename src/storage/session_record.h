#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

#include "core/routine.h"
#include "core/session_ledger.h"

namespace unclutch::storage {

using SessionId = qint64;

// How a session ended. The keys ("in_progress", …) are stored in the database and written
// to exports, so they never change; the display names are for people.
enum class SessionOutcome { InProgress, Completed, Stopped, Interrupted };

QString outcomeKey(SessionOutcome outcome);
std::optional<SessionOutcome> outcomeFromKey(const QString& key);
QString outcomeDisplayName(SessionOutcome outcome);
// How a step instance ended, for people: "Done", "Cut short", "Skipped", "Not reached"; for a
// step from before per-step records (no outcome), "Not recorded".
QString stepOutcomeDisplayName(std::optional<core::InstanceOutcome> outcome);

// One step instance of a session, in timeline order (shared/docs/routine-format.md, section 5).
struct StepRecord {
    int step = 1; // 1-based, as the library and the player number steps
    core::Side side = core::Side::None;
    QString pose; // the step's pose as the player showed it
    // Empty only for a session recorded before per-step records (history format 3): all that is
    // known of those is which steps used their easier variant (history_sql::legacySteps).
    std::optional<core::InstanceOutcome> outcome;
    qint64 activeMs = 0; // time played in the step, at most its length
    bool easier = false; // the easier variant was shown while it played

    bool operator==(const StepRecord&) const = default;
};

// The instances among `steps` that ended with `outcome`.
int countOutcome(const QList<StepRecord>& steps, core::InstanceOutcome outcome);

// The steps every instance (side) of which was played to its end, of all the steps `steps`
// number (one numbering: a step with sides is one step).
struct WholeSteps {
    int done = 0;
    int count = 0;
};
WholeSteps wholeSteps(const QList<StepRecord>& steps);

// How a session was fitted to the day (section 4); a session played as written has none.
struct SessionFit {
    std::optional<double> minutes;
    std::optional<double> pace; // seconds per cycle
    bool easier = false;        // easier throughout

    bool isEmpty() const { return !minutes && !pace && !easier; }
    bool operator==(const SessionFit&) const = default;
};

// Where a running session has got to; written at every step boundary and every few seconds.
struct SessionProgress {
    qint64 completedActiveMs = 0; // time played in step instances (section 5)
    QList<StepRecord> steps;      // every instance, in timeline order
    int currentInstance = 0;      // the instance playing: a resumed session goes on there
    QList<int> easierChosen;      // see SessionRecord::easierChosen

    bool operator==(const SessionProgress&) const = default;
};

// One practice session as the history keeps it. Times are instants (stored as UTC
// milliseconds); compare and convert them, don't rely on their time spec.
struct SessionRecord {
    SessionId id = 0; // 0 until stored; ids are never reused
    QString routineId;
    QString routineTitle;
    QString routineFile;          // the routine's path when it was played
    QDateTime start;              // UTC
    QDateTime end;                // UTC; invalid while in progress
    QDateTime lastUpdate;         // UTC; when progress was last recorded (set by the store)
    qint64 plannedActiveMs = 0;   // the fitted routine's step instances, get-ready not included
    qint64 completedActiveMs = 0; // time played in them, never above planned
    // Instances done. The store counts it from `steps` when it writes them; a session recorded
    // before per-step records keeps the count it had.
    int stepsCompleted = 0;
    QList<StepRecord> steps;
    SessionOutcome outcome = SessionOutcome::InProgress;
    // Pain on the 0–10 numeric rating scale, before and after; empty when not asked or skipped.
    std::optional<int> painBefore;
    std::optional<int> painAfter;
    QString note;
    int resumed = 0;               // how many times the session was resumed
    std::optional<SessionFit> fit; // empty: played as written (the store never keeps an empty fit)
    // What resuming needs besides the routine's id and file, the fit and `steps`: the instance
    // that was playing, the steps (0-based indexes into the routine file's steps, ascending)
    // that showed their easier variant, and the fitted timeline's fingerprint
    // (core::timeline_fingerprint; empty: the session cannot be resumed).
    int currentInstance = 0;
    QList<int> easierChosen;
    QString timelineFingerprint;
    bool resumeDismissed = false; // the person declined to resume it

    // Whether `steps` holds a full per-instance record (not a session from before them).
    bool hasStepRecords() const;
    SessionProgress progress() const
    {
        return {completedActiveMs, steps, currentInstance, easierChosen};
    }
    bool operator==(const SessionRecord&) const = default;
};

// Why a record or a progress cannot be stored (translated), or an empty string.
QString problemWith(const SessionProgress& progress);
QString problemWith(const SessionRecord& record);

constexpr int kPainMin = 0;
constexpr int kPainMax = 10;
inline bool isValidPain(std::optional<int> pain)
{
    return !pain || (*pain >= kPainMin && *pain <= kPainMax);
}

} // namespace unclutch::storage
