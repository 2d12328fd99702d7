#include "history_sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

#include "step_record_json.h"

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
                          "outcome, pain_before, pain_after, note, steps, resumed, fit_minutes, "
                          "fit_pace, fit_easier, current_instance, easier_chosen, "
                          "timeline_fingerprint, resume_dismissed");
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
    // The schema's CHECK allows only known keys.
    record.outcome = outcomeFromKey(query.value(11).toString()).value_or(SessionOutcome::Stopped);
    record.painBefore = painFromDb(query.value(12));
    record.painAfter = painFromDb(query.value(13));
    record.note = query.value(14).toString();
    const QVariant steps = query.value(15);
    record.steps = steps.isNull() ? legacySteps(decodeIndexes(query.value(10).toString()))
                                  : decodeStepRecords(steps.toString());
    record.resumed = query.value(16).toInt();
    SessionFit fit;
    if (!query.value(17).isNull())
        fit.minutes = query.value(17).toDouble();
    if (!query.value(18).isNull())
        fit.pace = query.value(18).toDouble();
    fit.easier = query.value(19).toBool();
    if (!fit.isEmpty())
        record.fit = fit;
    record.currentInstance = query.value(20).toInt();
    record.easierChosen = decodeIndexes(query.value(21).toString());
    record.timelineFingerprint = query.value(22).toString();
    record.resumeDismissed = query.value(23).toBool();
    return record;
}

bool prepareInsert(QSqlQuery& query, QString* error)
{
    if (query.prepare(QStringLiteral(
            "INSERT INTO sessions (routine_id, routine_title, routine_file, started_at, ended_at,"
            " updated_at, planned_ms, completed_ms, steps_completed, easier_steps, outcome,"
            " pain_before, pain_after, note, steps, resumed, fit_minutes, fit_pace, fit_easier,"
            " current_instance, easier_chosen, timeline_fingerprint, resume_dismissed)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return true;
    *error = describe(query.lastError());
    return false;
}

bool insertRecord(QSqlQuery& insert, const SessionRecord& record, const QDateTime& updatedAt,
                  SessionId* id, QString* error)
{
    const bool counted = record.hasStepRecords();
    const SessionFit fit = record.fit.value_or(SessionFit{});
    const auto optionalNumber = [](std::optional<double> value) {
        return value ? QVariant(*value) : QVariant();
    };
    bindAll(insert, {toDb(record.routineId),
                     toDb(record.routineTitle),
                     toDb(record.routineFile),
                     toDb(record.start),
                     toDb(record.end),
                     toDb(updatedAt),
                     record.plannedActiveMs,
                     record.completedActiveMs,
                     counted ? countOutcome(record.steps, core::InstanceOutcome::Done)
                             : record.stepsCompleted,
                     encodeIndexes({}),
                     outcomeKey(record.outcome),
                     toDb(record.painBefore),
                     toDb(record.painAfter),
                     toDb(record.note),
                     encodeStepRecords(record.steps),
                     record.resumed,
                     optionalNumber(fit.minutes),
                     optionalNumber(fit.pace),
                     fit.easier ? 1 : 0,
                     record.currentInstance,
                     encodeIndexes(normalisedIndexes(record.easierChosen)),
                     toDb(record.timelineFingerprint),
                     record.resumeDismissed ? 1 : 0});
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

QString encodeIndexes(const QList<int>& indexes)
{
    QJsonArray array;
    for (int index : indexes)
        array.append(index);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<int> decodeIndexes(const QString& text)
{
    QList<int> indexes;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& value : array) {
        if (value.isDouble() && value.toInt(-1) >= 0)
            indexes.append(value.toInt());
    }
    return normalisedIndexes(indexes);
}

QList<int> normalisedIndexes(QList<int> indexes)
{
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    return indexes;
}

QString encodeStepRecords(const QList<StepRecord>& steps)
{
    return QString::fromUtf8(
        QJsonDocument(step_record_json::toJson(steps)).toJson(QJsonDocument::Compact));
}

QList<StepRecord> decodeStepRecords(const QString& text)
{
    return step_record_json::fromJson(QJsonDocument::fromJson(text.toUtf8()).array());
}

QList<StepRecord> legacySteps(const QList<int>& easierSteps)
{
    QList<StepRecord> steps;
    for (int index : easierSteps) {
        StepRecord step;
        step.step = index + 1;
        step.easier = true;
        steps.append(step);
    }
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
