#pragma once

#include <QDialog>
#include <QObject>
#include <QPointer>

class QAction;

namespace unclutch::storage {
class RoutineLibrary;
} // namespace unclutch::storage

namespace unclutch::app {

class AudioModule;
class MainWindow;
class TrayReminders;

// The Settings menu: the movement reminders (the tray's reminders follow the library's
// routines and the settings applied here) and the sound and voice preferences.
class SettingsMenu : public QObject {
    Q_OBJECT

public:
    // `reminders` may be null (no reminders, as in tests).
    SettingsMenu(MainWindow* window, const storage::RoutineLibrary& library,
                 TrayReminders* reminders);

    // A modal dialog; OK applies the settings and reloads the reminders.
    void showReminderPreferences();
    // The sounds and the voice the sound and voice preferences change: `audio`, made by
    // `module` (null: none yet). They are made after the window is first painted, so the menu
    // item stays disabled until then.
    void setAudio(AudioModule* module, QObject* audio);
    // A window of its own, not modal, where every change applies at once.
    void showSoundAndVoice();
    QDialog* soundAndVoiceDialog() const;

private:
    MainWindow* m_window;
    const storage::RoutineLibrary& m_library;
    TrayReminders* m_reminders;
    QAction* m_soundAndVoiceAction = nullptr;
    AudioModule* m_audioModule = nullptr;
    QPointer<QObject> m_audio;
    QPointer<QDialog> m_soundAndVoice;
};

} // namespace unclutch::app
