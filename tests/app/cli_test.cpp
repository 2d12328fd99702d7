#include <gtest/gtest.h>

#include "cli_run.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <string>
#include <string_view>

#include "core/fit.h"
#include "core/routine_parser.h"
#include "core/timeline.h"
#include "core/timeline_json.h"

namespace {

using namespace unclutch::test;

const QByteArray minimal = R"({
  "format": 1,
  "title": "Slow cat-cow",
  "steps": [
    { "pose": "Tabletop", "duration": 30 }
  ]
})";

} // namespace

TEST(Cli, ValidateOkFileAndExitZero)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("good.json")), minimal);
    const Outcome r = run({QStringLiteral("--validate"), QStringLiteral("good.json")}, dir.path());
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("good.json: ok\n"));
    EXPECT_EQ(r.err, QString());
}

TEST(Cli, ValidateFolderNamesFilesAsGivenAndSkipsSchemas)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("lib"));
    writeFile(dir.filePath(QStringLiteral("lib/b.json")), minimal);
    writeFile(dir.filePath(QStringLiteral("lib/routine.schema.json")), "not json at all");
    writeFile(dir.filePath(QStringLiteral("lib/a.json")), "{\n  \"format\": 2\n}");
    const Outcome r = run({QStringLiteral("--validate"), QStringLiteral("lib/")}, dir.path());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.out, QStringLiteral("lib/b.json: ok\n"));
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("lib/a.json:"))) << r.err.toStdString();
    EXPECT_NE(r.err.indexOf(QStringLiteral("lib/a.json:2:13: error: /format: ")), -1)
        << r.err.toStdString();
    EXPECT_EQ(r.err.indexOf(QStringLiteral("schema")), -1) << r.err.toStdString();
}

TEST(Cli, ValidateSyntaxErrorHasLineAndColumnAndNoPointer)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("bad.json")), "{\n  \"format\": 1,,\n}");
    const Outcome r = run({QStringLiteral("--validate"), QStringLiteral("bad.json")}, dir.path());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("bad.json:2:15: error: "))) << r.err.toStdString();
}

