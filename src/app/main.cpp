#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QIcon>
#include <QStatusBar>
#include <QTimer>

#include <chrono>
#include <cmath>
#include <memory>
#include <optional>
#include <utility>

#include "cli_commands.h"
#include "command_line.h"
#include "console.h"
#include "desktop/tray_reminders.h"
#include "event_log_writer.h"
#include "first_paint_report.h"
#include "logging.h"
#include "play_request.h"
#include "player/dev_fast_forward.h"
#include "player/player_controller.h"
#include "player/player_view.h"
#include "player/session_audio.h"
#include "player/session_recorder.h"
#include "signal_watcher.h"
#include "storage/history_store.h"
#include "storage/paths.h"
#include "storage/routine_library.h"
#include "translation_loader.h"
#include "ui/app_style.h"
#include "ui/main_menus.h"
#include "ui/main_window.h"
#include "unsaved_history_guard.h"

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
    // No organisation name, so the data dir is ~/.local/share/unclutch; the domain gives
    // QSettings a real home (~/.config/unclutch.github.io/unclutch.conf) instead of
    // "Unknown Organization".
    QCoreApplication::setApplicationName(QStringLiteral("unclutch"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("unclutch.github.io"));
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
    qInstallMessageHandler(app::printQtMessage);
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
    case Mode::ExportHistory:
        return commands.exportHistory(commandLine.file);
    default:
        app::printErr(QStringLiteral("unclutch: this mode is not available yet"));
        return 2;
    }
}

// Developer switches, read from the environment so they stay out of --help:
// UNCLUTCH_QUIT_AT_END=1 for unattended measurement runs (no cautions asked, quit at the end),
// UNCLUTCH_START_AT=SECONDS to open a session at a given moment (screenshots, manual checks).
bool quitsAtEnd()
{
    return qEnvironmentVariableIntValue("UNCLUTCH_QUIT_AT_END") == 1;
}

void applyStartAt(app::PlayerController* controller)
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("UNCLUTCH_START_AT").toDouble(&ok);
    if (ok && seconds > 0)
        new app::DevFastForward(controller,
                                std::chrono::milliseconds(std::llround(seconds * 1000)));
}

// Opens the history once per GUI start and closes, as interrupted, the sessions a crash or a
// power cut left open. Returns what the user should be told (a damaged file moved aside, a
// history that cannot be used), or an empty string.
QString openHistory(storage::HistoryStore& store)
{
    const storage::Status opened = store.open();
    if (!opened.ok())
        return opened.warning().isEmpty() ? opened.error()
                                          : opened.warning() + QLatin1Char(' ') + opened.error();
    const storage::Result<int> recovered =
        store.recoverInterrupted(QDateTime::currentDateTimeUtc());
    if (!recovered.ok())
        return recovered.error();
    return opened.warning();
}

