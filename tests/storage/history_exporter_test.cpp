#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include "history_test_support.h"
#include "storage/history_exporter.h"
#include "storage/history_store.h"
#include "storage/paths.h"
#include "storage/step_record_json.h"

using namespace unclutch::storage;
using namespace unclutch::storage::test;
using unclutch::core::InstanceOutcome;
using unclutch::core::Side;

namespace {

// RFC 4180, strictly: CRLF ends a record; a quoted field may hold anything, quotes doubled.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            EXPECT_TRUE(field.isEmpty()) << "a quote inside an unquoted field at " << i;
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text[i + 1] == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            EXPECT_TRUE(c != QLatin1Char('\r') && c != QLatin1Char('\n'))
                << "a line break outside quotes at " << i;
            field += c;
        }
    }
    EXPECT_TRUE(field.isEmpty() && row.isEmpty()) << "the last record has no CRLF";
    return rows;
}

std::optional<int> optionalInt(const QJsonValue& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QDateTime instant(const QJsonValue& value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

SessionRecord fromJson(const QJsonObject& object)
{
    SessionRecord record;
    record.id = object.value(QStringLiteral("id")).toInteger();
    record.routineId = object.value(QStringLiteral("routine_id")).toString();
    record.routineTitle = object.value(QStringLiteral("routine_title")).toString();
    record.routineFile = object.value(QStringLiteral("routine_file")).toString();
    record.start = instant(object.value(QStringLiteral("start")));
    record.end = instant(object.value(QStringLiteral("end")));
    record.lastUpdate = instant(object.value(QStringLiteral("last_update")));
    record.outcome = outcomeFromKey(object.value(QStringLiteral("outcome")).toString()).value();
    record.plannedActiveMs = object.value(QStringLiteral("planned_active_ms")).toInteger();
    record.completedActiveMs = object.value(QStringLiteral("completed_active_ms")).toInteger();
    record.stepsCompleted = object.value(QStringLiteral("steps_completed")).toInt();
    record.steps = step_record_json::fromJson(object.value(QStringLiteral("steps")).toArray());
    record.resumed = object.value(QStringLiteral("resumed")).toInt();
    const QJsonValue fit = object.value(QStringLiteral("fit"));
    if (!fit.isNull()) {
        const QJsonObject choices = fit.toObject();
        SessionFit chosen;
        if (!choices.value(QStringLiteral("minutes")).isNull())
            chosen.minutes = choices.value(QStringLiteral("minutes")).toDouble();
        if (!choices.value(QStringLiteral("pace")).isNull())
            chosen.pace = choices.value(QStringLiteral("pace")).toDouble();
        chosen.easier = choices.value(QStringLiteral("easier")).toBool();
        record.fit = chosen;
    }
    record.painBefore = optionalInt(object.value(QStringLiteral("pain_before")));
    record.painAfter = optionalInt(object.value(QStringLiteral("pain_after")));
    record.note = object.value(QStringLiteral("note")).toString();
    return record;
}

const QString kAwkwardNote =
    QStringLiteral("Tight, then \"better\".\nSecond line\r\nthird; ünïcode ✓");

StepRecord step(int number, Side side, const char* pose, InstanceOutcome outcome, qint64 activeMs,
                bool easier = false)
{
    return {number, side, QString::fromUtf8(pose), outcome, activeMs, easier};
}

// Sessions with every kind of value: quotes and line breaks, no ratings, no end, every outcome
// of a step, sides, the easier variant, a fit of each kind.
QList<SessionRecord> variedSessions()
{
    SessionRecord first = finishedSession(utc(2024, 5, 1, 7, 30), 320000);
    first.id = 1;
    first.routineTitle = QStringLiteral("Cat-cow, slow");
    first.lastUpdate = first.end;
    first.painBefore = 6;
    first.painAfter = 0;
    first.stepsCompleted = 1;
    first.steps = {
        step(1, Side::None, "Tabletop", InstanceOutcome::Done, 30000),
        step(2, Side::None, "Cat-cow", InstanceOutcome::Cut, 20000, true),
        step(3, Side::Left, "Pigeon", InstanceOutcome::Skipped, 0),
        step(3, Side::Right, "Pigeon", InstanceOutcome::NotReached, 0),
    };
    first.resumed = 1;
    first.fit = SessionFit{20.0, std::nullopt, true};
    first.note = kAwkwardNote;
    SessionRecord second =
        runningSession(utc(2024, 5, 2, 18, 0, 5).addMSecs(123), QStringLiteral("bridge"));
    second.id = 2;
    second.lastUpdate = second.start.addSecs(42);
    second.completedActiveMs = 41000;
    second.steps = {
        step(1, Side::None, "Bridge", InstanceOutcome::Cut, 41000),
        step(2, Side::None, "Rest", InstanceOutcome::NotReached, 0),
    };
    second.fit = SessionFit{std::nullopt, 12.5, false};
    return {second, first}; // newest first, as the store gives them
}

} // namespace

TEST(HistoryExporter, FormatComesFromTheExtension)
{
    EXPECT_EQ(HistoryExporter::formatFor(QStringLiteral("a.csv")), HistoryExporter::Format::Csv);
    EXPECT_EQ(HistoryExporter::formatFor(QStringLiteral("/x/A.CSV")), HistoryExporter::Format::Csv);
    EXPECT_EQ(HistoryExporter::formatFor(QStringLiteral("h.Json")), HistoryExporter::Format::Json);
    EXPECT_FALSE(HistoryExporter::formatFor(QStringLiteral("h.txt")));
    EXPECT_FALSE(HistoryExporter::formatFor(QStringLiteral("csv")));
    EXPECT_FALSE(HistoryExporter::formatFor(QStringLiteral("h.csv.bak")));
}

TEST(HistoryExporter, CsvQuotesOnlyWhatNeedsItAndEndsLinesWithCrLf)
{
    const QString csv = QString::fromUtf8(HistoryExporter::toCsv(variedSessions()));
    const QString header = QStringLiteral(
        "id,routine_id,routine_title,routine_file,start,end,last_update,outcome,"
        "planned_active_ms,completed_active_ms,steps_completed,steps_done,steps_skipped,resumed,"
        "fit_minutes,fit_pace,pain_before,pain_after,note\r\n");
    const QString firstRow = QStringLiteral(
        "1,cat-cow,\"Cat-cow, slow\",/usr/share/unclutch/routines/cat-cow.json,"
        "2024-05-01T07:30:00.000Z,2024-05-01T07:35:35.000Z,2024-05-01T07:35:35.000Z,completed,"
        "320000,320000,1,1,1,1,20,,6,0,\"Tight, then \"\"better\"\".\nSecond line\r\nthird; "
        "ünïcode ✓\"\r\n");
    const QString secondRow = QStringLiteral(
        "2,bridge,Slow cat-cow,/usr/share/unclutch/routines/bridge.json,2024-05-02T18:00:05.123Z,,"
        "2024-05-02T18:00:47.123Z,in_progress,320000,41000,0,0,0,0,,12.5,,,\r\n");
    EXPECT_EQ(csv, header + firstRow + secondRow); // oldest first
}

TEST(HistoryExporter, CsvParsesBackToTheSameFields)
{
    const QList<QStringList> rows =
        parseCsv(QString::fromUtf8(HistoryExporter::toCsv(variedSessions())));
    ASSERT_EQ(rows.size(), 3);
    for (const QStringList& row : rows)
        EXPECT_EQ(row.size(), 19);
    EXPECT_EQ(rows[1][2], QStringLiteral("Cat-cow, slow"));
    EXPECT_EQ(rows[1][18], kAwkwardNote);
    EXPECT_EQ(rows[2][18], QString());
}

TEST(HistoryExporter, JsonRoundTrips)
{
    const QList<SessionRecord> sessions = variedSessions();
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(HistoryExporter::toJson(sessions), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    ASSERT_TRUE(document.isArray());
    const QJsonArray array = document.array();
    ASSERT_EQ(array.size(), 2);
    EXPECT_EQ(fromJson(array[0].toObject()), sessions[1]);
    EXPECT_EQ(fromJson(array[1].toObject()), sessions[0]);
    const QJsonObject running = array[1].toObject();
    EXPECT_TRUE(running.value(QStringLiteral("end")).isNull());
    EXPECT_TRUE(running.value(QStringLiteral("pain_before")).isNull());
    EXPECT_EQ(running.value(QStringLiteral("start")).toString(),
              QStringLiteral("2024-05-02T18:00:05.123Z"));
}

// Section 5: the keys of today without easier_steps, plus steps, resumed and fit.
TEST(HistoryExporter, JsonHasTheContractsKeys)
{
    const QJsonArray array =
        QJsonDocument::fromJson(HistoryExporter::toJson(variedSessions())).array();
    const QJsonObject session = array[0].toObject();
    QStringList keys = session.keys();
    keys.sort();
    EXPECT_EQ(keys, (QStringList{QStringLiteral("completed_active_ms"), QStringLiteral("end"),
                                 QStringLiteral("fit"), QStringLiteral("id"),
                                 QStringLiteral("last_update"), QStringLiteral("note"),
                                 QStringLiteral("outcome"), QStringLiteral("pain_after"),
                                 QStringLiteral("pain_before"), QStringLiteral("planned_active_ms"),
                                 QStringLiteral("resumed"), QStringLiteral("routine_file"),
                                 QStringLiteral("routine_id"), QStringLiteral("routine_title"),
                                 QStringLiteral("start"), QStringLiteral("steps"),
                                 QStringLiteral("steps_completed")}));
    EXPECT_EQ(session.value(QStringLiteral("fit")).toObject(),
              (QJsonObject{{QStringLiteral("minutes"), 20},
                           {QStringLiteral("pace"), QJsonValue::Null},
                           {QStringLiteral("easier"), true}}));
    EXPECT_EQ(session.value(QStringLiteral("resumed")).toInt(), 1);
    const QJsonArray steps = session.value(QStringLiteral("steps")).toArray();
    ASSERT_EQ(steps.size(), 4);
    EXPECT_EQ(steps[1].toObject(), (QJsonObject{{QStringLiteral("step"), 2},
                                                {QStringLiteral("side"), QJsonValue::Null},
                                                {QStringLiteral("pose"), QStringLiteral("Cat-cow")},
                                                {QStringLiteral("outcome"), QStringLiteral("cut")},
                                                {QStringLiteral("active_ms"), 20000},
                                                {QStringLiteral("easier"), true}}));
    EXPECT_EQ(steps[2].toObject().value(QStringLiteral("side")).toString(), QStringLiteral("left"));
    EXPECT_EQ(steps[2].toObject().value(QStringLiteral("outcome")).toString(),
              QStringLiteral("skipped"));
    EXPECT_EQ(steps[3].toObject().value(QStringLiteral("side")).toString(),
              QStringLiteral("right"));
    EXPECT_EQ(steps[3].toObject().value(QStringLiteral("outcome")).toString(),
              QStringLiteral("not_reached"));
    EXPECT_EQ(steps[0].toObject().value(QStringLiteral("outcome")).toString(),
              QStringLiteral("done"));
    // A whole number is written as one, a fraction as it is.
    EXPECT_TRUE(HistoryExporter::toJson(variedSessions()).contains("\"minutes\": 20,"));
    EXPECT_TRUE(HistoryExporter::toJson(variedSessions()).contains("\"pace\": 12.5\n"));
    EXPECT_TRUE(array[1]
                    .toObject()
                    .value(QStringLiteral("fit"))
                    .toObject()
                    .contains(QStringLiteral("easier")));
    SessionRecord asWritten = variedSessions().first();
    asWritten.fit.reset();
    EXPECT_TRUE(QJsonDocument::fromJson(HistoryExporter::toJson({asWritten}))
                    .array()[0]
                    .toObject()
                    .value(QStringLiteral("fit"))
                    .isNull());
}

// A cell that starts like a formula is text to a spreadsheet (section 5), in every text column.
TEST(HistoryExporter, CsvNeutralisesSpreadsheetFormulas)
{
    const QStringList starts = {QStringLiteral("=HYPERLINK(\"http://x\")"),
                                QStringLiteral("+1"),
                                QStringLiteral("-2+3"),
                                QStringLiteral("@SUM(A1)"),
                                QStringLiteral("\t=1"),
                                QStringLiteral("\r=1")};
    for (const QString& start : starts) {
        SCOPED_TRACE(start.toStdString());
        SessionRecord session = variedSessions().last();
        session.routineId = start;
        session.routineTitle = start;
        session.routineFile = start;
        session.note = start;
        const QList<QStringList> rows =
            parseCsv(QString::fromUtf8(HistoryExporter::toCsv({session})));
        ASSERT_EQ(rows.size(), 2);
        for (int column : {1, 2, 3, 18})
            EXPECT_EQ(rows[1][column], QLatin1Char('\'') + start) << column;
    }
    // Only at the start, and not a value that merely holds one.
    SessionRecord session = variedSessions().last();
    session.note = QStringLiteral("a=b, 1+1 and -5");
    session.routineTitle = QStringLiteral("'quoted'");
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(HistoryExporter::toCsv({session})));
    EXPECT_EQ(rows[1][18], QStringLiteral("a=b, 1+1 and -5"));
    EXPECT_EQ(rows[1][2], QStringLiteral("'quoted'"));
}

TEST(HistoryExporter, NoExportHoldsANul)
{
    const QString withNul = QStringLiteral("before") + QChar(u'\0') + QStringLiteral("after");
    SessionRecord session = variedSessions().last();
    session.routineTitle = withNul;
    session.routineFile = withNul;
    session.note = withNul;
    session.steps[0].pose = withNul;
    for (const QByteArray& bytes :
         {HistoryExporter::toCsv({session}), HistoryExporter::toJson({session})})
        EXPECT_FALSE(bytes.contains('\0'));
    EXPECT_TRUE(HistoryExporter::toCsv({session}).contains("beforeafter"));
    // JSON writes a NUL as \u0000, which a reader turns back into one: it is left out too.
    const QJsonObject json =
        QJsonDocument::fromJson(HistoryExporter::toJson({session})).array()[0].toObject();
    for (const QString& text : {json.value(QStringLiteral("routine_title")).toString(),
                                json.value(QStringLiteral("routine_file")).toString(),
                                json.value(QStringLiteral("note")).toString(),
                                json.value(QStringLiteral("steps"))
                                    .toArray()[0]
                                    .toObject()
                                    .value(QStringLiteral("pose"))
                                    .toString()})
        EXPECT_EQ(text, QStringLiteral("beforeafter"));
}

TEST_F(HistoryTest, ExportOfAStoredHistoryRoundTrips)
{
    auto store = openStore();
    QList<SessionRecord> records = variedSessions();
    for (SessionRecord& record : records) {
        if (record.outcome == SessionOutcome::InProgress)
            record.end = {};
    }
    ASSERT_TRUE(store->addSessions(records).ok());
    const QString file = m_dir.filePath(QStringLiteral("out.json"));
    const Result<QString> result = HistoryExporter::exportHistory(*store, file);
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    EXPECT_TRUE(result->contains(QDir::toNativeSeparators(file)));

    const QJsonArray array = QJsonDocument::fromJson(readAll(file)).array();
    ASSERT_EQ(array.size(), 2);
    const QList<SessionRecord> stored = store->sessions().value();
    EXPECT_EQ(fromJson(array[0].toObject()), stored[1]);
    EXPECT_EQ(fromJson(array[1].toObject()), stored[0]);
    EXPECT_EQ(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther), 0);
}

