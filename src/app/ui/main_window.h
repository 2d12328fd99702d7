#pragma once

#include <QMainWindow>
#include <QPointer>

#include "app/player/session_start.h"

class QStackedWidget;

namespace unclutch::core {
struct Routine;
}

namespace unclutch::storage {
class RoutineLibrary;
}

namespace unclutch::app {

class LibraryPage;
class PlayerController;
class PlayerView;

// The library of routines, and the session player over it once a routine starts.
// Owns its settings: "mainWindow/geometry", "mainWindow/state" and "library/lastRoutine".
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(storage::RoutineLibrary& library, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the player on this routine and starts it (after its cautions, if they need
    // acknowledging) at `start`'s step. `file` resolves its images.
    void play(const core::Routine& routine, const QString& file, SessionStart start = {});
    void showLibrary();
    void toggleFloorMode();

    PlayerController* playerController() const { return m_controller; }
    // The player is built after the window is first painted (or sooner, when asked for): the
    // library start does not wait for pages it does not show.
    PlayerView* playerView();
    bool hasPlayerView() const { return m_player != nullptr; }
    LibraryPage* libraryPage() const { return m_library; }
    bool isPlayerShown() const;
    // Plays the library's routine in `path` as fitted beside Start (the choices remembered for it).
    void playEntry(const QString& path);

signals:
    // Emitted as play() begins, before the player loads the routine: what a session needs
    // (the history it is recorded in) can be made ready then.
    void aboutToPlay();
    // Routine files (*.json) dropped on the window, to be imported.
    void routineFilesDropped(const QStringList& files);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void saveSettings() const;
    void restoreSettings();

    storage::RoutineLibrary& m_routines;
    PlayerController* m_controller = nullptr;
    QStackedWidget* m_pages = nullptr;
    LibraryPage* m_library = nullptr;
    PlayerView* m_player = nullptr;
    bool m_wasMaximized = false;
    // The not-medical-advice note, until dismissed.
    QPointer<QWidget> m_banner;
    bool m_bannerBeforeFloorMode = false;
};

} // namespace unclutch::app