TEST(Cli, ValidateUnreadableOrMissingFileIsExitOne)
{
    const Outcome r = run({QStringLiteral("--validate"), QStringLiteral("/nonexistent/r.json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("/nonexistent/r.json: error: ")))
        << r.err.toStdString();
}

TEST(Cli, ValidateWarningsKeepExitZero)
{
    QTemporaryDir dir;
    writeFile(
        dir.filePath(QStringLiteral("w.json")),
        R"({"format": 1, "title": "T", "steps": [{"pose": "P", "duration": 5, "duraton": 5}]})");
    const Outcome r = run({QStringLiteral("--validate"), QStringLiteral("w.json")}, dir.path());
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(
        r.err.indexOf(QStringLiteral(
            "w.json:1:68: warning: /steps/0/duraton: unknown key; did you mean \"duration\"?")),
        -1)
        << r.err.toStdString();
}

TEST(Cli, UsageErrorsExitTwo)
{
    EXPECT_EQ(run({QStringLiteral("--validate")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("--no-such-option")}).exitCode, 2);
}

TEST(Cli, HelpAndVersionNeedNoDisplay)
{
    const Outcome help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.indexOf(QStringLiteral("--validate")), -1);
    // The program's name, not Qt's placeholder for it.
    EXPECT_TRUE(help.out.startsWith(QStringLiteral("Usage: unclutch [options]")))
        << help.out.toStdString();
    const Outcome version = run({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("unclutch "))) << version.out.toStdString();
}

TEST(Cli, ListShowsBundledAndOwnRoutinesAndReportsBrokenOnes)
{
    QTemporaryDir data;
    QDir(data.path()).mkpath(QStringLiteral("routines"));
    writeFile(data.filePath(QStringLiteral("routines/My Routine (v2).json")), minimal);
    writeFile(data.filePath(QStringLiteral("routines/broken.json")), "{");
    const Outcome r = run({QStringLiteral("--list"), QStringLiteral("--data-dir"), data.path()});
    EXPECT_EQ(r.exitCode, 0);
    const QString own = QStringLiteral("my-routine-v2\tSlow cat-cow\t0:35\t") +
                        data.filePath(QStringLiteral("routines/My Routine (v2).json")) +
                        QLatin1Char('\n');
    EXPECT_NE(r.out.indexOf(own), -1) << r.out.toStdString();
    EXPECT_NE(r.out.indexOf(QStringLiteral("release-the-clutch\t")), -1) << r.out.toStdString();
    EXPECT_NE(r.err.indexOf(QStringLiteral("broken.json:")), -1) << r.err.toStdString();
}

TEST(Cli, OnAGermanSystemListAndTimelineStillPrintTheFilesOwnWords)
{
    QTemporaryDir data;
    const QString german = QStringLiteral("de_DE.UTF-8");
    const Outcome list =
        run({QStringLiteral("--list"), QStringLiteral("--data-dir"), data.path()}, {}, {}, german);
    EXPECT_EQ(list.exitCode, 0);
    EXPECT_NE(list.out.indexOf(QStringLiteral("release-the-clutch\tRelease the clutch\t")), -1)
        << list.out.toStdString();
    const Outcome timeline = run({QStringLiteral("--timeline"),
                                  QStringLiteral(UNCLUTCH_ROUTINES_DIR "/release-the-clutch.json")},
                                 {}, {}, german);
    EXPECT_EQ(timeline.exitCode, 0);
    EXPECT_NE(timeline.out.indexOf(QStringLiteral("Slow cat-cow")), -1)
        << timeline.out.left(400).toStdString();
    EXPECT_EQ(timeline.out.indexOf(QStringLiteral("Katze")), -1);
}

TEST(Cli, TimelineOfTheContractsExample)
{
    QTemporaryDir dir;
    QFile example(QStringLiteral(UNCLUTCH_TEST_DATA_DIR "/valid/minimal.json"));
    ASSERT_TRUE(example.open(QIODevice::ReadOnly));
    writeFile(dir.filePath(QStringLiteral("slow-cat-cow.json")), example.readAll());
    const Outcome r =
        run({QStringLiteral("--timeline"), QStringLiteral("slow-cat-cow.json")}, dir.path());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject timeline = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(timeline.value(QStringLiteral("id")).toString(), QStringLiteral("slow-cat-cow"));
    EXPECT_EQ(timeline.value(QStringLiteral("title")).toString(), QStringLiteral("Slow cat-cow"));
    EXPECT_EQ(timeline.value(QStringLiteral("total_ms")).toInteger(), 320000);
    const QJsonArray events = timeline.value(QStringLiteral("events")).toArray();
    ASSERT_FALSE(events.isEmpty());
    EXPECT_EQ(events.first().toObject(),
              QJsonDocument::fromJson(R"({"t_ms": 0, "type": "prepare", "step": 0, "side": null,
                  "pose": "Tabletop", "duration_ms": 5000})")
                  .object());
    EXPECT_EQ(events.last().toObject(),
              QJsonDocument::fromJson(R"({"t_ms": 320000, "type": "end"})").object());
    bool sawCue = false;
    for (const QJsonValue& event : events) {
        if (event.toObject().value(QStringLiteral("type")).toString() == QStringLiteral("cue")) {
            EXPECT_EQ(event.toObject(), QJsonDocument::fromJson(R"({"t_ms": 225000, "type": "cue",
                "step": 2, "side": "left", "text": "Keep both hips square."})")
                                            .object());
            sawCue = true;
            break;
        }
    }
    EXPECT_TRUE(sawCue);
}

TEST(Cli, TimelineOfAnInvalidFileIsExitOneWithTheValidateMessages)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("bad.json")),
              R"({"format": 1, "title": "T", "steps": []})");
    const Outcome r = run({QStringLiteral("--timeline"), QStringLiteral("bad.json")}, dir.path());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("bad.json:1:38: error: /steps: ")))
        << r.err.toStdString();
}