TEST_F(HistoryTest, ExportThroughPathsWritesCsv)
{
    const Paths paths(m_dir.path());
    m_path = paths.historyDatabase();
    ASSERT_TRUE(openStore()->addSessions({finishedSession(utc(2024, 5, 1, 7), 60000)}).ok());
    const QString file = m_dir.filePath(QStringLiteral("history.csv"));
    const Result<QString> result = HistoryExporter::exportHistory(paths, file);
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    EXPECT_TRUE(result.warning().isEmpty());
    EXPECT_EQ(parseCsv(QString::fromUtf8(readAll(file))).size(), 2);
}

TEST_F(HistoryTest, ExportWithoutAHistoryIsEmptyAndCreatesNothing)
{
    const Paths paths(m_dir.filePath(QStringLiteral("fresh")));
    const QString file = m_dir.filePath(QStringLiteral("empty.json"));
    const Result<QString> result = HistoryExporter::exportHistory(paths, file);
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(readAll(file)).array().size(), 0);
    EXPECT_FALSE(QFileInfo::exists(paths.historyDatabase()));
}

TEST_F(HistoryTest, ExportErrorsAreFailuresWithMessages)
{
    const Paths paths(m_dir.path());
    const Result<QString> unknown =
        HistoryExporter::exportHistory(paths, QStringLiteral("out.xlsx"));
    EXPECT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains(QStringLiteral(".csv")));

    ASSERT_TRUE(openStore()->addSessions({finishedSession(utc(2024, 5, 1, 7), 60000)}).ok());
    const QString inMissingFolder = m_dir.filePath(QStringLiteral("no/such/folder/out.csv"));
    const Result<QString> unwritable = HistoryExporter::exportHistory(paths, inMissingFolder);
    EXPECT_FALSE(unwritable.ok());
    EXPECT_TRUE(unwritable.error().contains(QDir::toNativeSeparators(inMissingFolder)));

    // A damaged history is moved aside and said so; the export of the fresh one goes on.
    ASSERT_TRUE(writeAll(paths.historyDatabase(), QByteArray(4096, 'x')));
    const Result<QString> afterDamage =
        HistoryExporter::exportHistory(paths, m_dir.filePath(QStringLiteral("x.csv")));
    EXPECT_TRUE(afterDamage.ok()) << afterDamage.error().toStdString();
    EXPECT_FALSE(afterDamage.warning().isEmpty());
}

TEST_F(HistoryTest, ExportReplacesAnExistingFileWhole)
{
    const QString file = m_dir.filePath(QStringLiteral("out.csv"));
    ASSERT_TRUE(writeAll(file, QByteArray(100000, 'z')));
    auto store = openStore();
    ASSERT_TRUE(HistoryExporter::exportHistory(*store, file).ok());
    EXPECT_EQ(parseCsv(QString::fromUtf8(readAll(file))).size(), 1);
}
