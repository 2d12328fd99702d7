#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>

#include <optional>

#include "app/player/fitted_start.h"
#include "application.h"
#include "cli_commands.h"
#include "command_line.h"
#include "console.h"
#include "core/fit.h"
#include "history_module.h"
#include "module_loader.h"
#include "play_request.h"
#include "resumable_session.h"
#include "storage/paths.h"
#include "storage/routine_library.h"
#include "translation_loader.h"

using namespace unclutch;

namespace {

QStringList argumentsOf(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

int runCommandLine(int argc, char* argv[], const app::CommandLine& commandLine)
{
    using Mode = app::CommandLine::Mode;
    switch (commandLine.mode) {
    case Mode::Help:
        app::printOut(commandLine.helpText.trimmed());
        return 0;
    case Mode::Version:
        app::printOut(QStringLiteral("unclutch " UNCLUTCH_VERSION));
        return 0;
    case Mode::UsageError:
        app::printErr(QStringLiteral("unclutch: ") + commandLine.error);
        app::printErr(QStringLiteral("Try 'unclutch --help'."));
        return 2;
    case Mode::Validate:
    case Mode::Import:
    case Mode::Timeline:
    case Mode::List:
    case Mode::ExportHistory:
    case Mode::Gui:
    case Mode::Play:
    case Mode::Resume:
        break;
    }

    // Command-line modes never create a GUI application object: they work with no display.
    QCoreApplication application(argc, argv);
    const storage::Paths paths(commandLine.dataDir);
    const app::CliCommands commands(paths);
    switch (commandLine.mode) {
    case Mode::Validate:
        return commands.validate(commandLine.paths);
    case Mode::Import:
        return commands.importRoutines(commandLine.paths);
    case Mode::Timeline:
        return commands.timeline(commandLine.file, commandLine.fit);
    case Mode::List:
        return commands.list();
    case Mode::ExportHistory:
        return commands.exportHistory(commandLine.file);
    case Mode::Gui:
    case Mode::Play:
    case Mode::Resume:
    case Mode::Help:
    case Mode::Version:
    case Mode::UsageError:
        break;
    }
    Q_UNREACHABLE(); // isCommandLineMode() holds for the modes above only
    return 2;
}

// The routine --play names, resolved before there is a window system: one that cannot be
// played is reported (exit 1) from a plain terminal too, with no display, as the command-line
// modes are. Resolved with the translations, so a bundled routine plays in the interface's
// language.
std::optional<app::PlayRequest> resolvePlay(int argc, char* argv[],
                                            const app::CommandLine& commandLine)
{
    QCoreApplication application(argc, argv);
    const app::TranslationLoader translations;
    const storage::Paths paths(commandLine.dataDir);
    storage::RoutineLibrary library(storage::RoutineLibrary::foldersOf(paths));
    library.reload();
    app::PlayRequest request = app::PlayRequest::resolve(commandLine.file, library);
    if (request.routine) {
        request.libraryEntries = library.entries();
        return request;
    }
    for (const QString& line : request.problems)
        app::printErr(line);
    return std::nullopt;
}

// The session --resume goes on with, found before there is a window system: with nothing to
// resume, the person is told so on standard error (exit 1) from a plain terminal too. Sessions a
// crash or a kill left open are closed first, as the app does at every start, so that the one
// just cut short is found.
std::optional<app::PlayRequest> resolveResume(int argc, char* argv[],
                                              const app::CommandLine& commandLine)
{
    QCoreApplication application(argc, argv);
    const app::TranslationLoader translations;
    const storage::Paths paths(commandLine.dataDir);
    const storage::Result<app::HistoryModule*> module =
        app::ModuleLoader::load<app::HistoryModule>(QStringLiteral("history"));
    if (!module) {
        app::printErr(QStringLiteral("unclutch: ") + module.error());
        return std::nullopt;
    }
    const storage::Result<std::optional<storage::SessionRecord>> latest =
        (*module)->latestResumable(paths, QDateTime::currentDateTimeUtc());
    if (!latest.warning().isEmpty())
        app::printErr(QStringLiteral("unclutch: ") + latest.warning());
    if (!latest) {
        app::printErr(QStringLiteral("unclutch: ") + latest.error());
        return std::nullopt;
    }
    storage::RoutineLibrary library(storage::RoutineLibrary::foldersOf(paths));
    library.reload();
    storage::Result<app::ResumableSession> found = app::ResumableSession::resolve(*latest, library);
    if (!found) {
        app::printErr(QStringLiteral("unclutch: ") + found.error());
        return std::nullopt;
    }
    app::PlayRequest request;
    request.routine = std::move(found->routine);
    request.file = found->file;
    request.start = std::move(found->start);
    request.libraryEntries = library.entries();
    return request;
}

} // namespace

int main(int argc, char* argv[])
{
    // Qt's own warnings may quote a file: escaped, like every line printed (the app's log
    // takes them over once it is open).
    qInstallMessageHandler(app::printQtMessage);
    app::Application::describe();
    const app::CommandLine commandLine = app::CommandLine::parse(argumentsOf(argc, argv));
    if (commandLine.isCommandLineMode())
        return runCommandLine(argc, argv, commandLine);

    std::optional<app::PlayRequest> request;
    if (commandLine.mode == app::CommandLine::Mode::Play) {
        request = resolvePlay(argc, argv, commandLine);
        if (!request)
            return 1;
        // The routine is fine; the options asked for what it cannot do: a usage error, worded
        // as --timeline words it.
        core::FitResult fitted = core::fit(*request->routine, commandLine.fit);
        if (!fitted.ok()) {
            app::printErr(QStringLiteral("unclutch: ") +
                          QString::fromStdString(fitted.error->message()));
            return 2;
        }
        request->start = app::fittedStart(*fitted.fitted);
        request->routine = std::move(fitted.fitted->routine);
    } else if (commandLine.mode == app::CommandLine::Mode::Resume) {
        request = resolveResume(argc, argv, commandLine);
        if (!request)
            return 1;
    }
    QApplication qt(argc, argv);
    app::Application application(commandLine, std::move(request));
    if (const storage::Status started = application.start(); !started) {
        app::printErr(started.error());
        return 1;
    }
    return qt.exec();
}
