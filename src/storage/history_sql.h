#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include "history_filter.h"
#include "session_record.h"

class QSqlQuery;

// The mapping between the sessions table and SessionRecord, shared by the store's queries and
// its writes so the two never disagree about a column.
namespace unclutch::storage::history_sql {

// The columns recordAt() reads, in its order, for "SELECT <columns> FROM sessions".
QString recordColumns();
SessionRecord recordAt(const QSqlQuery& query);

// Prepares `query` to insert sessions with insertRecord(); false with `error` set on failure.
bool prepareInsert(QSqlQuery& query, QString* error);
// Inserts `record` (its id field is ignored) with `updatedAt` as its last progress time,
// through a query from prepareInsert(); `id` receives the new row's id when given.
bool insertRecord(QSqlQuery& insert, const SessionRecord& record, const QDateTime& updatedAt,
                  SessionId* id, QString* error);

// Instants are stored as UTC milliseconds since the epoch; NULL for an invalid one.
QVariant toDb(const QDateTime& instant);
QDateTime instantFromDb(const QVariant& value);
QVariant toDb(std::optional<int> pain);
// Text columns are NOT NULL; Qt binds a null QString as NULL, so it goes in as "".
QVariant toDb(const QString& text);
std::optional<int> painFromDb(const QVariant& value);
// Lists of step indexes (easier_steps, easier_chosen) are stored as JSON arrays, readable in the
// sqlite3 shell, ascending and without repeats.
QString encodeIndexes(const QList<int>& indexes);
QList<int> decodeIndexes(const QString& text);
QList<int> normalisedIndexes(QList<int> indexes);
// A session's step records, as a JSON array in the export's shape (step_record_json).
QString encodeStepRecords(const QList<StepRecord>& steps);
QList<StepRecord> decodeStepRecords(const QString& text);
// What a session recorded before per-step records (a NULL `steps`) still tells: the steps whose
// easier variant was used (`easier_steps`, 0-based), each as one record numbered from 1, with
// no side, pose, outcome or time.
QList<StepRecord> legacySteps(const QList<int>& easierSteps);

// A WHERE clause ("" or " WHERE …") for a filter, and the values for its placeholders in order.
struct Where {
    QString clause;
    QVariantList values;
};
Where where(const HistoryFilter& filter);
void bindAll(QSqlQuery& query, const QVariantList& values);

// The database's own words for an error, without Qt's "Unable to fetch row" suffix.
QString describe(const QSqlError& error);
// SQLite says the file is not a database, or is damaged.
bool isCorruption(const QSqlError& error);

} // namespace unclutch::storage::history_sql
