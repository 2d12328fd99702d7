#include "session_start.h"

#include "core/timeline.h"
#include "core/timeline_fingerprint.h"

namespace unclutch::app {

std::optional<SessionStart> resumeStart(const storage::SessionRecord& record,
                                        const core::Routine& fitted)
{
    const core::Timeline timeline(fitted);
    if (!record.hasStepRecords() || record.timelineFingerprint.isEmpty() ||
        record.timelineFingerprint.toStdString() != core::timeline_fingerprint(timeline) ||
        record.steps.size() != static_cast<qsizetype>(timeline.instances().size()) ||
        record.currentInstance < 0 ||
        static_cast<std::size_t>(record.currentInstance) >= timeline.instances().size())
        return std::nullopt;
    SessionContinuation continuation;
    continuation.record = record.id;
    continuation.instance = static_cast<std::size_t>(record.currentInstance);
    for (const storage::StepRecord& step : record.steps)
        continuation.soFar.push_back({*step.outcome, step.activeMs, step.easier});
    SessionStart start;
    start.easierSteps = record.easierChosen;
    start.fit = record.fit;
    start.continuation = std::move(continuation);
    return start;
}

} // namespace unclutch::app
