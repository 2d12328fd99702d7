#include "application.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QIcon>
#include <QStatusBar>

#include <chrono>
#include <cmath>

#include "app/audio/session_speech.h"
#include "app/desktop/tray_reminders.h"
#include "app/player/dev_fast_forward.h"
#include "app/player/player_controller.h"
#include "app/player/player_view.h"
#include "app/player/session_audio.h"
#include "app/player/session_recorder.h"
#include "app/ui/app_style.h"
#include "app/ui/help_menu.h"
#include "app/ui/history_menu.h"
#include "app/ui/main_window.h"
#include "app/ui/routine_menu.h"
#include "app/ui/routine_transfer.h"
#include "app/ui/settings_menu.h"
#include "console.h"
#include "event_log_writer.h"
#include "first_paint_report.h"
#include "logging.h"
#include "signal_watcher.h"
#include "translation_loader.h"
#include "unsaved_history_guard.h"

namespace unclutch::app {

namespace {

// Developer switches, read from the environment so they stay out of --help:
// UNCLUTCH_QUIT_AT_END=1 for unattended measurement runs (no cautions asked, quit at the end),
// UNCLUTCH_START_AT=SECONDS to open a session at a given moment (screenshots, manual checks).
bool quitsAtEnd()
{
    return qEnvironmentVariableIntValue("UNCLUTCH_QUIT_AT_END") == 1;
}

std::optional<std::chrono::milliseconds> startAt()
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("UNCLUTCH_START_AT").toDouble(&ok);
    if (!ok || seconds <= 0)
        return std::nullopt;
    return std::chrono::milliseconds(std::llround(seconds * 1000));
}

} // namespace