namespace {

// What the core makes of the same file and choices, as --timeline must print it.
std::string coreTimeline(const QString& path, const unclutch::core::FitChoices& choices)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const unclutch::core::ParseResult parsed = unclutch::core::RoutineParser::parse(
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
        QFileInfo(path).fileName().toStdString());
    EXPECT_TRUE(parsed.ok());
    const unclutch::core::FitResult fitted = unclutch::core::fit(*parsed.routine, choices);
    EXPECT_TRUE(fitted.ok());
    return unclutch::core::timeline_to_json(*fitted.fitted,
                                            unclutch::core::Timeline(fitted.fitted->routine)) +
           "\n";
}

} // namespace

TEST(Cli, TimelineWithFitOptionsPrintsTheCoresFittedTimeline)
{
    QTemporaryDir dir;
    QFile::copy(QStringLiteral(UNCLUTCH_ROUTINES_DIR "/release-the-clutch.json"),
                dir.filePath(QStringLiteral("r.json")));
    const QString path = dir.filePath(QStringLiteral("r.json"));
    const struct {
        QStringList options;
        unclutch::core::FitChoices choices;
    } cases[] = {
        {{}, {}},
        {{QStringLiteral("--easier")}, {std::nullopt, std::nullopt, true}},
        {{QStringLiteral("--minutes"), QStringLiteral("10")}, {10.0, std::nullopt, false}},
        {{QStringLiteral("--pace"), QStringLiteral("7.5")}, {std::nullopt, 7.5, false}},
        {{QStringLiteral("--minutes"), QStringLiteral("25.5"), QStringLiteral("--pace"),
          QStringLiteral("20"), QStringLiteral("--easier")},
         {25.5, 20.0, true}},
    };
    for (const auto& c : cases) {
        const Outcome r = run(QStringList{QStringLiteral("--timeline"), path} + c.options);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(r.out.toStdString(), coreTimeline(path, c.choices))
            << c.options.join(QLatin1Char(' ')).toStdString();
    }
}

TEST(Cli, TimelineFitIsNullWithoutLengthOrPaceAndWholeNumbersPrintWhole)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("r.json")), minimal);
    const Outcome plain = run({QStringLiteral("--timeline"), QStringLiteral("r.json")}, dir.path());
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    EXPECT_NE(plain.out.indexOf(QStringLiteral(R"("total_ms":35000,"fit":null,"events":)")), -1)
        << plain.out.toStdString();

    // 30 s of the one 30 s step and 5 s of get-ready: one minute asks for 55 s, p = 182.
    const Outcome fitted = run({QStringLiteral("--timeline"), QStringLiteral("r.json"),
                                QStringLiteral("--minutes"), QStringLiteral("1.0")},
                               dir.path());
    ASSERT_EQ(fitted.exitCode, 0) << fitted.err.toStdString();
    EXPECT_NE(fitted.out.indexOf(QStringLiteral(
                  R"("total_ms":60000,"fit":{"minutes":1,"pace":null,"scale":1.82},"events":)")),
              -1)
        << fitted.out.toStdString();
}

TEST(Cli, FitOptionsOutOfRangeAreUsageErrorsNamingTheOption)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("r.json")), minimal);
    const struct {
        QStringList arguments;
        QString message;
    } cases[] = {
        {{QStringLiteral("--minutes"), QStringLiteral("abc")},
         QStringLiteral("--minutes must be a number of minutes from 1 to 240, got \"abc\"")},
        {{QStringLiteral("--minutes"), QStringLiteral("241")},
         QStringLiteral("--minutes must be a number of minutes from 1 to 240, got \"241\"")},
        {{QStringLiteral("--pace"), QStringLiteral("0.5")},
         QStringLiteral("--pace must be a number of seconds from 1 to 120, got \"0.5\"")},
        {{QStringLiteral("--pace"), QStringLiteral("\x1b[2J")},
         QStringLiteral(R"(--pace must be a number of seconds from 1 to 120, got "\u001b[2J")")},
    };
    for (const auto& c : cases) {
        const Outcome r =
            run(QStringList{QStringLiteral("--timeline"), QStringLiteral("r.json")} + c.arguments,
                dir.path());
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("unclutch: ") + c.message + QLatin1Char('\n')))
            << r.err.toStdString();
        EXPECT_EQ(r.err.indexOf(QChar(0x1b)), -1);
    }
    const Outcome list = run({QStringLiteral("--list"), QStringLiteral("--easier")});
    EXPECT_EQ(list.exitCode, 2);
    EXPECT_TRUE(
        list.err.startsWith(QStringLiteral("unclutch: --easier goes with --play or --timeline")))
        << list.err.toStdString();
}

