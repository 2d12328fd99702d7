#include "session_record.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

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

QString stepOutcomeDisplayName(std::optional<core::InstanceOutcome> outcome)
{
    if (!outcome)
        return QCoreApplication::translate("StepOutcome", "Not recorded");
    switch (*outcome) {
    case core::InstanceOutcome::Done:
        return QCoreApplication::translate("StepOutcome", "Done");
    case core::InstanceOutcome::Cut:
        return QCoreApplication::translate("StepOutcome", "Cut short");
    case core::InstanceOutcome::Skipped:
        return QCoreApplication::translate("StepOutcome", "Skipped");
    case core::InstanceOutcome::NotReached:
        break;
    }
    return QCoreApplication::translate("StepOutcome", "Not reached");
}

bool SessionRecord::hasStepRecords() const
{
    return !steps.isEmpty() && std::all_of(steps.begin(), steps.end(), [](const StepRecord& step) {
        return step.outcome.has_value();
    });
}

QString problemWith(const SessionProgress& progress)
{
    if (progress.completedActiveMs < 0 || progress.currentInstance < 0)
        return QCoreApplication::translate("SessionRecord",
                                           "The session's progress cannot be negative.");
    for (const StepRecord& step : progress.steps) {
        if (step.step < 1 || step.activeMs < 0)
            return QCoreApplication::translate(
                "SessionRecord", "Steps are numbered from 1, and their time cannot be negative.");
    }
    for (int step : progress.easierChosen) {
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
    if (record.stepsCompleted < 0 || record.resumed < 0)
        return QCoreApplication::translate("SessionRecord",
                                           "The session's progress cannot be negative.");
    if (record.fit && ((record.fit->minutes && !(*record.fit->minutes > 0)) ||
                       (record.fit->pace && !(*record.fit->pace > 0))))
        return QCoreApplication::translate("SessionRecord",
                                           "A session's length and pace must be positive.");
    return problemWith(record.progress());
}

int countOutcome(const QList<StepRecord>& steps, core::InstanceOutcome outcome)
{
    return int(std::count_if(steps.begin(), steps.end(), [outcome](const StepRecord& step) {
        return step.outcome == outcome;
    }));
}

WholeSteps wholeSteps(const QList<StepRecord>& steps)
{
    QMap<int, bool> done; // by step number
    for (const StepRecord& step : steps)
        done[step.step] =
            done.value(step.step, true) && step.outcome == core::InstanceOutcome::Done;
    return {int(std::count(done.cbegin(), done.cend(), true)), int(done.size())};
}

} // namespace unclutch::storage
