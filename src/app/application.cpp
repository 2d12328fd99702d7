#include "application.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QStatusBar>
#include <QTimer>

#include <chrono>
#include <cmath>

#include "app/desktop/tray_reminders.h"
#include "app/player/dev_fast_forward.h"
#include "app/player/player_controller.h"
#include "app/player/player_view.h"
#include "app/ui/app_style.h"
#include "app/ui/help_menu.h"
#include "app/ui/history_menu.h"
#include "app/ui/main_window.h"
#include "app/ui/resume_offer.h"
#include "app/ui/routine_menu.h"
#include "app/ui/routine_transfer.h"
#include "app/ui/settings_menu.h"
#include "audio_module.h"
#include "console.h"
#include "event_log_writer.h"
#include "first_paint_report.h"
#include "history_module.h"
#include "logging.h"
#include "module_loader.h"
#include "signal_watcher.h"
#include "translation_loader.h"

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
    , m_library(storage::RoutineLibrary::foldersOf(m_paths))
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
    // --play read the library a moment ago, in the same language.
    if (m_request)
        m_library.setEntries(std::move(m_request->libraryEntries));
    else
        m_library.reload();
}

Application::~Application()
{
    Logging::shutdown();
}

storage::Status Application::start()
{
    if (const storage::Status opened = openEventLog(); !opened)
        return opened;
    buildWindow();
    // The sounds and voice (QtMultimedia, an audio stream, a speech engine: the slowest part of
    // a start) wait until the first paint is on the screen; the history (QtSql and QtCharts,
    // a file to check, sessions a crash left open to close) until it is first needed: a session
    // about to play, or the History menu. A session about to play (--play) needs both at once.
    if (m_request)
        makeAudio();
    // Every event the player fires, as it fires (sections 3 and 6 of the contract).
    if (m_eventLog)
        connect(m_window->playerController(), &PlayerController::eventFired, m_eventLog.get(),
                &EventLogWriter::write);
    connectReminders();
    applyDeveloperSwitches();
    watchSignals();
    if (m_request)
        openHistory();
    callAfterFirstPaint(m_window.get(), [this] {
        // Queued from the pass of the event loop that painted, so it runs in the next one: the
        // first frame is on the screen, and an app asked to quit with it (the first-paint
        // measurement) quits without it.
        QTimer::singleShot(0, this, [this] {
            makeAudio();
            // Looking the icon up in the icon theme reads the theme's whole index.
            QApplication::setWindowIcon(
                QIcon::fromTheme(QStringLiteral(UNCLUTCH_APP_ID),
                                 QIcon(QStringLiteral(":/icons/" UNCLUTCH_APP_ID ".svg"))));
        });
    });
    // A session cut short is offered on the first screen: the history is opened for it once the
    // first frame is on the screen, after the sounds, and only when there is a history at all.
    if (!m_request && QFileInfo::exists(m_paths.historyDatabase()))
        callAfterFirstPaint(m_window.get(),
                            [this] { QTimer::singleShot(0, this, &Application::openHistory); });
    reportFirstPaintIfRequested(m_window.get());
    m_window->show();
    if (m_request)
        m_window->play(*m_request->routine, m_request->file, m_request->start);
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
    // in the history and heard, both made ready before its first moment.
    connect(m_window.get(), &MainWindow::aboutToPlay, this, &Application::openHistory);
    connect(m_window.get(), &MainWindow::aboutToPlay, this, &Application::makeAudio);
    connect(m_historyMenu, &HistoryMenu::historyNeeded, this, &Application::openHistory);
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
                // As Start would play it: fitted with the choices remembered for it.
                if (const storage::RoutineEntry* entry = m_library.findById(id)) {
                    window->showNormal();
                    window->playEntry(entry->path);
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
        if (m_history)
            m_history->interruptOpenSession();
        QCoreApplication::exit(128 + signalNumber);
    });
}

void Application::makeAudio()
{
    if (std::exchange(m_audioMade, true))
        return;
    const storage::Result<AudioModule*> module =
        ModuleLoader::load<AudioModule>(QStringLiteral("audio"));
    if (!module) {
        // The sessions still play, with their captions.
        complain(module.error());
        return;
    }
    m_audio = (*module)->makeSessionAudio(m_window->playerView());
    m_settingsMenu->setAudio(*module, m_audio.get());
    if (m_eventLog)
        (*module)->logSpeech(m_audio.get(), m_eventLog.get());
}

void Application::openHistory()
{
    if (std::exchange(m_historyOpened, true))
        return;
    const storage::Result<HistoryModule*> module =
        ModuleLoader::load<HistoryModule>(QStringLiteral("history"));
    if (!module) {
        complain(module.error());
        m_window->playerView()->setHistoryWritable(false);
        m_historyMenu->setHistory(nullptr, module.error());
        return;
    }
    m_history = (*module)->open(m_paths.historyDatabase(), m_window->playerController());
    connect(m_history.get(), &HistoryAccess::writeFailed, this, &Application::tell);
    if (!m_history->notice().isEmpty())
        complain(m_history->notice());
    // A read-only history is shown and exported, but a session played now cannot be kept: the
    // player says so at once and asks for no rating.
    m_window->playerView()->setHistoryWritable(m_history->canKeepSessions());
    m_historyMenu->setHistory(m_history.get(), m_history->notice());
    m_history->guardClosing(m_window.get());
    // The first screen offers a session cut short (not when it could not be kept going on); --play
    // and --resume go straight to theirs.
    if (m_history->canKeepSessions() && !m_request)
        ResumeOffer::showIfAny(m_window.get(), m_history.get(), m_library,
                               QDateTime::currentDateTimeUtc());
}

void Application::complain(const QString& problem)
{
    printErr(QStringLiteral("unclutch: ") + problem);
    tell(problem);
}

void Application::tell(const QString& message)
{
    // The status bar is made only when there is something to say, so a normal start shows none.
    m_window->statusBar()->showMessage(message);
}

} // namespace unclutch::app