TEST(Cli, APaceThatMakesAStepTooLongIsAUsageErrorNamingTheStep)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("r.json")), R"({"format": 1, "title": "T", "steps": [
        {"pose": "Rest", "duration": 10},
        {"pose": "Cycles", "pacing": {"cycle": 5, "cycles": 500, "phases": [{"name": "n", "share": 1}]}}]})");
    const Outcome r = run({QStringLiteral("--timeline"), QStringLiteral("r.json"),
                           QStringLiteral("--pace"), QStringLiteral("8")},
                          dir.path());
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(r.err, QStringLiteral("unclutch: a pace of 8 seconds makes step 2 last 4000 seconds; "
                                    "a step may last at most 3600 seconds\n"));
}

// --play is the app, but a routine it cannot play is reported before any window system is
// needed: these run with no display and no platform set, as from a plain terminal.
TEST(Cli, PlayAnUnknownIdIsAMessageAndExitOne)
{
    QTemporaryDir dataDir;
    const Outcome outcome = run({QStringLiteral("--data-dir"), dataDir.path(),
                                 QStringLiteral("--play"), QStringLiteral("no-such-routine")});
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_NE(
        outcome.err.indexOf(QStringLiteral("no routine file or library id \"no-such-routine\"")),
        -1)
        << outcome.err.toStdString();
}

TEST(Cli, PlayAnInvalidFileGivesItsErrorsAndExitOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    writeFile(path, R"({"format": 1, "title": "Broken", "steps": []})");
    const Outcome outcome =
        run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--play"), path});
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_NE(outcome.err.indexOf(QStringLiteral("broken.json")), -1) << outcome.err.toStdString();
    EXPECT_NE(outcome.err.indexOf(QStringLiteral("error")), -1);
}

// A --play start opens the history before the session loads (a library start opens it only
// after the first paint): the session is played to its end and is in the history.
TEST(Cli, PlayStartsAtOnceAndRecordsTheSessionInTheHistory)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("short.json"));
    writeFile(path, R"({"format": 1, "id": "cli-short", "title": "Short", "transition": 0,
                        "steps": [{"pose": "Stand", "duration": 1}]})");
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString log = dir.filePath(QStringLiteral("events.jsonl"));
    const Outcome played =
        playUnattended({QStringLiteral("--data-dir"), data, QStringLiteral("--event-log"), log,
                        QStringLiteral("--play"), path});
    EXPECT_EQ(played.exitCode, 0) << played.err.toStdString();
    // The history and the audio modules were found and loaded (ModuleLoader says when not).
    EXPECT_FALSE(played.err.contains(QStringLiteral("module"))) << played.err.toStdString();
    QFile events(log);
    ASSERT_TRUE(events.open(QIODevice::ReadOnly));
    EXPECT_FALSE(events.readAll().trimmed().isEmpty());

    const QString csv = dir.filePath(QStringLiteral("history.csv"));
    const Outcome exported =
        run({QStringLiteral("--data-dir"), data, QStringLiteral("--export-history"), csv});
    EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 2) << "one session after the header";
    EXPECT_TRUE(lines.at(1).contains("cli-short")) << lines.at(1).toStdString();
}

