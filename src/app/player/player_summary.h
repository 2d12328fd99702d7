#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace unclutch::app {

// One played session as the player knows it, in the terms the history keeps
// (storage::SessionRecord): what was played, how far, the easier variants and the pain ratings.
struct PlayerSummary {
    QString routineId;
    QString routineTitle;
    QString routineFile;
    QDateTime start;       // UTC; invalid until started
    QDateTime end;         // UTC; invalid until finished or stopped
    bool finished = false; // played to the end (or skipped past the last step)
    bool stopped = false;
    std::int64_t plannedActiveMs = 0;
    std::int64_t completedActiveMs = 0;
    int instancesCompleted = 0; // played to their end, each side counting once
    int instanceCount = 0;
    QList<int> easierInstances; // ascending: instances during which the easier variant was shown
    QList<int> easierSteps;     // ascending: their indexes in the routine file's steps
    std::optional<int> painBefore;
    std::optional<int> painAfter;
};

} // namespace unclutch::app
