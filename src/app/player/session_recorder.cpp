#include "session_recorder.h"

#include "player_controller.h"
#include "storage/history_store.h"

namespace unclutch::app {

using storage::SessionOutcome;

SessionRecorder::SessionRecorder(PlayerController* controller, storage::HistoryStore* store,
                                 QObject* parent)
    : QObject(parent)
    , m_controller(controller)
    , m_store(store)
{
    m_timer.setInterval(kUpdateIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SessionRecorder::update);
    connect(controller, &PlayerController::stateChanged, this, &SessionRecorder::onStateChanged);
    connect(controller, &PlayerController::changed, this, &SessionRecorder::onChanged);
    // Step boundaries: the end of one step is the get-ready of the next.
    connect(controller, &PlayerController::getReadyStarted, this, &SessionRecorder::update);
    connect(controller, &PlayerController::stepStarted, this, &SessionRecorder::update);
    connect(controller, &PlayerController::painBeforeRated, this, &SessionRecorder::onPainBefore);
    connect(controller, &PlayerController::painAfterRated, this, &SessionRecorder::onPainAfter);
}

void SessionRecorder::update()
{
    if (!m_open)
        return;
    m_progress = currentProgress();
    if (!m_id) {
        ensureStarted();
        return;
    }
    const storage::Status status = m_store->updateSession(*m_id, m_progress);
    if (!status.ok())
        report(status.error());
}

void SessionRecorder::closeOpenSession()
{
    endOpenSession(SessionOutcome::Stopped);
}

void SessionRecorder::endOpenSession(SessionOutcome outcome)
{
    finish(outcome);
}

void SessionRecorder::onStateChanged(core::SessionState state)
{
    switch (state) {
    case core::SessionState::Running:
        if (m_controller->isTry())
            break; // a try from the editor is not practice: it leaves no record
        if (!m_open)
            begin();
        m_timer.start();
        break;
    case core::SessionState::Paused:
        m_timer.stop();
        update(); // a pause may be long: its progress is worth having before it
        break;
    case core::SessionState::Finished:
        finish(SessionOutcome::Completed);
        break;
    case core::SessionState::Stopped:
        finish(SessionOutcome::Stopped);
        break;
    default:
        break;
    }
}

// A session replaced or unloaded while still open was left by the person: a stop, at the progress
// last seen (its runner, and with it the progress, is gone).
void SessionRecorder::onChanged()
{
    if (m_open &&
        (!m_controller->hasSession() || m_controller->state() == core::SessionState::Ready))
        finish(SessionOutcome::Stopped);
}

void SessionRecorder::begin()
{
    m_id.reset();
    m_open = true;
    m_notKept = false;
    m_start = now();
    m_progress = currentProgress();
    m_record = currentRecord();
    ensureStarted();
}

bool SessionRecorder::ensureStarted()
{
    if (m_id)
        return true;
    if (m_record.id != 0) {
        // A resumed session goes on in its own record; if that cannot be written now, the next
        // update tries again rather than starting a second record.
        const storage::Status marked = m_store->markResumed(m_record.id);
        if (!marked.ok()) {
            report(marked.error());
            return false;
        }
        m_id = m_record.id;
        emit historyChanged();
        return true;
    }
    storage::SessionRecord record = m_record;
    record.completedActiveMs = m_progress.completedActiveMs;
    record.steps = m_progress.steps;
    record.currentInstance = m_progress.currentInstance;
    record.easierChosen = m_progress.easierChosen;
    const storage::Result<storage::SessionId> started = m_store->startSession(record);
    if (!started.ok()) {
        report(started.error());
        return false;
    }
    m_id = started.value();
    emit historyChanged();
    return true;
}

bool SessionRecorder::isWorthKeeping() const
{
    if (m_record.outcome != SessionOutcome::Stopped ||
        m_progress.completedActiveMs >= kMinimumKeptMs)
        return true;
    if (m_record.painBefore || m_record.painAfter || !m_record.note.isEmpty())
        return true;
    if (!m_id)
        return false;
    // The history window may have given it a rating or a note meanwhile; when it cannot tell,
    // the record stays.
    const storage::Result<storage::SessionRecord> stored = m_store->session(*m_id);
    return !stored.ok() || stored->painBefore || stored->painAfter || !stored->note.isEmpty();
}

bool SessionRecorder::dropShortSession()
{
    if (m_id) {
        const storage::Status deleted = m_store->deleteSession(*m_id);
        if (!deleted.ok()) {
            report(deleted.error());
            return false;
        }
        m_id.reset();
        emit historyChanged();
    }
    m_notKept = true;
    // Kept after all (rated on the end screen), it is a record of its own: a resumed session's
    // record is gone with the rest of it.
    m_record.id = 0;
    return true;
}

void SessionRecorder::finish(SessionOutcome outcome)
{
    if (!m_open)
        return;
    m_timer.stop();
    m_open = false;
    if (m_controller->hasSession() && m_controller->state() != core::SessionState::Ready)
        m_progress = currentProgress();
    m_record.outcome = outcome;
    m_record.end = now();
    // It was written for crash safety only: a stop this early, with no rating or note, is not
    // practice worth a row in the history. (Should the removal fail, it is finished as usual.)
    if (!isWorthKeeping() && dropShortSession())
        return;
    if (!m_id) {
        // Never stored: the whole record in one go, as it ended.
        ensureStarted();
        return;
    }
    const storage::Status status = m_store->finishSession(*m_id, outcome, m_record.end, m_progress);
    if (!status.ok())
        report(status.error());
    else
        emit historyChanged();
}

void SessionRecorder::onPainBefore(int rating)
{
    if (m_controller->isTry())
        return; // m_id may still name the session before the try
    // Before the record exists, it goes into the record when it is started.
    m_record.painBefore = rating;
    if (!m_id)
        return;
    const storage::Status status = m_store->setPainBefore(*m_id, rating);
    if (!status.ok())
        report(status.error());
    else
        emit historyChanged();
}

void SessionRecorder::onPainAfter(int rating)
{
    if (m_controller->isTry())
        return;
    m_record.painAfter = rating;
    if (!m_id && m_notKept) {
        // A short stop was not kept; rated, it is practice worth keeping after all.
        m_notKept = false;
        ensureStarted();
        return;
    }
    if (!m_id)
        return; // the session was never stored: nothing to attach the rating to
    const storage::Status status = m_store->setPainAfter(*m_id, rating);
    if (!status.ok())
        report(status.error());
    else
        emit historyChanged();
}

storage::SessionProgress SessionRecorder::currentProgress()
{
    if (!m_controller->hasSession())
        return m_progress;
    const PlayerSummary summary = m_controller->summary();
    return {summary.completedActiveMs, summary.steps, summary.currentInstance,
            summary.easierChosen};
}

storage::SessionRecord SessionRecorder::currentRecord()
{
    const PlayerSummary summary = m_controller->summary();
    storage::SessionRecord record;
    record.id = summary.continuedRecord.value_or(0);
    record.routineId = summary.routineId;
    record.routineTitle = summary.routineTitle;
    record.routineFile = summary.routineFile;
    record.start = m_start;
    record.plannedActiveMs = summary.plannedActiveMs;
    record.painBefore = summary.painBefore;
    record.painAfter = summary.painAfter;
    record.fit = summary.fit;
    record.timelineFingerprint = summary.timelineFingerprint;
    return record;
}

void SessionRecorder::report(const QString& error)
{
    emit writeFailed(error);
}

QDateTime SessionRecorder::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

} // namespace unclutch::app
