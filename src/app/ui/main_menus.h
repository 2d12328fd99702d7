#pragma once

#include <QObject>
#include <QPointer>

namespace unclutch::storage {
class Paths;
class RoutineLibrary;
} // namespace unclutch::storage

namespace unclutch::app {

class MainWindow;
class RoutineEditorWindow;
class TrayReminders;

// The main window's menus: editing own routines (new, edit, duplicate to edit), reminder
// preferences, keys and About. Kept apart from MainWindow so that the window stays about
// showing the library and the player.
class MainMenus : public QObject {
    Q_OBJECT
public:
    MainMenus(MainWindow* window, storage::RoutineLibrary& library, const storage::Paths& paths,
              TrayReminders* reminders);

    void newRoutine();
    void editSelected();
    void duplicateSelected();
    void showReminderPreferences();
    void showAbout();

private:
    RoutineEditorWindow* editor();
    void showEditor();
    void report(const QString& error);

    MainWindow* m_window;
    storage::RoutineLibrary& m_library;
    const storage::Paths& m_paths;
    TrayReminders* m_reminders;
    QPointer<RoutineEditorWindow> m_editor;
};

} // namespace unclutch::app
