#include "history_reader.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

#include "history_sql.h"

namespace unclutch::storage {

using namespace history_sql;

namespace {

template <typename T>
Result<T> readFailed(const QSqlQuery& query)
{
    return Failure(
        HistoryReader::tr("Cannot read the history: %1").arg(describe(query.lastError())));
}

} // namespace

HistoryReader::HistoryReader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<SessionRecord> HistoryReader::session(SessionId id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + recordColumns() +
                  QStringLiteral(" FROM sessions WHERE id = ?"));
    query.bindValue(0, id);
    if (!query.exec())
        return readFailed<SessionRecord>(query);
    if (!query.next())
        return Failure(tr("That session is no longer in the history."));
    return recordAt(query);
}

Result<QList<SessionRecord>> HistoryReader::sessions(const HistoryFilter& filter, int limit,
                                                     int offset) const
{
    const Where condition = where(filter);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + recordColumns() + QStringLiteral(" FROM sessions") +
                  condition.clause +
                  QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?"));
    bindAll(query, condition.values);
    query.bindValue(int(condition.values.size()), limit < 0 ? -1 : limit);
    query.bindValue(int(condition.values.size()) + 1, std::max(offset, 0));
    if (!query.exec())
        return readFailed<QList<SessionRecord>>(query);
    QList<SessionRecord> records;
    if (limit > 0)
        records.reserve(limit);
    while (query.next())
        records.append(recordAt(query));
    if (query.lastError().isValid())
        return readFailed<QList<SessionRecord>>(query);
    return records;
}

Result<qint64> HistoryReader::count(const HistoryFilter& filter) const
{
    const Where condition = where(filter);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM sessions") + condition.clause);
    bindAll(query, condition.values);
    if (!query.exec() || !query.next())
        return readFailed<qint64>(query);
    return query.value(0).toLongLong();
}

Result<QList<RoutineSummary>> HistoryReader::routines() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // With MAX(), SQLite takes the bare column (the title) from the row holding the maximum.
    if (!query.exec(QStringLiteral("SELECT routine_id, routine_title, COUNT(*), MAX(started_at)"
                                   " FROM sessions GROUP BY routine_id")))
        return readFailed<QList<RoutineSummary>>(query);
    QList<RoutineSummary> routines;
    while (query.next()) {
        routines.append({query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toLongLong(), instantFromDb(query.value(3))});
    }
    if (query.lastError().isValid())
        return readFailed<QList<RoutineSummary>>(query);
    std::sort(routines.begin(), routines.end(),
              [](const RoutineSummary& a, const RoutineSummary& b) {
                  const int byTitle = a.title.localeAwareCompare(b.title);
                  return byTitle != 0 ? byTitle < 0 : a.id < b.id;
              });
    return routines;
}

Result<QList<SessionSample>> HistoryReader::samples(const HistoryFilter& filter) const
{
    const Where condition = where(filter);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, started_at, completed_ms, pain_before, pain_after"
                                 " FROM sessions") +
                  condition.clause + QStringLiteral(" ORDER BY started_at, id"));
    bindAll(query, condition.values);
    if (!query.exec())
        return readFailed<QList<SessionSample>>(query);
    QList<SessionSample> samples;
    while (query.next()) {
        samples.append({query.value(0).toLongLong(), instantFromDb(query.value(1)),
                        query.value(2).toLongLong(), painFromDb(query.value(3)),
                        painFromDb(query.value(4))});
    }
    if (query.lastError().isValid())
        return readFailed<QList<SessionSample>>(query);
    return samples;
}

Result<std::optional<SessionRecord>> HistoryReader::latestResumable(const QDateTime& after,
                                                                    const QDateTime& now) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // By start time (sessions_by_start); the routine's later sessions by sessions_by_routine.
    query.prepare(QStringLiteral("SELECT ") + recordColumns() +
                  QStringLiteral(" FROM sessions AS s WHERE outcome IN ('stopped', 'interrupted')"
                                 " AND started_at > ? AND started_at <= ? AND resume_dismissed = 0"
                                 " AND timeline_fingerprint != '' AND steps IS NOT NULL"
                                 " AND NOT EXISTS (SELECT 1 FROM sessions AS later"
                                 "  WHERE later.routine_id = s.routine_id"
                                 "  AND (later.started_at > s.started_at"
                                 "   OR (later.started_at = s.started_at AND later.id > s.id)))"
                                 " ORDER BY started_at DESC, id DESC LIMIT 1"));
    query.bindValue(0, toDb(after));
    query.bindValue(1, toDb(now));
    if (!query.exec())
        return readFailed<std::optional<SessionRecord>>(query);
    if (!query.next()) {
        if (query.lastError().isValid())
            return readFailed<std::optional<SessionRecord>>(query);
        return std::optional<SessionRecord>();
    }
    return std::optional<SessionRecord>(recordAt(query));
}

} // namespace unclutch::storage
