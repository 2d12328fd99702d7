#include "history_store.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <atomic>
#include <utility>

#include "database_file.h"
#include "history_schema.h"
#include "history_sql.h"
#include "sql_transaction.h"

namespace unclutch::storage {

using namespace history_sql;

namespace {

const QString kDriver = QStringLiteral("QSQLITE");

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("unclutch-history-%1").arg(++counter);
}

} // namespace

namespace {

QString movedAsideNotice(const QString& movedAsideTo)
{
    return HistoryStore::tr("The history file was damaged and could not be read. It was kept "
                            "as %1, and a new, empty history was started.")
        .arg(QDir::toNativeSeparators(movedAsideTo));
}

} // namespace

HistoryStore::HistoryStore(QString databaseFile, Clock clock)
    : m_file(std::move(databaseFile))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_connectionName(uniqueConnectionName())
{
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(kRetryInterval);
    // A failed retry schedules the next one (writeWithPending), until one gets through.
    m_retryTimer.callOnTimeout([this] { static_cast<void>(retryPendingWrites()); });
}

HistoryStore::~HistoryStore()
{
    // A last chance for changes a full disk held back; if it fails there is no one to tell.
    if (m_open && !m_pending.isEmpty())
        static_cast<void>(retryPendingWrites());
    close();
}

Status HistoryStore::open()
{
    close();
    m_movedAsideTo.clear();
    const DatabaseFile file(m_file);
    QString notice;
    if (file.hasContent() && file.isDamaged(m_connectionName + QStringLiteral("-check"),
                                            HistorySchema::hasTablesOfItsVersion)) {
        Result<QString> moved = file.moveAside(m_clock());
        if (!moved.ok())
            return Failure(moved.error());
        m_movedAsideTo = std::move(moved).value();
        notice = movedAsideNotice(m_movedAsideTo);
    }
    // A history that cannot be written is still read: it can be shown and exported.
    m_readOnly = file.cannotBeWritten();
    const bool existed = QFileInfo::exists(m_file);
    if (!m_readOnly) {
        if (Status prepared = file.preparePrivate(); !prepared.ok())
            return Failure(prepared.error(), notice);
    }
    if (Status opened = openConnection(); !opened.ok()) {
        close();
        // A disk full from the start must not leave an empty history.sqlite behind.
        if (!existed)
            file.removeIfEmpty();
        return Failure(opened.error(), notice);
    }
    m_open = true;
    return Status::successWithWarning(notice);
}

Status HistoryStore::openConnection()
{
    const auto failed = [this](const QString& detail) {
        return Failure(
            tr("Cannot open the history %1: %2").arg(QDir::toNativeSeparators(m_file), detail));
    };
    m_db = QSqlDatabase::addDatabase(kDriver, m_connectionName);
    if (m_readOnly)
        DatabaseFile(m_file).setUpForReading(m_db);
    else
        m_db.setDatabaseName(m_file);
    if (!m_db.open())
        return failed(describe(m_db.lastError()));
    // A file from a newer Unclutch is refused before anything, even the journal mode, changes.
    const Result<int> version = HistorySchema::version(m_db);
    if (!version.ok())
        return failed(version.error());
    if (Status known = HistorySchema::isKnown(*version); !known.ok())
        return known;
    if (m_readOnly) {
        if (*version == HistorySchema::kCurrentVersion)
            return {};
        return failed(tr("it was written by an older version of Unclutch and cannot be brought up "
                         "to date here, since it cannot be written"));
    }
    QSqlQuery query(m_db);
    // WAL: readers (the history view) never block the running session's writes. FULL: each
    // commit is synced to the WAL, so a session's progress survives a power cut.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return failed(describe(query.lastError()));
    if (!query.next() || query.value(0).toString() != QStringLiteral("wal"))
        return failed(tr("the file system does not support the write-ahead log"));
    if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return failed(describe(query.lastError()));
    query.finish();
    return HistorySchema::migrate(m_db);
}

