#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

#include "core/session.h"
#include "storage/session_record.h"

namespace unclutch::storage {
class HistoryStore;
}

namespace unclutch::app {

class PlayerController;

// Keeps the history of the sessions the controller plays: a record from the moment a session
// first runs, its progress (every step instance as core::SessionLedger accounts it) at every
// step boundary and every kUpdateIntervalMs while it runs (so a crash loses at most that much),
// its end as completed or stopped, and the pain ratings. A resumed session goes on in its own
// record (HistoryStore::markResumed()) instead of starting one.
//
// A session stopped before kMinimumKeptMs of active time, with no pain rating and no note, is
// not kept: its record, written for crash safety, is removed at the stop; a rating given after
// it stores it again.
//
// The store keeps a failed write in memory and writes it again with the next one, so the
// recorder only has to say so (writeFailed) and carry on; a record that could not even be started
// is started again at the next update. The timer runs only while the session runs. A try from
// the editor (PlayerController::isTry) is not recorded at all.
class SessionRecorder : public QObject {
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int kUpdateIntervalMs = 5000;
    static constexpr qint64 kMinimumKeptMs = 15000;

    // `store` must be open and outlive the recorder.
    SessionRecorder(PlayerController* controller, storage::HistoryStore* store,
                    QObject* parent = nullptr);

    // Where the record's start and end come from (UTC); the default is the system clock.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // The record of the current or last session, once stored.
    std::optional<storage::SessionId> sessionId() const { return m_id; }
    bool isRecording() const { return m_open; }
    // Whether the periodic update is due: only while a session runs, never while idle.
    bool isUpdateTimerActive() const { return m_timer.isActive(); }

public slots:
    // Writes the progress of the running session now (what the timer and step boundaries do).
    void update();
    // The app is quitting with a session open: the person left it, so it counts as stopped.
    void closeOpenSession();
    // The app is ending with a session open for `outcome`: interrupted when the system ends it
    // (a signal at logout or shutdown), with the progress it has reached now.
    void endOpenSession(storage::SessionOutcome outcome);

signals:
    // A write did not reach the disk (translated, for the status bar). It is tried again.
    void writeFailed(const QString& message);
    // A session was stored, ended or rated: what a history view shows has changed. Not sent for
    // the periodic progress writes, which a view need not follow.
    void historyChanged();

private:
    void onStateChanged(core::SessionState state);
    void onChanged();
    void begin();
    bool ensureStarted();
    bool isWorthKeeping() const;
    // Removes the record of a session not worth keeping; false when that could not be done.
    bool dropShortSession();
    void finish(storage::SessionOutcome outcome);
    void onPainBefore(int rating);
    void onPainAfter(int rating);
    storage::SessionProgress currentProgress();
    storage::SessionRecord currentRecord();
    void report(const QString& error);
    QDateTime now() const;

    PlayerController* m_controller;
    storage::HistoryStore* m_store;
    Clock m_clock;
    QTimer m_timer;
    std::optional<storage::SessionId> m_id;
    // A session runs or ran since it was started and has not been finished in the history.
    bool m_open = false;
    // The last session was stopped too early to keep and its record removed.
    bool m_notKept = false;
    QDateTime m_start;
    storage::SessionProgress m_progress; // the latest known, for when the session is gone
    // What was known at the start (with the id of the record a resumed session goes on in) and
    // at the end, for a retried start.
    storage::SessionRecord m_record;
};

} // namespace unclutch::app