int runGui(int argc, char* argv[], const app::CommandLine& commandLine)
{
    QApplication application(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Unclutch"));
    QGuiApplication::setDesktopFileName(QStringLiteral(UNCLUTCH_APP_ID));
    app::AppStyle::install();
    const storage::Paths paths(commandLine.dataDir);
    QString problem;
    if (!paths.ensureDataDir(&problem) ||
        !app::Logging::init(paths.logDir(), commandLine.verbose, &problem))
        app::printErr(QStringLiteral("unclutch: ") + problem);
    const app::TranslationLoader translations;
    storage::RoutineLibrary library({{paths.bundledRoutinesDir(), storage::RoutineOrigin::Bundled},
                                     {paths.userRoutinesDir(), storage::RoutineOrigin::User}});
    library.reload();

    std::optional<app::PlayRequest> request;
    if (commandLine.mode == app::CommandLine::Mode::Play) {
        request = app::PlayRequest::resolve(commandLine.file, library);
        if (!request->routine) {
            for (const QString& line : request->problems)
                app::printErr(line);
            return 1;
        }
    }
    std::unique_ptr<QFile> eventLogFile;
    std::unique_ptr<app::EventLogWriter> eventLog;
    if (!commandLine.eventLog.isEmpty()) {
        eventLogFile = std::make_unique<QFile>(commandLine.eventLog);
        if (!eventLogFile->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            app::printErr(QStringLiteral("unclutch: cannot write the event log %1: %2")
                              .arg(commandLine.eventLog, eventLogFile->errorString()));
            return 1;
        }
        eventLog = std::make_unique<app::EventLogWriter>(eventLogFile.get());
        QObject::connect(eventLog.get(), &app::EventLogWriter::writeFailed, [](const QString& why) {
            app::printErr(QStringLiteral("unclutch: the event log stopped: ") + why);
        });
    }

    storage::HistoryStore history(paths.historyDatabase());

    library.setWatching(true);
    app::MainWindow window(library);
    app::PlayerController* controller = window.playerController();
    // The status bar is made only when there is something to say, so a normal start shows none.
    const auto tell = [&window](const QString& message) {
        window.statusBar()->showMessage(message);
    };
    // Sounds and voice open an audio stream and a speech engine, the slowest part of a start: a
    // library start makes them after the window is first painted; --play needs them at once.
    std::unique_ptr<app::SessionAudio> audio;
    app::MainMenus* menus = nullptr;
    const auto makeAudio = [&audio, &window, &menus] {
        audio = std::make_unique<app::SessionAudio>(window.playerView());
        if (menus)
            menus->setAudio(audio->sound(), audio->voice());
    };
    if (request)
        makeAudio();
    else
        app::callAfterFirstPaint(&window, makeAudio);
    if (eventLog)
        QObject::connect(controller, &app::PlayerController::eventFired, eventLog.get(),
                         &app::EventLogWriter::write);
    if (quitsAtEnd()) {
        window.playerView()->setCautionsSkipped(true);
        for (auto ended : {&app::PlayerController::finished, &app::PlayerController::stopped})
            QObject::connect(controller, ended, &application, &QApplication::quit,
                             Qt::QueuedConnection);
    }
    applyStartAt(controller);
    app::TrayReminders reminders;
    menus = new app::MainMenus(&window, library, paths, &reminders);
    if (audio)
        menus->setAudio(audio->sound(), audio->voice());
    // The history (a database driver to load, a file to check, sessions a crash left open to
    // close) is opened after the first paint, or at once for a session about to play.
    std::unique_ptr<app::SessionRecorder> recorder;
    app::UnsavedHistoryGuard unsavedHistory(&window);
    bool historyOpened = false;
    const auto openHistoryOnce = [&] {
        if (std::exchange(historyOpened, true))
            return;
        const QString notice = openHistory(history);
        if (!notice.isEmpty()) {
            app::printErr(QStringLiteral("unclutch: ") + notice);
            tell(notice);
        }
        if (history.isOpen()) {
            recorder = std::make_unique<app::SessionRecorder>(controller, &history);
            QObject::connect(recorder.get(), &app::SessionRecorder::writeFailed, &window, tell);
            QObject::connect(&application, &QApplication::aboutToQuit, recorder.get(),
                             &app::SessionRecorder::closeOpenSession);
        }
        menus->setHistory(&history, recorder.get(), notice);
        unsavedHistory.setHistory(&history, recorder.get());
    };
    // Logout, shutdown, Ctrl+C: the session ends as interrupted where it got to, then it quits.
    app::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &app::SignalWatcher::received, &application,
                     [&](int signalNumber) {
                         if (recorder)
                             recorder->endOpenSession(storage::SessionOutcome::Interrupted);
                         QCoreApplication::exit(128 + signalNumber);
                     });
    QObject::connect(&window, &app::MainWindow::aboutToPlay, &window, openHistoryOnce);
    // Looking the icon up in the icon theme reads the theme's whole index: after the first paint.
    const auto setIcon = [] {
        QApplication::setWindowIcon(
            QIcon::fromTheme(QStringLiteral(UNCLUTCH_APP_ID),
                             QIcon(QStringLiteral(":/icons/" UNCLUTCH_APP_ID ".svg"))));
    };
    if (request) {
        openHistoryOnce();
    } else {
        app::callAfterFirstPaint(&window, openHistoryOnce);
    }
    app::callAfterFirstPaint(&window, setIcon);
    app::reportFirstPaintIfRequested(&window);
    window.show();
    if (request)
        window.play(*request->routine, request->file);
    const int status = application.exec();
    // No one was asked (a signal, an unattended run's end): the last try is said where it failed.
    if (history.hasPendingWrites()) {
        if (const storage::Status saved = history.retryPendingWrites(); !saved.ok())
            app::printErr(QStringLiteral("unclutch: ") + saved.error());
    }
    app::Logging::shutdown();
    return status;
}

} // namespace

int main(int argc, char* argv[])
{
    const app::CommandLine commandLine = app::CommandLine::parse(argumentsOf(argc, argv));
    if (commandLine.isCommandLineMode())
        return runCommandLine(argc, argv, commandLine);
    return runGui(argc, argv, commandLine);
}
