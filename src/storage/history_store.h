#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

#include "history_filter.h"
#include "history_reader.h"
#include "history_statistics.h"
#include "pending_changes.h"
#include "result.h"
#include "session_record.h"

namespace unclutch::storage {

// The session history: one SQLite file, private to its owner (0600), in WAL mode with
// synchronous=FULL so that a committed write survives a power cut. Opening checks the file
// (PRAGMA quick_check), moves a damaged one aside and starts afresh, and migrates older
// schemas (HistorySchema). Writes are transactions that roll back on error.
//
// Failed writes are values: the store keeps every change to a stored session in memory until
// it is on disk and writes it again with the next write, retryPendingWrites(), or on its own a
// few seconds later (a timer, so a session that ended on a full disk is saved once there is
// room, though nothing else writes), so a running session goes on through a full disk and
// loses nothing. Reads show what is on disk.
//
// A history whose file or folder cannot be written (a read-only mount, a folder shared
// read-only) is opened for reading: it can be shown and exported, and every write fails at once
// with a message saying why (isReadOnly()).
//
// Use one HistoryStore from one thread (Qt SQL connections belong to the thread that made them).
class HistoryStore {
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    using Clock = std::function<QDateTime()>;

    // `databaseFile`: the app passes Paths::historyDatabase(). `clock` stamps progress
    // (lastUpdate) and moved-aside files; the default is the system's UTC time.
    explicit HistoryStore(QString databaseFile, Clock clock = {});
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    // Opens (and creates, migrates or repairs) the file. A damaged file is moved aside before a
    // fresh one is started: the result's warning then says where it went, for the user, whether
    // or not the open succeeded, and movedAsideTo() names the file (its -wal and -shm beside it
    // with the same name plus "-wal"/"-shm").
    Status open();
    bool isOpen() const { return m_open; }
    // Open for reading only: the file or its folder cannot be written. Sessions played now
    // cannot be kept.
    bool isReadOnly() const { return m_readOnly; }
    // Where the last open() moved a damaged history file; empty when nothing was moved.
    const QString& movedAsideTo() const { return m_movedAsideTo; }
    const QString& databaseFile() const { return m_file; }

    // A new session (its id field is ignored), usually in progress. Nothing is stored when
    // this fails: the app may call it again with the record as it stands.
    Result<SessionId> startSession(const SessionRecord& record);
    // Stores finished sessions as they are, all or none, in one transaction (import, seeding).
    Status addSessions(const QList<SessionRecord>& records);

    // At every step boundary and every few seconds while a session runs.
    Status updateSession(SessionId id, const SessionProgress& progress);
    Status finishSession(SessionId id, SessionOutcome outcome, const QDateTime& end,
                         const SessionProgress& progress);
    Status setPainBefore(SessionId id, std::optional<int> pain);
    Status setPainAfter(SessionId id, std::optional<int> pain);
    Status setNote(SessionId id, const QString& note);
    Status deleteSession(SessionId id);

    // At start-up: sessions still in progress (the app was killed, the power went) are closed
    // as interrupted where they got to. Their end is the later of the last recorded progress
    // time and start + completed active time, but never after `now`. Sessions this store
    // started and has not finished are left alone. Returns how many were closed.
    Result<int> recoverInterrupted(const QDateTime& now);

    // How long after its start a stopped or interrupted session can be resumed.
    static constexpr qint64 kResumableForMs = 12 * 60 * 60 * 1000;
    // The session the app offers to resume at `now`: the latest one by start that was stopped or
    // interrupted less than kResumableForMs after it started (its start in (now − 12 h, now]),
    // that can be resumed (it has a timeline fingerprint and step records), whose offer was not
    // dismissed, and whose routine has not been played again since (a later session of the same
    // routine, completed or not, supersedes it). Empty when there is none.
    Result<std::optional<SessionRecord>> latestResumable(const QDateTime& now) const;
    // The person resumes `id`: it is in progress again, in the same record, `resumed` counting
    // one more. Fails when the session is gone or is not stopped or interrupted.
    Status markResumed(SessionId id);
    // The person declined to resume `id`: it is not offered again.
    Status dismissResume(SessionId id);

    bool hasPendingWrites() const { return !m_pending.isEmpty(); }
    Status retryPendingWrites();
    // While writes are held back, they are retried every `interval` (kRetryInterval unless a
    // test says otherwise); the timer runs only then. Needs an event loop, as the app has.
    static constexpr std::chrono::milliseconds kRetryInterval{3000};
    void setRetryInterval(std::chrono::milliseconds interval);
    bool isRetryScheduled() const { return m_retryTimer.isActive(); }

    Result<SessionRecord> session(SessionId id) const;
    // Newest first (by start, then id). `limit` < 0: all of them.
    Result<QList<SessionRecord>> sessions(const HistoryFilter& filter = {}, int limit = -1,
                                          int offset = 0) const;
    Result<qint64> count(const HistoryFilter& filter = {}) const;
    // Every routine with sessions, by title.
    Result<QList<RoutineSummary>> routines() const;

    // The aggregates of HistoryStatistics over the sessions the filter matches.
    Result<QList<PainPoint>> painSeries(const HistoryFilter& filter = {}) const;
    Result<QList<WeekActivity>>
    weeklyActivity(const HistoryFilter& filter = {},
                   const QTimeZone& zone = QTimeZone::systemTimeZone()) const;
    Result<int> daysPractised(const HistoryFilter& filter = {},
                              const QTimeZone& zone = QTimeZone::systemTimeZone()) const;
    // HistoryStatistics::whatHelps() over the sessions the filter matches.
    Result<QList<RoutineEffect>> whatHelps(const HistoryFilter& filter = {}) const;
    // HistoryStatistics::painPersists() over every routine's sessions.
    Result<bool> painPersists(const QDateTime& now,
                              const QTimeZone& zone = QTimeZone::systemTimeZone()) const;

private:
    Status change(SessionId id, const PendingChanges::Change& change);
    // Runs `write` in one transaction after the pending changes; clears them on commit.
    // `missing` receives the sessions that pending changes were for but that no longer exist.
    Status writeWithPending(const std::function<bool(QString* error)>& write,
                            const QString& failureMessage, QSet<SessionId>* missing = nullptr);
    // One statement with `values` bound, after the pending changes; `changedRow` receives
    // whether it changed (or deleted) a row.
    Status writeStatement(const QString& statement, const QVariantList& values,
                          const QString& failureMessage, bool* changedRow);
    Failure notOpen() const;
    Failure readOnly() const;
    Result<QList<SessionSample>> samples(const HistoryFilter& filter) const;
    // For reading only when m_readOnly.
    Status openConnection();
    void close();

    QString m_file;
    Clock m_clock;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_open = false;
    bool m_readOnly = false;
    QString m_movedAsideTo;
    PendingChanges m_pending;
    QTimer m_retryTimer;       // single shot, while changes are held back
    QSet<SessionId> m_running; // started here and not finished: not for recoverInterrupted()
};

} // namespace unclutch::storage
