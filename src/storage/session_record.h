#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace unclutch::storage {

using SessionId = qint64;

// How a session ended. The keys ("in_progress", …) are stored in the database and written
// to exports, so they never change; the display names are for people.
enum class SessionOutcome { InProgress, Completed, Stopped, Interrupted };

QString outcomeKey(SessionOutcome outcome);
std::optional<SessionOutcome> outcomeFromKey(const QString& key);
QString outcomeDisplayName(SessionOutcome outcome);

// Where a running session has got to; written at every step boundary and every few seconds.
struct SessionProgress {
    qint64 completedActiveMs = 0; // active time done so far (pauses excluded)
    int stepsCompleted = 0;
    QList<int> easierSteps; // see SessionRecord::easierSteps

    bool operator==(const SessionProgress&) const = default;
};

// One practice session as the history keeps it. Times are instants (stored as UTC
// milliseconds); compare and convert them, don't rely on their time spec.
struct SessionRecord {
    SessionId id = 0; // 0 until stored; ids are never reused
    QString routineId;
    QString routineTitle;
    QString routineFile;        // the routine's path when it was played
    QDateTime start;            // UTC
    QDateTime end;              // UTC; invalid while in progress
    QDateTime lastUpdate;       // UTC; when progress was last recorded (set by the store)
    qint64 plannedActiveMs = 0; // the routine's active time when complete
    qint64 completedActiveMs = 0;
    int stepsCompleted = 0;
    // Indexes into the routine file's steps array where the easier variant was used,
    // ascending and without repeats (the store normalises them).
    QList<int> easierSteps;
    SessionOutcome outcome = SessionOutcome::InProgress;
    // Pain on the 0–10 numeric rating scale, before and after; empty when not asked or skipped.
    std::optional<int> painBefore;
    std::optional<int> painAfter;
    QString note;

    SessionProgress progress() const { return {completedActiveMs, stepsCompleted, easierSteps}; }
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
