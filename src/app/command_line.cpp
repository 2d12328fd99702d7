#include "command_line.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

#include "app/console.h"

namespace unclutch::app {

namespace {

// lupdate files the tr() calls of this file under the context it would give a member tr().
QString tr(const char* text)
{
    return QCoreApplication::translate("unclutch::app::CommandLine", text);
}

// A number as QString reads it (C locale, so "7.5" everywhere), if `inRange` accepts it.
std::optional<double> numberIn(const QString& text, bool (*inRange)(double))
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !inRange(value))
        return std::nullopt;
    return value;
}

} // namespace

CommandLine CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Unclutch guides you through slow, timed routines for back pain."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);

    const QCommandLineOption validate(
        QStringLiteral("validate"), tr("Check routine files or folders and report every problem."));
    const QCommandLineOption import(
        QStringLiteral("import"),
        tr("Check routine files and copy them, with their pictures, into your routines."));
    const QCommandLineOption timeline(
        QStringLiteral("timeline"), tr("Print the timed events of a routine as JSON."), tr("FILE"));
    const QCommandLineOption list(QStringLiteral("list"),
                                  tr("List the routine library: id, title, length, path."));
    const QCommandLineOption play(QStringLiteral("play"), tr("Start a routine at once."),
                                  tr("FILE|ID"));
    const QCommandLineOption resume(QStringLiteral("resume"),
                                    tr("Resume the latest session cut short at once."));
    const QCommandLineOption exportHistory(QStringLiteral("export-history"),
                                           tr("Export the session history as CSV or JSON."),
                                           tr("FILE"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Keep history and own routines in DIR."), tr("DIR"));
    const QCommandLineOption eventLog(
        QStringLiteral("event-log"),
        tr("With --play or --resume: write one JSON line per fired event."), tr("FILE"));
    const QCommandLineOption minutes(
        QStringLiteral("minutes"),
        tr("With --play or --timeline: fit the routine to about M minutes (1 to 240)."), tr("M"));
    const QCommandLineOption pace(
        QStringLiteral("pace"),
        tr("With --play or --timeline: S seconds for every slow movement cycle (1 to 120)."),
        tr("S"));
    const QCommandLineOption easier(
        QStringLiteral("easier"),
        tr("With --play or --timeline: play every easier variant from the start."));
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("Log to the terminal too."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    parser.addOptions({validate, import, timeline, list, play, resume, exportHistory, dataDir,
                       eventLog, minutes, pace, easier, verbose, help, version});
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 tr("With --validate: routine files or folders. With --import: "
                                    "routine files. Alone: a routine file to add or play."),
                                 tr("[PATH…]"));

    CommandLine result;
    // Qt names the program in its usage line only once an application object exists, which
    // comes after the command line here: until then it writes a placeholder.
    result.helpText = parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                QCoreApplication::applicationName());
    if (!parser.parse(arguments)) {
        result.mode = Mode::UsageError;
        result.error = parser.errorText();
        return result;
    }
    result.dataDir = parser.value(dataDir);
    result.eventLog = parser.value(eventLog);
    result.verbose = parser.isSet(verbose);
    result.paths = parser.positionalArguments();

    int modes = 0;
    auto pick = [&](const QCommandLineOption& option, Mode mode) {
        if (parser.isSet(option)) {
            ++modes;
            result.mode = mode;
        }
    };
    pick(validate, Mode::Validate);
    pick(import, Mode::Import);
    pick(timeline, Mode::Timeline);
    pick(list, Mode::List);
    pick(play, Mode::Play);
    pick(resume, Mode::Resume);
    pick(exportHistory, Mode::ExportHistory);

    if (parser.isSet(help)) {
        result.mode = Mode::Help;
        return result;
    }
    if (parser.isSet(version)) {
        result.mode = Mode::Version;
        return result;
    }

    auto usageError = [&](const QString& message) {
        result.mode = Mode::UsageError;
        result.error = message;
        return result;
    };
    if (modes > 1)
        return usageError(tr("choose one of --validate, --import, --timeline, --list, --play, "
                             "--resume, --export-history"));
    if (result.mode == Mode::Timeline)
        result.file = parser.value(timeline);
    else if (result.mode == Mode::Play)
        result.file = parser.value(play);
    else if (result.mode == Mode::ExportHistory)
        result.file = parser.value(exportHistory);

    if (result.mode == Mode::Validate && result.paths.isEmpty())
        return usageError(tr("--validate needs at least one routine file or folder"));
    if (result.mode == Mode::Import && result.paths.isEmpty())
        return usageError(tr("--import needs at least one routine file"));
    // The app opened on one file, as a file manager does.
    if (result.mode == Mode::Gui && result.paths.size() == 1)
        result.openFile = result.paths.takeFirst();
    const bool takesPaths = result.mode == Mode::Validate || result.mode == Mode::Import;
    if (!takesPaths && !result.paths.isEmpty())
        return usageError(tr("unexpected argument \"%1\"").arg(result.paths.last()));
    if (!result.eventLog.isEmpty() && result.mode != Mode::Play && result.mode != Mode::Resume)
        return usageError(tr("--event-log goes with --play or --resume"));

    const bool fits = result.mode == Mode::Play || result.mode == Mode::Timeline;
    for (const QCommandLineOption* option : {&minutes, &pace, &easier}) {
        if (parser.isSet(*option) && !fits)
            return usageError(
                tr("--%1 goes with --play or --timeline").arg(option->names().first()));
    }
    if (parser.isSet(minutes)) {
        const QString text = parser.value(minutes);
        result.fit.minutes = numberIn(text, core::FitLimits::minutes_in_range);
        if (!result.fit.minutes)
            return usageError(tr("--minutes must be a number of minutes from 1 to 240, got %1")
                                  .arg(quotedForMessage(text)));
    }
    if (parser.isSet(pace)) {
        const QString text = parser.value(pace);
        result.fit.pace = numberIn(text, core::FitLimits::pace_in_range);
        if (!result.fit.pace)
            return usageError(tr("--pace must be a number of seconds from 1 to 120, got %1")
                                  .arg(quotedForMessage(text)));
    }
    result.fit.easier = parser.isSet(easier);
    return result;
}

} // namespace unclutch::app