void HistoryStore::close()
{
    m_open = false;
    m_readOnly = false;
    m_retryTimer.stop();
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<SessionId> HistoryStore::startSession(const SessionRecord& record)
{
    if (const QString invalid = problemWith(record); !invalid.isEmpty())
        return Failure(invalid);
    SessionId id = 0;
    const Status status = writeWithPending(
        [&](QString* error) {
            QSqlQuery insert(m_db);
            return prepareInsert(insert, error) &&
                   insertRecord(insert, record, m_clock(), &id, error);
        },
        tr("Cannot save the new session in the history (%1)."));
    if (!status.ok())
        return Result<SessionId>::failureOf(status);
    if (record.outcome == SessionOutcome::InProgress)
        m_running.insert(id);
    return id;
}

Status HistoryStore::addSessions(const QList<SessionRecord>& records)
{
    for (const SessionRecord& record : records) {
        if (const QString invalid = problemWith(record); !invalid.isEmpty())
            return Failure(invalid);
    }
    return writeWithPending(
        [&](QString* error) {
            QSqlQuery insert(m_db);
            if (!prepareInsert(insert, error))
                return false;
            for (const SessionRecord& record : records) {
                const QDateTime updated = record.lastUpdate.isValid() ? record.lastUpdate
                                          : record.end.isValid()      ? record.end
                                                                      : record.start;
                if (!insertRecord(insert, record, updated, nullptr, error))
                    return false;
            }
            return true;
        },
        tr("Cannot add sessions to the history (%1)."));
}

Status HistoryStore::updateSession(SessionId id, const SessionProgress& progress)
{
    if (const QString invalid = problemWith(progress); !invalid.isEmpty())
        return Failure(invalid);
    PendingChanges::Change update;
    update.progress = progress;
    update.updatedAt = m_clock();
    return change(id, update);
}

Status HistoryStore::finishSession(SessionId id, SessionOutcome outcome, const QDateTime& end,
                                   const SessionProgress& progress)
{
    if (outcome == SessionOutcome::InProgress || !end.isValid())
        return Failure(tr("A finished session needs an outcome and an end time."));
    if (const QString invalid = problemWith(progress); !invalid.isEmpty())
        return Failure(invalid);
    PendingChanges::Change finish;
    finish.progress = progress;
    finish.outcome = outcome;
    finish.end = end;
    finish.updatedAt = m_clock();
    m_running.remove(id);
    return change(id, finish);
}

Status HistoryStore::setPainBefore(SessionId id, std::optional<int> pain)
{
    if (!isValidPain(pain))
        return Failure(tr("Pain is rated from 0 to 10."));
    PendingChanges::Change rating;
    rating.painBefore = pain;
    return change(id, rating);
}

Status HistoryStore::setPainAfter(SessionId id, std::optional<int> pain)
{
    if (!isValidPain(pain))
        return Failure(tr("Pain is rated from 0 to 10."));
    PendingChanges::Change rating;
    rating.painAfter = pain;
    return change(id, rating);
}

Status HistoryStore::setNote(SessionId id, const QString& note)
{
    PendingChanges::Change text;
    text.note = note;
    return change(id, text);
}

Status HistoryStore::deleteSession(SessionId id)
{
    bool found = false;
    const Status status =
        writeStatement(QStringLiteral("DELETE FROM sessions WHERE id = ?"), {id},
                       tr("Cannot delete the session from the history (%1)."), &found);
    if (!status.ok())
        return status;
    m_running.remove(id);
    if (!found)
        return Failure(tr("That session is no longer in the history."));
    return {};
}

Result<std::optional<SessionRecord>> HistoryStore::latestResumable(const QDateTime& now) const
{
    if (!m_open)
        return notOpen();
    return HistoryReader(m_db).latestResumable(now.addMSecs(-kResumableForMs), now);
}

Status HistoryStore::markResumed(SessionId id)
{
    bool found = false;
    // Not a pending change: resuming is the person's choice, now or not at all, and an increment
    // must not be applied twice by a retry.
    const Status status = writeStatement(
        QStringLiteral("UPDATE sessions SET outcome = 'in_progress', ended_at = NULL,"
                       " resumed = resumed + 1, updated_at = ? WHERE id = ?"
                       " AND outcome IN ('interrupted', 'stopped')"),
        {toDb(m_clock()), id}, tr("Cannot resume the session in the history (%1)."), &found);
    if (!status.ok())
        return status;
    if (!found)
        return Failure(tr("That session is no longer in the history, or cannot be resumed."));
    m_running.insert(id);
    return {};
}

Status HistoryStore::dismissResume(SessionId id)
{
    PendingChanges::Change dismissed;
    dismissed.resumeDismissed = true;
    return change(id, dismissed);
}

Result<int> HistoryStore::recoverInterrupted(const QDateTime& now)
{
    // Nothing can be closed in a history that cannot be written; it will be once it can.
    if (m_open && m_readOnly)
        return 0;
    QStringList keep;
    for (SessionId id : m_running)
        keep << QString::number(id);
    for (SessionId id : m_pending.ids())
        keep << QString::number(id);
    int closed = 0;
    const Status status = writeWithPending(
        [&](QString* error) {
            QSqlQuery query(m_db);
            // Integers of our own, so formatting them into the statement is safe.
            query.prepare(
                QStringLiteral("UPDATE sessions SET outcome = 'interrupted', ended_at ="
                               " MIN(MAX(updated_at, started_at + completed_ms),"
                               " MAX(?, started_at)) WHERE outcome = 'in_progress'") +
                (keep.isEmpty()
                     ? QString()
                     : QStringLiteral(" AND id NOT IN (%1)").arg(keep.join(QLatin1Char(',')))));
            query.bindValue(0, toDb(now));
            if (!query.exec()) {
                *error = describe(query.lastError());
                return false;
            }
            closed = query.numRowsAffected();
            return true;
        },
        tr("Cannot close the interrupted sessions in the history (%1)."));
    if (!status.ok())
        return Result<int>::failureOf(status);
    return closed;
}

Status HistoryStore::retryPendingWrites()
{
    return writeWithPending({}, tr("Cannot save to the history (%1). Unclutch keeps the "
                                   "session's progress and saves it as soon as it can."));
}

void HistoryStore::setRetryInterval(std::chrono::milliseconds interval)
{
    m_retryTimer.setInterval(interval);
}

Failure HistoryStore::notOpen() const
{
    return Failure(tr("The history is not open."));
}

Failure HistoryStore::readOnly() const
{
    return Failure(tr("The history %1 cannot be written (its file or folder is read-only): "
                      "nothing can be saved to it.")
                       .arg(QDir::toNativeSeparators(m_file)));
}

Result<SessionRecord> HistoryStore::session(SessionId id) const
{
    if (!m_open)
        return notOpen();
    return HistoryReader(m_db).session(id);
}

Result<QList<SessionRecord>> HistoryStore::sessions(const HistoryFilter& filter, int limit,
                                                    int offset) const
{
    if (!m_open)
        return notOpen();
    return HistoryReader(m_db).sessions(filter, limit, offset);
}

Result<qint64> HistoryStore::count(const HistoryFilter& filter) const
{
    if (!m_open)
        return notOpen();
    return HistoryReader(m_db).count(filter);
}

Result<QList<RoutineSummary>> HistoryStore::routines() const
{
    if (!m_open)
        return notOpen();
    return HistoryReader(m_db).routines();
}

Result<QList<SessionSample>> HistoryStore::samples(const HistoryFilter& filter) const
{
    if (!m_open)
        return notOpen();
    return HistoryReader(m_db).samples(filter);
}

Result<QList<PainPoint>> HistoryStore::painSeries(const HistoryFilter& filter) const
{
    Result<QList<SessionSample>> found = samples(filter);
    if (!found.ok())
        return Failure(found.error());
    return HistoryStatistics::painSeries(std::move(found).value());
}

Result<QList<WeekActivity>> HistoryStore::weeklyActivity(const HistoryFilter& filter,
                                                         const QTimeZone& zone) const
{
    const Result<QList<SessionSample>> found = samples(filter);
    if (!found.ok())
        return Failure(found.error());
    return HistoryStatistics::weeklyActivity(*found, zone);
}

Result<int> HistoryStore::daysPractised(const HistoryFilter& filter, const QTimeZone& zone) const
{
    const Result<QList<SessionSample>> found = samples(filter);
    if (!found.ok())
        return Failure(found.error());
    return HistoryStatistics::daysPractised(*found, zone);
}

Result<QList<RoutineEffect>> HistoryStore::whatHelps(const HistoryFilter& filter) const
{
    const Result<QList<SessionRecord>> found = sessions(filter);
    if (!found.ok())
        return Failure(found.error());
    return HistoryStatistics::whatHelps(*found);
}

Result<bool> HistoryStore::painPersists(const QDateTime& now, const QTimeZone& zone) const
{
    const Result<QList<SessionSample>> found =
        samples(HistoryStatistics::painPersistsWindow(now, zone));
    if (!found.ok())
        return Failure(found.error());
    return HistoryStatistics::painPersists(*found, now, zone);
}

Status HistoryStore::change(SessionId id, const PendingChanges::Change& change)
{
    // Nothing is held back for a file that will not take it.
    if (m_open && m_readOnly)
        return readOnly();
    m_pending.merge(id, change);
    QSet<SessionId> missing;
    const Status status = writeWithPending(
        {},
        tr("Cannot save to the history (%1). Unclutch keeps the session's progress and saves it "
           "as soon as it can."),
        &missing);
    if (!status.ok())
        return status;
    if (missing.contains(id))
        return Failure(tr("That session is no longer in the history."));
    return {};
}

Status HistoryStore::writeStatement(const QString& statement, const QVariantList& values,
                                    const QString& failureMessage, bool* changedRow)
{
    return writeWithPending(
        [&](QString* error) {
            QSqlQuery query(m_db);
            query.prepare(statement);
            bindAll(query, values);
            if (!query.exec()) {
                *error = describe(query.lastError());
                return false;
            }
            *changedRow = query.numRowsAffected() > 0;
            return true;
        },
        failureMessage);
}

Status HistoryStore::writeWithPending(const std::function<bool(QString* error)>& write,
                                      const QString& failureMessage, QSet<SessionId>* missing)
{
    if (!m_open)
        return notOpen();
    if (m_readOnly)
        return readOnly();
    SqlTransaction transaction(m_db);
    QString error;
    QSet<SessionId> gone;
    const auto run = [&] {
        if (!transaction.begin()) {
            error = transaction.error();
            return false;
        }
        if (!m_pending.write(m_db, &gone, &error) || (write && !write(&error)))
            return false;
        if (!transaction.commit()) {
            error = transaction.error();
            return false;
        }
        return true;
    };
    if (!run()) {
        if (!m_pending.isEmpty() && !m_retryTimer.isActive())
            m_retryTimer.start();
        return Failure(failureMessage.arg(error));
    }
    m_retryTimer.stop();
    m_pending.clear();
    for (SessionId id : std::as_const(gone))
        m_running.remove(id);
    if (missing)
        *missing = std::move(gone);
    return {};
}

} // namespace unclutch::storage