// --play --minutes M --pace S --easier plays what --timeline … --minutes M --pace S prints, and
// the history keeps the choices. The routine is too short to reach a minute: at the largest
// scale (4×, section 4) it plays 8 s, the step of 1 s for 4 s and one cycle at the pace of 1 s
// four times.
TEST(Cli, PlayFitsTheRoutineAsTimelinePrintsItAndRecordsTheChoices)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fit.json"));
    writeFile(path, R"({"format": 1, "id": "cli-fit", "title": "Fit", "transition": 0, "steps": [
        {"pose": "Stand", "duration": 1},
        {"pose": "Cat-cow", "easier": {"pose": "Small cat-cow"},
         "pacing": {"cycle": 2, "cycles": 1,
                    "phases": [{"name": "in", "share": 0.5}, {"name": "out", "share": 0.5}]}}]})");
    const QStringList fit = {QStringLiteral("--minutes"), QStringLiteral("1"),
                             QStringLiteral("--pace"), QStringLiteral("1")};
    const Outcome timeline = run(QStringList{QStringLiteral("--timeline"), path} + fit);
    ASSERT_EQ(timeline.exitCode, 0) << timeline.err.toStdString();
    const QJsonObject fitted = QJsonDocument::fromJson(timeline.out.toUtf8()).object();
    ASSERT_EQ(fitted.value(QStringLiteral("total_ms")).toInteger(), 8000);

    const QString data = dir.filePath(QStringLiteral("data"));
    const QString log = dir.filePath(QStringLiteral("events.jsonl"));
    qputenv("UNCLUTCH_QUIT_AT_END", "1");
    qputenv("PULSE_SERVER", "unix:/nonexistent/unclutch-cli-test");
    const Outcome played =
        run(QStringList{QStringLiteral("--data-dir"), data, QStringLiteral("--event-log"), log,
                        QStringLiteral("--play"), path, QStringLiteral("--easier")} +
                fit,
            {}, QStringLiteral("offscreen"));
    qunsetenv("UNCLUTCH_QUIT_AT_END");
    qunsetenv("PULSE_SERVER");
    ASSERT_EQ(played.exitCode, 0) << played.err.toStdString();

    // Every event of the fitted timeline, in order, at its time and none early (as
    // scripts/check-event-log.py checks); the voice's lines are not timeline events.
    QFile events(log);
    ASSERT_TRUE(events.open(QIODevice::ReadOnly));
    QList<QPair<qint64, QString>> logged;
    for (const QByteArray& line : events.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        const QString type = event.value(QStringLiteral("type")).toString();
        if (type.startsWith(QStringLiteral("speech")))
            continue;
        EXPECT_GE(event.value(QStringLiteral("fired_ms")).toDouble(),
                  event.value(QStringLiteral("t_ms")).toDouble());
        logged.append({qRound64(event.value(QStringLiteral("t_ms")).toDouble()), type});
    }
    QList<QPair<qint64, QString>> expected;
    for (const QJsonValue& value : fitted.value(QStringLiteral("events")).toArray()) {
        const QJsonObject event = value.toObject();
        expected.append({event.value(QStringLiteral("t_ms")).toInteger(),
                         event.value(QStringLiteral("type")).toString()});
    }
    EXPECT_EQ(logged, expected);

    const QString json = dir.filePath(QStringLiteral("history.json"));
    ASSERT_EQ(run({QStringLiteral("--data-dir"), data, QStringLiteral("--export-history"), json})
                  .exitCode,
              0);
    QFile file(json);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonArray sessions = QJsonDocument::fromJson(file.readAll()).array();
    ASSERT_EQ(sessions.size(), 1);
    const QJsonObject session = sessions.at(0).toObject();
    EXPECT_EQ(session.value(QStringLiteral("planned_active_ms")).toInteger(), 8000);
    EXPECT_EQ(session.value(QStringLiteral("fit")).toObject(),
              (QJsonObject{{QStringLiteral("minutes"), 1},
                           {QStringLiteral("pace"), 1},
                           {QStringLiteral("easier"), true}}));
    const QJsonArray steps = session.value(QStringLiteral("steps")).toArray();
    ASSERT_EQ(steps.size(), 2);
    EXPECT_FALSE(steps.at(0).toObject().value(QStringLiteral("easier")).toBool());
    EXPECT_TRUE(steps.at(1).toObject().value(QStringLiteral("easier")).toBool())
        << "easier throughout starts the step that has an easier variant in it";
}

