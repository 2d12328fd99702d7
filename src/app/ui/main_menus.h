#pragma once

#include <QDate>
#include <QDialog>
#include <QObject>
#include <QPointer>

#include "storage/result.h"

class QAction;

namespace unclutch::storage {
class HistoryStore;
class Paths;
class RoutineLibrary;
} // namespace unclutch::storage

namespace unclutch::app {

class HistoryWindow;
class MainWindow;
class RoutineEditorWindow;
class SessionRecorder;
class SoundPlayer;
class TrayReminders;
class Voice;

// The main window's menus: editing own routines (new, edit, duplicate to edit), the history
// window, export, a PDF report for a physiotherapist, the reminder and the sound and voice
// preferences, keys and About. Kept apart from MainWindow so that the window stays about showing
// the library and the player.
class MainMenus : public QObject {
    Q_OBJECT
public:
    MainMenus(MainWindow* window, storage::RoutineLibrary& library, const storage::Paths& paths,
              TrayReminders* reminders);

    void newRoutine();
    void editSelected();
    void duplicateSelected();
    // The history the History menu shows, and the recorder whose sessions it follows (may be
    // null). Without a store, `unavailable` says why the history cannot be shown.
    void setHistory(storage::HistoryStore* store, SessionRecorder* recorder,
                    const QString& unavailable);
    void showHistory();
    HistoryWindow* historyWindow() const;
    void showReminderPreferences();
    // The sounds and the voice the sound and voice preferences change (null: none yet). They are
    // made after the window is first painted, so the menu item stays disabled until then.
    void setAudio(SoundPlayer* sound, Voice* voice);
    // A window of its own, not modal, where every change applies at once.
    void showSoundAndVoice();
    QDialog* soundAndVoiceDialog() const;
    void showAbout();
    // Ask for a file, then write it; what happened is shown in the status bar or a message box.
    void exportHistory();
    void reportForPhysiotherapist();
    // The parts after the dialogs, for tests: true when the file was written.
    bool exportHistoryTo(const QString& fileName);
    bool writeReportTo(const QString& fileName, const QDate& first, const QDate& last);

private:
    RoutineEditorWindow* editor();
    // Shows the editor when it opened a routine, else says why not.
    void open(const storage::Status& opened);
    void report(const QString& error);
    bool historyAvailable();

    MainWindow* m_window;
    storage::RoutineLibrary& m_library;
    const storage::Paths& m_paths;
    TrayReminders* m_reminders;
    QPointer<RoutineEditorWindow> m_editor;
    storage::HistoryStore* m_store = nullptr;
    QPointer<SessionRecorder> m_recorder;
    QString m_historyUnavailable;
    QPointer<HistoryWindow> m_history;
    QAction* m_soundAndVoiceAction = nullptr;
    QPointer<SoundPlayer> m_sound;
    QPointer<Voice> m_voice;
    QPointer<QDialog> m_soundAndVoice;
};

} // namespace unclutch::app
