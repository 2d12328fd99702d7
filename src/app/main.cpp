#include <QApplication>
#include <QCoreApplication>

#include "cli_commands.h"
#include "command_line.h"
#include "console.h"
#include "storage/paths.h"
#include "storage/routine_library.h"
#include "ui/main_window.h"

using namespace unclutch;

namespace {

QStringList argumentsOf(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void describeApplication()
{
    // No organisation name, so the data dir is ~/.local/share/unclutch.
    QCoreApplication::setApplicationName(QStringLiteral("unclutch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UNCLUTCH_VERSION));
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
    default:
        break;
    }

    // Command-line modes never create a GUI application object: they work with no display.
    QCoreApplication application(argc, argv);
    describeApplication();
    const storage::Paths paths(commandLine.dataDir);
    const app::CliCommands commands(paths);
    switch (commandLine.mode) {
    case Mode::Validate:
        return commands.validate(commandLine.paths);
    case Mode::Timeline:
        return commands.timeline(commandLine.file);
    case Mode::List:
        return commands.list();
    default:
        app::printErr(QStringLiteral("unclutch: this mode is not available yet"));
        return 2;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    const app::CommandLine commandLine = app::CommandLine::parse(argumentsOf(argc, argv));
    if (commandLine.isCommandLineMode())
        return runCommandLine(argc, argv, commandLine);

    QApplication application(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Unclutch"));
    const storage::Paths paths(commandLine.dataDir);
    storage::RoutineLibrary library({{paths.bundledRoutinesDir(), storage::RoutineOrigin::Bundled},
                                     {paths.userRoutinesDir(), storage::RoutineOrigin::User}});
    library.reload();
    library.setWatching(true);
    app::MainWindow window(library);
    window.show();
    return application.exec();
}
