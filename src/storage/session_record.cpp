#include "session_record.h"

#include <QCoreApplication>

namespace unclutch::storage {

QString outcomeKey(SessionOutcome outcome)
{
    switch (outcome) {
    case SessionOutcome::InProgress:
        return QStringLiteral("in_progress");
    case SessionOutcome::Completed:
        return QStringLiteral("completed");
    case SessionOutcome::Stopped:
        return QStringLiteral("stopped");
    case SessionOutcome::Interrupted:
        return QStringLiteral("interrupted");
    }
    Q_UNREACHABLE();
}

std::optional<SessionOutcome> outcomeFromKey(const QString& key)
{
    for (SessionOutcome outcome : {SessionOutcome::InProgress, SessionOutcome::Completed,
                                   SessionOutcome::Stopped, SessionOutcome::Interrupted}) {
        if (outcomeKey(outcome) == key)
            return outcome;
    }
    return std::nullopt;
}

QString outcomeDisplayName(SessionOutcome outcome)
{
    switch (outcome) {
    case SessionOutcome::InProgress:
        return QCoreApplication::translate("SessionOutcome", "In progress");
    case SessionOutcome::Completed:
        return QCoreApplication::translate("SessionOutcome", "Completed");
    case SessionOutcome::Stopped:
        return QCoreApplication::translate("SessionOutcome", "Stopped early");
    case SessionOutcome::Interrupted:
        return QCoreApplication::translate("SessionOutcome", "Interrupted");
    }
    Q_UNREACHABLE();
}

QString problemWith(const SessionProgress& progress)
{
    if (progress.completedActiveMs < 0 || progress.stepsCompleted < 0)
        return QCoreApplication::translate("SessionRecord",
                                           "The session's progress cannot be negative.");
    for (int step : progress.easierSteps) {
        if (step < 0)
            return QCoreApplication::translate("SessionRecord", "A step index cannot be negative.");
    }
    return {};
}

QString problemWith(const SessionRecord& record)
{
    if (record.routineId.isEmpty() || !record.start.isValid())
        return QCoreApplication::translate("SessionRecord",
                                           "A session needs a routine and a start time.");
    if (record.outcome != SessionOutcome::InProgress && !record.end.isValid())
        return QCoreApplication::translate("SessionRecord",
                                           "A finished session needs an end time.");
    if (record.end.isValid() && record.end < record.start)
        return QCoreApplication::translate("SessionRecord",
                                           "A session cannot end before it starts.");
    if (record.plannedActiveMs < 0)
        return QCoreApplication::translate("SessionRecord",
                                           "The session's planned time cannot be negative.");
    if (!isValidPain(record.painBefore) || !isValidPain(record.painAfter))
        return QCoreApplication::translate("SessionRecord", "Pain is rated from 0 to 10.");
    return problemWith(record.progress());
}

} // namespace unclutch::storage