// Like --timeline's, --play's fit options are checked before there is a display: a value out of
// range, or a pace the routine cannot take, is a usage error naming the option or the step.
TEST(Cli, PlayFitOptionsTheRoutineCannotTakeAreUsageErrors)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("r.json")), R"({"format": 1, "title": "T", "steps": [
        {"pose": "Rest", "duration": 10},
        {"pose": "Cycles", "pacing": {"cycle": 5, "cycles": 500, "phases": [{"name": "n", "share": 1}]}}]})");
    const struct {
        QStringList arguments;
        QString message;
    } cases[] = {
        {{QStringLiteral("--minutes"), QStringLiteral("0")},
         QStringLiteral("--minutes must be a number of minutes from 1 to 240, got \"0\"")},
        {{QStringLiteral("--pace"), QStringLiteral("slow")},
         QStringLiteral("--pace must be a number of seconds from 1 to 120, got \"slow\"")},
        {{QStringLiteral("--pace"), QStringLiteral("8")},
         QStringLiteral("a pace of 8 seconds makes step 2 last 4000 seconds; a step may last at "
                        "most 3600 seconds")},
    };
    for (const auto& c : cases) {
        const Outcome r = run(QStringList{QStringLiteral("--data-dir"), dir.path(),
                                          QStringLiteral("--play"), QStringLiteral("r.json")} +
                                  c.arguments,
                              dir.path());
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("unclutch: ") + c.message + QLatin1Char('\n')))
            << r.err.toStdString();
    }
}

TEST(Cli, ExportHistoryOfAnEmptyDataDirToCsvWritesTheHeaderRow)
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    const Outcome r =
        run({QStringLiteral("--data-dir"), data, QStringLiteral("--export-history"), out});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.out.isEmpty());
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_TRUE(lines.first().contains("start")) << lines.first().toStdString();
    // Only the header: nothing after its line end.
    EXPECT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines.at(1).isEmpty());
}

TEST(Cli, ExportHistoryToAnUnknownExtensionIsAUsageError)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.txt"));
    const Outcome r = run({QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                           QStringLiteral("--export-history"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains(QStringLiteral(".csv or .json"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("data/history.sqlite"))));
}

namespace {

const QByteArray hipOpeners = R"({
  "format": 1,
  "id": "hip-openers",
  "title": "Hip openers",
  "steps": [
    { "pose": "Figure four", "duration": 60, "image": "images/figure-four.png" }
  ]
})";

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(Cli, ImportCopiesTheRoutineWithItsPictureAndPrintsIdAndPath)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("mail/images"));
    writeFile(dir.filePath(QStringLiteral("mail/images/figure-four.png")), "a picture");
    writeFile(dir.filePath(QStringLiteral("mail/hips.json")), hipOpeners);
    const QString data = dir.filePath(QStringLiteral("data"));
    const Outcome r = run({QStringLiteral("--import"), QStringLiteral("mail/hips.json"),
                           QStringLiteral("--data-dir"), data},
                          dir.path());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.err, QString());
    const QString copy = QDir(data).filePath(QStringLiteral("routines/hip-openers.json"));
    EXPECT_EQ(r.out, QStringLiteral("hip-openers\t") + copy + u'\n');
    EXPECT_EQ(readFile(QDir(data).filePath(QStringLiteral("routines/images/figure-four.png"))),
              "a picture");
    // The library lists it, and --validate finds its picture beside it.
    const Outcome list = run({QStringLiteral("--list"), QStringLiteral("--data-dir"), data});
    EXPECT_NE(list.out.indexOf(QStringLiteral("hip-openers\tHip openers\t")), -1)
        << list.out.toStdString();
    const Outcome valid = run({QStringLiteral("--validate"), copy});
    EXPECT_EQ(valid.exitCode, 0);
    EXPECT_EQ(valid.out, copy + QStringLiteral(": ok\n")) << valid.err.toStdString();
}

