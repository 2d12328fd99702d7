#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QMainWindow>

#include "core/diagnostic.h"
#include "core/routine.h"
#include "editor_prompts.h"
#include "routine_document.h"
#include "storage/file_change_watcher.h"
#include "storage/paths.h"
#include "storage/result.h"
#include "storage/routine_file_writer.h"
#include "storage/routine_files.h"

namespace Ui {
class RoutineEditorWindow;
}

namespace unclutch::app {

// The routine editor: the routine's fields, its steps, every field of the selected step, the
// messages `--validate` would print beside the fields they concern (checked on every edit),
// the total length and a timeline preview, undo and redo, and a safe save.
//
// The main window opens it with openFile() ("Edit"), duplicateToEdit() ("Duplicate to edit")
// or newRoutine() ("New routine"), and connects tryRoutine() to the player and routineSaved()
// / routineCreated() to the library if it wants to select the routine (the library also
// notices the file by itself).
class RoutineEditorWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit RoutineEditorWindow(const storage::Paths& paths, QWidget* parent = nullptr);
    ~RoutineEditorWindow() override;

    // Opens a routine file. Own routines are editable; bundled ones open read-only with a
    // "Duplicate to edit" button. A file with errors cannot be opened here (the message says
    // which). Unsaved changes to the routine open now are asked about first (Save / Discard /
    // Cancel).
    storage::Status openFile(const QString& path);
    // Copies a (bundled) routine into the user's routines with a fresh id and opens the copy.
    storage::Status duplicateToEdit(const QString& path);
    // Opens a new own routine, blank or starting with `firstStep`. It is written only by its
    // first save, in a file of its own with the id its title offers then; closed unchanged, it
    // leaves nothing behind. Unsaved changes to the routine open now are asked about first.
    storage::Status newRoutine(const std::optional<core::Step>& firstStep = std::nullopt);

    RoutineDocument* document() { return &m_document; }
    bool isValid() const { return m_valid; }
    const std::vector<core::Diagnostic>& diagnostics() const { return m_diagnostics; }
    // For tests: answer the window's questions without modal dialogs.
    void setPrompts(std::unique_ptr<EditorPrompts> prompts);
    storage::FileChangeWatcher* fileWatcher() { return &m_watcher; }

public slots:
    // Saves to the routine's file (with the previous version kept as .bak); false and a
    // message when the routine has errors, is read-only or the disk refuses.
    bool save();
    void selectStep(int step);

signals:
    // "Try it": play `routine` as it is in the editor (saved or not), from `stepIndex`.
    // `path` is where it lives, for its pictures.
    void tryRoutine(const unclutch::core::Routine& routine, const QString& path, int stepIndex);
    void routineSaved(const QString& path);
    // A copy was made, or a new routine saved for the first time, in the user's routines folder.
    void routineCreated(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // An own routine, on disk or new: one that can be saved.
    bool isEditable() const;
    // Asks about unsaved changes; true when the routine may be left (saved or discarded).
    bool maybeSave();
    void load(const core::Routine& routine, const QString& path, const QByteArray& bytes);
    void showDocument();
    bool saveNew();
    void revalidate();
    void route();
    void updateTitle();
    void updateActions();
    void showNotice(const QString& text);
    std::optional<QString> chooseImage();
    void changedOnDisk(const QByteArray& bytes);
    void removedFromDisk();

    std::unique_ptr<Ui::RoutineEditorWindow> m_ui;
    storage::Paths m_paths;
    storage::RoutineFiles m_files;
    storage::RoutineFileWriter m_writer;
    RoutineDocument m_document;
    storage::FileChangeWatcher m_watcher;
    std::unique_ptr<EditorPrompts> m_prompts;
    std::vector<core::Diagnostic> m_diagnostics;
    bool m_valid = false;
};

} // namespace unclutch::app
