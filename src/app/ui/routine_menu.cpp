#include "routine_menu.h"

#include <QMenuBar>
#include <QMessageBox>

#include "app/editor/routine_editor_window.h"
#include "library_page.h"
#include "main_window.h"
#include "routine_transfer.h"
#include "storage/routine_library.h"

namespace unclutch::app {

RoutineMenu::RoutineMenu(MainWindow* window, storage::RoutineLibrary& library,
                         const storage::Paths& paths)
    : QObject(window)
    , m_window(window)
    , m_library(library)
    , m_paths(paths)
    , m_transfer(new RoutineTransfer(window, library, paths))
{
    QMenu* menu = window->menuBar()->addMenu(tr("&Routine"));
    menu->setObjectName(QStringLiteral("routineMenu"));
    menu->addAction(tr("&New routine…"), QKeySequence::New, this, &RoutineMenu::newRoutine);
    menu->addAction(tr("&Edit"), QKeySequence(tr("Ctrl+E")), this, &RoutineMenu::editSelected);
    menu->addAction(tr("&Duplicate to edit"), QKeySequence(tr("Ctrl+D")), this,
                    &RoutineMenu::duplicateSelected);
    menu->addSeparator();
    menu->addAction(tr("&Import…"), QKeySequence(tr("Ctrl+I")), m_transfer,
                    &RoutineTransfer::chooseAndImport)
        ->setObjectName(QStringLiteral("importAction"));
    menu->addAction(tr("E&xport…"), m_transfer, &RoutineTransfer::chooseAndExportSelected)
        ->setObjectName(QStringLiteral("exportAction"));
    menu->addSeparator();
    menu->addAction(tr("&Quit"), QKeySequence::Quit, window, &QWidget::close);
}

RoutineEditorWindow* RoutineMenu::editor()
{
    if (!m_editor) {
        m_editor = new RoutineEditorWindow(m_paths);
        m_editor->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_editor, &RoutineEditorWindow::tryRoutine, m_window,
                [this](const core::Routine& routine, const QString& path, int step) {
                    m_window->play(routine, path, SessionStart::tryAt(step));
                    m_window->raise();
                    m_window->activateWindow();
                });
        // The library watches its folders too; reloading now shows a save without the delay.
        connect(m_editor, &RoutineEditorWindow::routineSaved, &m_library,
                &storage::RoutineLibrary::reload);
        connect(m_editor, &RoutineEditorWindow::routineCreated, &m_library,
                &storage::RoutineLibrary::reload);
    }
    return m_editor;
}

void RoutineMenu::show(const storage::Status& opened)
{
    if (!opened) {
        QMessageBox::warning(m_window, tr("Unclutch"), opened.error());
        return;
    }
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
}

void RoutineMenu::newRoutine()
{
    show(editor()->newRoutine());
}

void RoutineMenu::editSelected()
{
    const QString path = m_window->libraryPage()->selectedPath();
    if (!path.isEmpty())
        show(editor()->openFile(path));
}

void RoutineMenu::duplicateSelected()
{
    const QString path = m_window->libraryPage()->selectedPath();
    if (!path.isEmpty())
        show(editor()->duplicateToEdit(path));
}

} // namespace unclutch::app