TEST(Cli, ImportGivesATakenIdAFreshOne)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("a.json")), hipOpeners);
    writeFile(dir.filePath(QStringLiteral("b.json")), hipOpeners);
    QByteArray clutch = hipOpeners;
    clutch.replace("hip-openers", "release-the-clutch");
    writeFile(dir.filePath(QStringLiteral("c.json")), clutch);
    const QString data = dir.filePath(QStringLiteral("data"));
    // Two files of one import with one id, and the id of a bundled routine.
    const Outcome r =
        run({QStringLiteral("--data-dir"), data, QStringLiteral("--import"),
             QStringLiteral("a.json"), QStringLiteral("b.json"), QStringLiteral("c.json")},
            dir.path());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << r.out.toStdString();
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("hip-openers\t"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("hip-openers-2\t"))) << lines[1].toStdString();
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("release-the-clutch-2\t")))
        << lines[2].toStdString();
    // Importing again takes the next one.
    const Outcome again = run(
        {QStringLiteral("--data-dir"), data, QStringLiteral("--import"), QStringLiteral("a.json")},
        dir.path());
    EXPECT_TRUE(again.out.startsWith(QStringLiteral("hip-openers-3\t"))) << again.out.toStdString();
    const Outcome list = run({QStringLiteral("--list"), QStringLiteral("--data-dir"), data});
    EXPECT_EQ(list.err, QString()) << "no routine of the library is refused for its id";
}

TEST(Cli, ImportRefusesAnInvalidFileWithItsMessagesAndExitOne)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("images"));
    writeFile(dir.filePath(QStringLiteral("images/figure-four.png")), "a picture");
    QByteArray broken = hipOpeners;
    broken.replace("\"duration\": 60", "\"duration\": \"60\"");
    writeFile(dir.filePath(QStringLiteral("broken.json")), broken);
    writeFile(dir.filePath(QStringLiteral("good.json")), minimal);
    const QString data = dir.filePath(QStringLiteral("data"));
    const Outcome r = run({QStringLiteral("--import"), QStringLiteral("broken.json"),
                           QStringLiteral("good.json"), QStringLiteral("--data-dir"), data},
                          dir.path());
    EXPECT_EQ(r.exitCode, 1);
    // The --validate line, and the valid file beside it imported all the same.
    const Outcome validate =
        run({QStringLiteral("--validate"), QStringLiteral("broken.json")}, dir.path());
    EXPECT_EQ(r.err, validate.err);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("broken.json:6:"))) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("good\t") +
                         QDir(data).filePath(QStringLiteral("routines/good.json")) + u'\n');
    const QStringList copied = QDir(QDir(data).filePath(QStringLiteral("routines")))
                                   .entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    EXPECT_EQ(copied, QStringList(QStringLiteral("good.json")));
}

// A routine whose pictures did not come with it is imported with a warning per picture, one a
// line as --validate prints them (not run together into one escaped line).
TEST(Cli, ImportWarnsOfEachMissingPictureOnALineOfItsOwn)
{
    QTemporaryDir dir;
    QByteArray twoPictures = hipOpeners;
    twoPictures.replace(
        R"({ "pose": "Figure four", "duration": 60, "image": "images/figure-four.png" })",
        R"({ "pose": "Figure four", "duration": 60, "image": "images/figure-four.png" },
    { "pose": "Pigeon", "duration": 60, "image": "images/pigeon.png" })");
    writeFile(dir.filePath(QStringLiteral("hips.json")), twoPictures);
    const QString data = dir.filePath(QStringLiteral("data"));
    const Outcome r = run({QStringLiteral("--import"), QStringLiteral("hips.json"),
                           QStringLiteral("--data-dir"), data},
                          dir.path());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const Outcome validate =
        run({QStringLiteral("--validate"), QStringLiteral("hips.json")}, dir.path());
    EXPECT_EQ(r.err.split(u'\n', Qt::SkipEmptyParts).size(), 2) << r.err.toStdString();
    EXPECT_EQ(r.err, validate.err);
}

TEST(Cli, ImportOfSomethingThatIsNotAFileIsExitOne)
{
    QTemporaryDir dir;
    const Outcome r = run({QStringLiteral("--import"), dir.path(), QStringLiteral("--data-dir"),
                           dir.filePath(QStringLiteral("data"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(dir.path() + QStringLiteral(": error: "))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
}
