#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

#include "storage/session_record.h"

namespace unclutch::app {

// One played session as the player knows it, in the terms the history keeps
// (storage::SessionRecord): what was played of each step instance, how far, how it was fitted,
// the easier variants, where it is, and the pain ratings.
struct PlayerSummary {
    QString routineId;
    QString routineTitle;
    QString routineFile;
    QDateTime start;       // UTC; invalid until started
    QDateTime end;         // UTC; invalid until finished or stopped
    bool finished = false; // played to the end (or skipped past the last step)
    bool stopped = false;
    bool isTry = false;
    std::int64_t plannedActiveMs = 0;   // the step instances, get-ready times not included
    std::int64_t completedActiveMs = 0; // time played in them (core::SessionLedger)
    int stepsCompleted = 0;             // steps every side of which was played to its end
    int stepCount = 0;                  // the routine's steps
    QList<storage::StepRecord> steps;   // every instance, in timeline order
    int currentInstance = 0;            // the instance playing, or the last one played
    QList<int> easierChosen;            // steps that show their easier variant now
    std::optional<storage::SessionFit> fit;
    QString timelineFingerprint;
    std::optional<storage::SessionId> continuedRecord; // a resumed session's record
    std::optional<int> painBefore;
    std::optional<int> painAfter;
};

} // namespace unclutch::app
