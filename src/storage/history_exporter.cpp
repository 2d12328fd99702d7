#include "history_exporter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringList>

#include <algorithm>

#include "history_store.h"
#include "paths.h"
#include "step_record_json.h"

namespace unclutch::storage {

namespace {

const QStringList kColumns = {
    QStringLiteral("id"),
    QStringLiteral("routine_id"),
    QStringLiteral("routine_title"),
    QStringLiteral("routine_file"),
    QStringLiteral("start"),
    QStringLiteral("end"),
    QStringLiteral("last_update"),
    QStringLiteral("outcome"),
    QStringLiteral("planned_active_ms"),
    QStringLiteral("completed_active_ms"),
    QStringLiteral("steps_completed"),
    QStringLiteral("steps_done"),
    QStringLiteral("steps_skipped"),
    QStringLiteral("resumed"),
    QStringLiteral("fit_minutes"),
    QStringLiteral("fit_pace"),
    QStringLiteral("pain_before"),
    QStringLiteral("pain_after"),
    QStringLiteral("note"),
};

QString isoUtc(const QDateTime& instant)
{
    return instant.isValid() ? instant.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// No export holds a NUL: a spreadsheet, or a program reading C strings, would cut the text at it.
QString withoutNul(QString text)
{
    return text.remove(QChar(u'\0'));
}

// A cell a spreadsheet would take for a formula (=, +, -, @, or a tab or CR before one) gets a
// leading ' so that it shows as text (CSV injection); then RFC 4180 quoting.
QString csvField(const QString& value)
{
    static const QString kFormulaStart = QStringLiteral("=+-@\t\r");
    static const QString kSpecial = QStringLiteral(",\"\r\n");
    QString field = withoutNul(value);
    if (!field.isEmpty() && kFormulaStart.contains(field.front()))
        field.prepend(QLatin1Char('\''));
    if (std::none_of(field.begin(), field.end(), [](QChar c) { return kSpecial.contains(c); }))
        return field;
    field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

QString optionalNumber(std::optional<int> value)
{
    return value ? QString::number(*value) : QString();
}

QString optionalNumber(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 17) : QString();
}

QJsonValue jsonNumber(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// Counts of an outcome among the steps; empty for a session from before per-step records, whose
// outcomes are not known (its done count is steps_completed, kept from then).
QString stepCount(const SessionRecord& session, core::InstanceOutcome outcome)
{
    if (!session.hasStepRecords())
        return outcome == core::InstanceOutcome::Done ? QString::number(session.stepsCompleted)
                                                      : QString();
    return QString::number(countOutcome(session.steps, outcome));
}

QJsonValue jsonFit(const std::optional<SessionFit>& fit)
{
    if (!fit || fit->isEmpty())
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("minutes"), jsonNumber(fit->minutes)},
        {QStringLiteral("pace"), jsonNumber(fit->pace)},
        {QStringLiteral("easier"), fit->easier},
    };
}

// The texts of a session without NUL, for the JSON export.
QList<StepRecord> withoutNul(QList<StepRecord> steps)
{
    for (StepRecord& step : steps)
        step.pose = withoutNul(step.pose);
    return steps;
}

QJsonValue jsonNumber(std::optional<int> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonTime(const QDateTime& instant)
{
    return instant.isValid() ? QJsonValue(isoUtc(instant)) : QJsonValue(QJsonValue::Null);
}

QList<SessionRecord> oldestFirst(QList<SessionRecord> sessions)
{
    std::stable_sort(sessions.begin(), sessions.end(),
                     [](const SessionRecord& a, const SessionRecord& b) {
                         return a.start != b.start ? a.start < b.start : a.id < b.id;
                     });
    return sessions;
}

QString unknownFormat(const QString& fileName)
{
    return HistoryExporter::tr("Cannot tell the format of %1: use a file name ending in .csv or "
                               ".json.")
        .arg(QDir::toNativeSeparators(fileName));
}

} // namespace

std::optional<HistoryExporter::Format> HistoryExporter::formatFor(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QStringLiteral("csv"))
        return Format::Csv;
    if (suffix == QStringLiteral("json"))
        return Format::Json;
    return std::nullopt;
}

QByteArray HistoryExporter::toCsv(const QList<SessionRecord>& sessions)
{
    static const QString kLineEnd = QStringLiteral("\r\n");
    QString text = kColumns.join(QLatin1Char(',')) + kLineEnd;
    for (const SessionRecord& session : oldestFirst(sessions)) {
        const SessionFit fit = session.fit.value_or(SessionFit{});
        const QStringList fields = {
            QString::number(session.id),
            session.routineId,
            session.routineTitle,
            session.routineFile,
            isoUtc(session.start),
            isoUtc(session.end),
            isoUtc(session.lastUpdate),
            outcomeKey(session.outcome),
            QString::number(session.plannedActiveMs),
            QString::number(session.completedActiveMs),
            QString::number(session.stepsCompleted),
            stepCount(session, core::InstanceOutcome::Done),
            stepCount(session, core::InstanceOutcome::Skipped),
            QString::number(session.resumed),
            optionalNumber(fit.minutes),
            optionalNumber(fit.pace),
            optionalNumber(session.painBefore),
            optionalNumber(session.painAfter),
            session.note,
        };
        QStringList cells;
        for (const QString& field : fields)
            cells << csvField(field);
        text += cells.join(QLatin1Char(',')) + kLineEnd;
    }
    return text.toUtf8();
}

QByteArray HistoryExporter::toJson(const QList<SessionRecord>& sessions)
{
    QJsonArray array;
    for (const SessionRecord& session : oldestFirst(sessions)) {
        array.append(QJsonObject{
            {QStringLiteral("id"), session.id},
            {QStringLiteral("routine_id"), withoutNul(session.routineId)},
            {QStringLiteral("routine_title"), withoutNul(session.routineTitle)},
            {QStringLiteral("routine_file"), withoutNul(session.routineFile)},
            {QStringLiteral("start"), jsonTime(session.start)},
            {QStringLiteral("end"), jsonTime(session.end)},
            {QStringLiteral("last_update"), jsonTime(session.lastUpdate)},
            {QStringLiteral("outcome"), outcomeKey(session.outcome)},
            {QStringLiteral("planned_active_ms"), session.plannedActiveMs},
            {QStringLiteral("completed_active_ms"), session.completedActiveMs},
            {QStringLiteral("steps_completed"), session.stepsCompleted},
            {QStringLiteral("steps"), step_record_json::toJson(withoutNul(session.steps))},
            {QStringLiteral("resumed"), session.resumed},
            {QStringLiteral("fit"), jsonFit(session.fit)},
            {QStringLiteral("pain_before"), jsonNumber(session.painBefore)},
            {QStringLiteral("pain_after"), jsonNumber(session.painAfter)},
            {QStringLiteral("note"), withoutNul(session.note)},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

Status HistoryExporter::write(const QList<SessionRecord>& sessions, const QString& fileName)
{
    const std::optional<Format> format = formatFor(fileName);
    if (!format)
        return Failure(unknownFormat(fileName));
    const bool created = !QFileInfo::exists(fileName);
    QSaveFile file(fileName);
    const auto failed = [&] {
        return Failure(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    // The history is health data: a new export is the owner's alone (an existing file keeps
    // the permissions its owner gave it).
    if (created)
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray bytes = *format == Format::Csv ? toCsv(sessions) : toJson(sessions);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failed();
    return {};
}

Result<QString> HistoryExporter::exportHistory(const HistoryStore& store, const QString& fileName)
{
    if (!formatFor(fileName))
        return Failure(unknownFormat(fileName));
    const Result<QList<SessionRecord>> sessions = store.sessions();
    if (!sessions)
        return Result<QString>::failureOf(sessions);
    if (const Status written = write(*sessions, fileName); !written)
        return Result<QString>::failureOf(written);
    return tr("Exported %n session(s) to %1.", nullptr, int(sessions->size()))
        .arg(QDir::toNativeSeparators(fileName));
}

Result<QString> HistoryExporter::exportHistory(const Paths& paths, const QString& fileName)
{
    // Before the history is opened, which may move a damaged file aside.
    if (!formatFor(fileName))
        return Failure(unknownFormat(fileName));
    const QString database = paths.historyDatabase();
    if (!QFileInfo::exists(database)) {
        if (const Status written = write({}, fileName); !written)
            return Result<QString>::failureOf(written);
        return tr("There are no sessions yet; wrote an empty history to %1.")
            .arg(QDir::toNativeSeparators(fileName));
    }
    HistoryStore store(database);
    const Status opened = store.open();
    if (!opened)
        return Result<QString>::failureOf(opened);
    return exportHistory(store, fileName).withWarning(opened.warning());
}

} // namespace unclutch::storage
