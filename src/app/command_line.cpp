#include "command_line.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace unclutch::app {

namespace {

// lupdate files the tr() calls of this file under the context it would give a member tr().
QString tr(const char* text)
{
    return QCoreApplication::translate("unclutch::app::CommandLine", text);
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
    const QCommandLineOption timeline(
        QStringLiteral("timeline"), tr("Print the timed events of a routine as JSON."), tr("FILE"));
    const QCommandLineOption list(QStringLiteral("list"),
                                  tr("List the routine library: id, title, length, path."));
    const QCommandLineOption play(QStringLiteral("play"), tr("Start a routine at once."),
                                  tr("FILE|ID"));
    const QCommandLineOption exportHistory(QStringLiteral("export-history"),
                                           tr("Export the session history as CSV or JSON."),
                                           tr("FILE"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Keep history and own routines in DIR."), tr("DIR"));
    const QCommandLineOption eventLog(QStringLiteral("event-log"),
                                      tr("With --play: write one JSON line per fired event."),
                                      tr("FILE"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("Log to the terminal too."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    parser.addOptions(
        {validate, timeline, list, play, exportHistory, dataDir, eventLog, verbose, help, version});
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 tr("With --validate: routine files or folders."), tr("[PATH…]"));

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
    pick(timeline, Mode::Timeline);
    pick(list, Mode::List);
    pick(play, Mode::Play);
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
        return usageError(
            tr("choose one of --validate, --timeline, --list, --play, --export-history"));
    if (result.mode == Mode::Timeline)
        result.file = parser.value(timeline);
    else if (result.mode == Mode::Play)
        result.file = parser.value(play);
    else if (result.mode == Mode::ExportHistory)
        result.file = parser.value(exportHistory);

    if (result.mode == Mode::Validate && result.paths.isEmpty())
        return usageError(tr("--validate needs at least one routine file or folder"));
    if (result.mode != Mode::Validate && !result.paths.isEmpty())
        return usageError(tr("unexpected argument \"%1\"").arg(result.paths.first()));
    if (!result.eventLog.isEmpty() && result.mode != Mode::Play)
        return usageError(tr("--event-log goes with --play"));
    return result;
}

} // namespace unclutch::app