void Application::describe()
{
    // No organisation name, so the data dir is ~/.local/share/unclutch; the domain gives
    // QSettings a real home (~/.config/unclutch.github.io/unclutch.conf) instead of
    // "Unknown Organization".
    QCoreApplication::setApplicationName(QStringLiteral("unclutch"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("unclutch.github.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UNCLUTCH_VERSION));
}

Application::Application(const CommandLine& commandLine, std::optional<PlayRequest> request)
    : m_commandLine(commandLine)
    , m_request(std::move(request))
    , m_paths(commandLine.dataDir)
    , m_library({{m_paths.bundledRoutinesDir(), storage::RoutineOrigin::Bundled},
                 {m_paths.userRoutinesDir(), storage::RoutineOrigin::User}})
    , m_history(m_paths.historyDatabase())
{
    QApplication::setApplicationDisplayName(QStringLiteral("Unclutch"));
    QGuiApplication::setDesktopFileName(QStringLiteral(UNCLUTCH_APP_ID));
    AppStyle::install();
    storage::Status ready = m_paths.ensureDataDir();
    if (ready)
        ready = Logging::init(m_paths.logDir(), m_commandLine.verbose);
    if (!ready)
        printErr(QStringLiteral("unclutch: ") + ready.error());
    // After the log, which records what it found; before the library, whose bundled routines
    // are shown in the interface's language.
    m_translations = std::make_unique<TranslationLoader>();
    m_library.reload();
}

Application::~Application()
{
    // No one was asked (a signal, an unattended run's end): the last try is said where it failed.
    if (m_history.hasPendingWrites()) {
        if (const storage::Status saved = m_history.retryPendingWrites(); !saved)
            printErr(QStringLiteral("unclutch: ") + saved.error());
    }
    Logging::shutdown();
}

storage::Status Application::start()
{
    if (const storage::Status opened = openEventLog(); !opened)
        return opened;
    buildWindow();
    // The sounds and voice (an audio stream, a speech engine: the slowest part of a start) and
    // the history (a database driver to load, a file to check, sessions a crash left open to
    // close) wait for the first paint; a session about to play needs them at once.
    if (m_request)
        makeAudio();
    else
        callAfterFirstPaint(m_window.get(), [this] { makeAudio(); });
    // After the sounds, so that an event is heard before its line is written.
    if (m_eventLog)
        connect(m_window->playerController(), &PlayerController::eventFired, m_eventLog.get(),
                &EventLogWriter::write);
    connectReminders();
    applyDeveloperSwitches();
    watchSignals();
    if (m_request)
        openHistory();
    else
        callAfterFirstPaint(m_window.get(), [this] { openHistory(); });
    // Looking the icon up in the icon theme reads the theme's whole index: after the first paint.
    callAfterFirstPaint(m_window.get(), [] {
        QApplication::setWindowIcon(
            QIcon::fromTheme(QStringLiteral(UNCLUTCH_APP_ID),
                             QIcon(QStringLiteral(":/icons/" UNCLUTCH_APP_ID ".svg"))));
    });
    reportFirstPaintIfRequested(m_window.get());
    m_window->show();
    if (m_request)
        m_window->play(*m_request->routine, m_request->file);
    return {};
}

storage::Status Application::openEventLog()
{
    if (m_commandLine.eventLog.isEmpty())
        return {};
    m_eventLogFile = std::make_unique<QFile>(m_commandLine.eventLog);
    if (!m_eventLogFile->open(QIODevice::WriteOnly | QIODevice::Truncate))
        return storage::Failure(QStringLiteral("unclutch: cannot write the event log %1: %2")
                                    .arg(m_commandLine.eventLog, m_eventLogFile->errorString()));
    m_eventLog = std::make_unique<EventLogWriter>(m_eventLogFile.get());
    connect(m_eventLog.get(), &EventLogWriter::writeFailed, this, [](const QString& why) {
        printErr(QStringLiteral("unclutch: the event log stopped: ") + why);
    });
    return {};
}

void Application::buildWindow()
{
    m_library.setWatching(true);
    m_window = std::make_unique<MainWindow>(m_library);
    m_unsavedHistory = std::make_unique<UnsavedHistoryGuard>(m_window.get());
    m_reminders = std::make_unique<TrayReminders>();
    // The menus are children of the window, in the menu bar's order.
    RoutineTransfer* transfer = (new RoutineMenu(m_window.get(), m_library, m_paths))->transfer();
    connect(m_window.get(), &MainWindow::routineFilesDropped, transfer,
            &RoutineTransfer::importFiles);
    // A routine file the file manager opened Unclutch with: asked about once the window shows.
    if (!m_commandLine.openFile.isEmpty())
        callAfterFirstPaint(m_window.get(), [transfer, file = m_commandLine.openFile] {
            transfer->offerFile(file);
        });
    m_historyMenu = new HistoryMenu(m_window.get());
    m_settingsMenu = new SettingsMenu(m_window.get(), m_library, m_reminders.get());
    new HelpMenu(m_window.get());
    // Whatever plays, played from the library, a reminder, the editor or --play, is recorded
    // in the history, which is made ready before its first moment.
    connect(m_window.get(), &MainWindow::aboutToPlay, this, &Application::openHistory);
}

void Application::connectReminders()
{
    MainWindow* window = m_window.get();
    connect(m_reminders.get(), &TrayReminders::showWindowRequested, window, [window] {
        window->showNormal();
        window->raise();
        window->activateWindow();
    });
    connect(m_reminders.get(), &TrayReminders::reminderShown, window,
            [this](const QString& title, const QString& message) {
                tell(title + QStringLiteral(" — ") + message);
            });
    connect(m_reminders.get(), &TrayReminders::routineRequested, window,
            [this, window](const QString& id) {
                if (const storage::RoutineEntry* entry = m_library.findById(id)) {
                    window->showNormal();
                    window->play(*entry->routine, entry->path);
                }
            });
}

void Application::applyDeveloperSwitches()
{
    PlayerController* controller = m_window->playerController();
    if (quitsAtEnd()) {
        m_window->playerView()->setCautionsSkipped(true);
        for (auto ended : {&PlayerController::finished, &PlayerController::stopped})
            connect(controller, ended, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    }
    if (const std::optional<std::chrono::milliseconds> at = startAt())
        new DevFastForward(controller, *at);
}

void Application::watchSignals()
{
    m_signals = std::make_unique<SignalWatcher>();
    connect(m_signals.get(), &SignalWatcher::received, this, [this](int signalNumber) {
        if (m_recorder)
            m_recorder->endOpenSession(storage::SessionOutcome::Interrupted);
        QCoreApplication::exit(128 + signalNumber);
    });
}

void Application::makeAudio()
{
    m_audio = std::make_unique<SessionAudio>(m_window->playerView());
    m_settingsMenu->setAudio(m_audio->sound(), m_audio->voice());
    if (m_eventLog) {
        connect(m_audio->speech(), &SessionSpeech::spoken, m_eventLog.get(),
                &EventLogWriter::writeSpeech);
        connect(m_audio->speech(), &SessionSpeech::dropped, m_eventLog.get(),
                &EventLogWriter::writeSpeechDropped);
    }
}

void Application::openHistory()
{
    if (std::exchange(m_historyOpened, true))
        return;
    // Opened once per start; sessions a crash or a power cut left open are closed, as
    // interrupted. What the user should be told: a damaged file moved aside, a history that
    // cannot be used.
    QString notice;
    if (const storage::Status opened = m_history.open(); !opened) {
        notice = opened.warning().isEmpty() ? opened.error()
                                            : opened.warning() + QLatin1Char(' ') + opened.error();
    } else if (const storage::Result<int> recovered =
                   m_history.recoverInterrupted(QDateTime::currentDateTimeUtc());
               !recovered) {
        notice = recovered.error();
    } else {
        notice = opened.warning();
    }
    if (!notice.isEmpty()) {
        printErr(QStringLiteral("unclutch: ") + notice);
        tell(notice);
    }
    // A read-only history is shown and exported, but a session played now cannot be kept: the
    // player says so at once and asks for no rating, and nothing tries to record it.
    const bool writable = m_history.isOpen() && !m_history.isReadOnly();
    m_window->playerView()->setHistoryWritable(writable);
    if (writable) {
        m_recorder = std::make_unique<SessionRecorder>(m_window->playerController(), &m_history);
        connect(m_recorder.get(), &SessionRecorder::writeFailed, this, &Application::tell);
        connect(qApp, &QCoreApplication::aboutToQuit, m_recorder.get(),
                &SessionRecorder::closeOpenSession);
    }
    m_historyMenu->setHistory(&m_history, m_recorder.get(), notice);
    m_unsavedHistory->setHistory(&m_history, m_recorder.get());
}

void Application::tell(const QString& message)
{
    // The status bar is made only when there is something to say, so a normal start shows none.
    m_window->statusBar()->showMessage(message);
}

} // namespace unclutch::app
