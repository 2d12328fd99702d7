#pragma once

#include <QObject>
#include <QPointer>

#include "storage/paths.h"
#include "storage/result.h"

namespace unclutch::storage {
class RoutineLibrary;
} // namespace unclutch::storage

namespace unclutch::app {

class MainWindow;
class RoutineEditorWindow;
class RoutineTransfer;

// The Routine menu: a new own routine, the selected one to edit or to duplicate, routines to
// import and to export (RoutineTransfer, which a dropped file and one the file manager opens go
// through too), and Quit. It owns the routine editor, made when first asked for, whose "Try
// it" plays in the main window and whose saves reload the library.
class RoutineMenu : public QObject {
    Q_OBJECT

public:
    RoutineMenu(MainWindow* window, storage::RoutineLibrary& library, const storage::Paths& paths);

    void newRoutine();
    void editSelected();
    void duplicateSelected();

    RoutineTransfer* transfer() const { return m_transfer; }

private:
    RoutineEditorWindow* editor();
    // Shows the editor when it opened a routine, else says why not.
    void show(const storage::Status& opened);

    MainWindow* m_window;
    storage::RoutineLibrary& m_library;
    storage::Paths m_paths;
    QPointer<RoutineEditorWindow> m_editor;
    RoutineTransfer* m_transfer;
};

} // namespace unclutch::app
