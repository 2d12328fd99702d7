#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

#include "command_line.h"
#include "play_request.h"
#include "storage/paths.h"
#include "storage/result.h"
#include "storage/routine_library.h"

class QFile;

namespace unclutch::app {

class EventLogWriter;
class HistoryAccess;
class HistoryMenu;
class MainWindow;
class SettingsMenu;
class SignalWatcher;
class TranslationLoader;
class TrayReminders;

// The desktop app, once the QApplication exists: the routine library, the history, the main
// window with its menus, sounds and voice, the reminders, and how they are wired together.
//
// What a person needs to see comes first. What they do not waits: the sounds and voice and the
// window icon until the first paint is on the screen, the history until it is first
// needed; a session about to play (--play) needs them at once. Sounds and voice and the history
// are modules of their own (ModuleLoader), so the first window loads none of their Qt modules.
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
    // The deferred parts, made once, when first needed.
    void makeAudio();
    void openHistory();
    // A module that cannot be loaded: said on the terminal and in the status bar.
    void complain(const QString& problem);

    // A line in the status bar, made only when there is something to say.
    void tell(const QString& message);

    CommandLine m_commandLine;
    std::optional<PlayRequest> m_request;
    storage::Paths m_paths;
    std::unique_ptr<TranslationLoader> m_translations;
    storage::RoutineLibrary m_library;
    std::unique_ptr<QFile> m_eventLogFile;
    std::unique_ptr<EventLogWriter> m_eventLog;
    // Before the window, whose history window shows it: it goes after.
    std::unique_ptr<HistoryAccess> m_history;
    std::unique_ptr<MainWindow> m_window;
    HistoryMenu* m_historyMenu = nullptr;
    SettingsMenu* m_settingsMenu = nullptr;
    std::unique_ptr<QObject> m_audio;
    std::unique_ptr<TrayReminders> m_reminders;
    std::unique_ptr<SignalWatcher> m_signals;
    bool m_historyOpened = false;
    bool m_audioMade = false;
};

} // namespace unclutch::app
