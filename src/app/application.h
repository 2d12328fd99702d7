#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

#include "command_line.h"
#include "play_request.h"
#include "storage/history_store.h"
#include "storage/paths.h"
#include "storage/result.h"
#include "storage/routine_library.h"

class QFile;

namespace unclutch::app {

class EventLogWriter;
class HistoryMenu;
class MainWindow;
class SessionAudio;
class SessionRecorder;
class SettingsMenu;
class SignalWatcher;
class TranslationLoader;
class TrayReminders;
class UnsavedHistoryGuard;

// The desktop app, once the QApplication exists: the routine library, the history, the main
// window with its menus, sounds and voice, the reminders, and how they are wired together.
//
// What a person needs to see comes first. What they do not (sounds and voice, the history, the
// window icon) waits until the window is first painted, unless a session is about to play
// (--play), which needs them at once.
//
//     QApplication qt(argc, argv);
//     Application application(commandLine, request);
//     if (const storage::Status started = application.start(); !started) { …; return 1; }
//     return qt.exec();
class Application : public QObject {
    Q_OBJECT

public:
    // Names the app for QSettings, the data folder and the help text; needs no application
    // object, so main() calls it before parsing the command line.
    static void describe();

    // `request` is the routine --play resolved (main() resolves it before there is a window
    // system, so that one that cannot be played is reported from a plain terminal too).
    Application(const CommandLine& commandLine, std::optional<PlayRequest> request);
    ~Application() override;

    // Shows the main window and, with a request, plays it. Fails, with nothing shown, when the
    // event log cannot be written.
    storage::Status start();

private:
    // Start-up steps, in the order start() takes them.
    storage::Status openEventLog();
    void buildWindow();
    void connectReminders();
    void applyDeveloperSwitches();
    // Logout, shutdown, Ctrl+C: the session ends as interrupted where it got to, then the app
    // quits (with 128 + the signal's number).
    void watchSignals();
    // The deferred parts: after the first paint, or at once for a session about to play.
    void makeAudio();
    void openHistory();

    // A line in the status bar, made only when there is something to say.
    void tell(const QString& message);

    CommandLine m_commandLine;
    std::optional<PlayRequest> m_request;
    storage::Paths m_paths;
    std::unique_ptr<TranslationLoader> m_translations;
    storage::RoutineLibrary m_library;
    std::unique_ptr<QFile> m_eventLogFile;
    std::unique_ptr<EventLogWriter> m_eventLog;
    storage::HistoryStore m_history;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<UnsavedHistoryGuard> m_unsavedHistory; // watches m_window: declared after it
    HistoryMenu* m_historyMenu = nullptr;
    SettingsMenu* m_settingsMenu = nullptr;
    std::unique_ptr<SessionAudio> m_audio;
    std::unique_ptr<TrayReminders> m_reminders;
    std::unique_ptr<SessionRecorder> m_recorder;
    std::unique_ptr<SignalWatcher> m_signals;
    bool m_historyOpened = false;
};

} // namespace unclutch::app
