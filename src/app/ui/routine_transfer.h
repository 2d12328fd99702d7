#pragma once

#include <QMessageBox>
#include <QObject>
#include <QString>
#include <QStringList>

#include "storage/paths.h"

namespace unclutch::storage {
class RoutineLibrary;
} // namespace unclutch::storage

namespace unclutch::app {

class MainWindow;

// Routines that travel: files someone sent brought into the user's routines (Routine →
// Import…, a file dropped on the window, a file the file manager opens with Unclutch), and a
// routine made ready to send (Routine → Export…). storage::RoutineImporter and
// RoutineExporter do the work on disk; this says what happened, selects what came in, and
// asks before a file opened from the file manager is added or played.
//
// What it has to tell is shown in a message box that does not block (open(), not exec()), so
// the window stays usable and tests can read and answer it.
class RoutineTransfer : public QObject {
    Q_OBJECT

public:
    RoutineTransfer(MainWindow* window, storage::RoutineLibrary& library,
                    const storage::Paths& paths);

    // Routine → Import…: asks for routine files, then imports them.
    void chooseAndImport();
    // Imports each file (one with errors is refused with its problems, nothing copied for it),
    // reloads the library and selects the last routine imported. Returns how many came in.
    int importFiles(const QStringList& files);

    // Routine → Export…: asks for a folder, then exports the selected routine into it.
    void chooseAndExportSelected();
    // Exports the routine at `path` into a new folder inside `folder`; false when it failed
    // (and said why).
    bool exportTo(const QString& path, const QString& folder);

    // A routine file opened with Unclutch from the file manager: one already in the library is
    // selected; otherwise the person is asked whether to add it to their routines, play it
    // once, or leave it. A file with errors shows its problems and offers nothing to play.
    void offerFile(const QString& file);

    // The message box on show, if any, for tests.
    QMessageBox* message() const;

private:
    QMessageBox* showMessage(QMessageBox::Icon icon, const QString& objectName, const QString& text,
                             const QString& details = {});

    MainWindow* m_window;
    storage::RoutineLibrary& m_library;
    storage::Paths m_paths;
};

} // namespace unclutch::app
