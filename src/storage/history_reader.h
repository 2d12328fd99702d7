#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

#include "history_filter.h"
#include "history_statistics.h"
#include "result.h"
#include "session_record.h"

namespace unclutch::storage {

// A routine that has sessions, for a filter menu.
struct RoutineSummary {
    QString id;
    QString title; // as of its latest session
    qint64 sessions = 0;
    QDateTime lastStart;

    bool operator==(const RoutineSummary&) const = default;
};

// The queries HistoryStore answers, over an open connection. Each one is a single statement
// that the schema's indexes serve (by start time; by routine and start time).
class HistoryReader {
    Q_DECLARE_TR_FUNCTIONS(HistoryReader)

public:
    explicit HistoryReader(QSqlDatabase db);

    Result<SessionRecord> session(SessionId id) const;
    Result<QList<SessionRecord>> sessions(const HistoryFilter& filter, int limit, int offset) const;
    Result<qint64> count(const HistoryFilter& filter) const;
    Result<QList<RoutineSummary>> routines() const;
    // Oldest first.
    Result<QList<SessionSample>> samples(const HistoryFilter& filter) const;
    // HistoryStore::latestResumable(): started after `after` and no later than `now`.
    Result<std::optional<SessionRecord>> latestResumable(const QDateTime& after,
                                                         const QDateTime& now) const;

private:
    QSqlDatabase m_db;
};

} // namespace unclutch::storage
