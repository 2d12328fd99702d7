#include "history_sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace unclutch::storage::history_sql {

namespace {

// Primary result codes; Qt reports SQLite's extended codes, whose low byte is the primary one.
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

} // namespace

QString recordColumns()
{
    return QStringLiteral("id, routine_id, routine_title, routine_file, started_at, ended_at, "
                          "updated_at, planned_ms, completed_ms, steps_completed, easier_steps, "
                          "outcome, pain_before, pain_after, note");
}

SessionRecord recordAt(const QSqlQuery& query)
{
    SessionRecord record;
    record.id = query.value(0).toLongLong();
    record.routineId = query.value(1).toString();
    record.routineTitle = query.value(2).toString();
    record.routineFile = query.value(3).toString();
    record.start = instantFromDb(query.value(4));
    record.end = instantFromDb(query.value(5));
    record.lastUpdate = instantFromDb(query.value(6));
    record.plannedActiveMs = query.value(7).toLongLong();
    record.completedActiveMs = query.value(8).toLongLong();
    record.stepsCompleted = query.value(9).toInt();
    record.easierSteps = decodeSteps(query.value(10).toString());
    // The schema's CHECK allows only known keys.
    record.outcome = outcomeFromKey(query.value(11).toString()).value_or(SessionOutcome::Stopped);
    record.painBefore = painFromDb(query.value(12));
    record.painAfter = painFromDb(query.value(13));
    record.note = query.value(14).toString();
    return record;
}

bool prepareInsert(QSqlQuery& query, QString* error)
{
    if (query.prepare(QStringLiteral(
            "INSERT INTO sessions (routine_id, routine_title, routine_file, started_at, ended_at,"
            " updated_at, planned_ms, completed_ms, steps_completed, easier_steps, outcome,"
            " pain_before, pain_after, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return true;
    *error = describe(query.lastError());
    return false;
}

bool insertRecord(QSqlQuery& insert, const SessionRecord& record, const QDateTime& updatedAt,
                  SessionId* id, QString* error)
{
    bindAll(insert, {toDb(record.routineId), toDb(record.routineTitle), toDb(record.routineFile),
                     toDb(record.start), toDb(record.end), toDb(updatedAt), record.plannedActiveMs,
                     record.completedActiveMs, record.stepsCompleted,
                     encodeSteps(normalisedSteps(record.easierSteps)), outcomeKey(record.outcome),
                     toDb(record.painBefore), toDb(record.painAfter), toDb(record.note)});
    if (!insert.exec()) {
        *error = describe(insert.lastError());
        return false;
    }
    if (id)
        *id = insert.lastInsertId().toLongLong();
    return true;
}

QVariant toDb(const QDateTime& instant)
{
    return instant.isValid() ? QVariant(instant.toMSecsSinceEpoch()) : QVariant();
}

QDateTime instantFromDb(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant toDb(std::optional<int> pain)
{
    return pain ? QVariant(*pain) : QVariant();
}

QVariant toDb(const QString& text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

std::optional<int> painFromDb(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

QString encodeSteps(const QList<int>& steps)
{
    QJsonArray array;
    for (int step : steps)
        array.append(step);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<int> decodeSteps(const QString& text)
{
    QList<int> steps;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& value : array) {
        if (value.isDouble() && value.toInt(-1) >= 0)
            steps.append(value.toInt());
    }
    return normalisedSteps(steps);
}

QList<int> normalisedSteps(QList<int> steps)
{
    std::sort(steps.begin(), steps.end());
    steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
    return steps;
}

Where where(const HistoryFilter& filter)
{
    Where result;
    QStringList terms;
    if (!filter.routineId.isEmpty()) {
        terms << QStringLiteral("routine_id = ?");
        result.values << filter.routineId;
    }
    if (filter.from.isValid()) {
        terms << QStringLiteral("started_at >= ?");
        result.values << filter.from.toMSecsSinceEpoch();
    }
    if (filter.until.isValid()) {
        terms << QStringLiteral("started_at < ?");
        result.values << filter.until.toMSecsSinceEpoch();
    }
    if (!terms.isEmpty())
        result.clause = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return result;
}

void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
}

QString describe(const QSqlError& error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

bool isCorruption(const QSqlError& error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    return numeric && (code == kSqliteCorrupt || code == kSqliteNotADatabase);
}

} // namespace unclutch::storage::history_sql
