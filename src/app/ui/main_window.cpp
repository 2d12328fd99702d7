#include "main_window.h"

#include <QCloseEvent>
#include <QDropEvent>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "app/first_paint_report.h"
#include "app/player/fitted_start.h"
#include "app/player/player_controller.h"
#include "app/player/player_view.h"
#include "library_page.h"
#include "routine_fits.h"
#include "safety_banner.h"
#include "storage/routine_library.h"

namespace unclutch::app {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kLastRoutineKey = QStringLiteral("library/lastRoutine");

// The local routine files (*.json) among what is dragged; empty when there are none.
QStringList routineFilesIn(const QMimeData* data)
{
    QStringList files;
    if (!data)
        return files;
    for (const QUrl& url : data->urls()) {
        const QString file = url.toLocalFile();
        if (file.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
            files << file;
    }
    return files;
}

} // namespace

MainWindow::MainWindow(storage::RoutineLibrary& library, QWidget* parent)
    : QMainWindow(parent)
    , m_routines(library)
    , m_controller(new PlayerController(this))
    , m_pages(new QStackedWidget)
    , m_library(new LibraryPage(library))
{
    setWindowTitle(tr("Unclutch"));
    setObjectName(QStringLiteral("mainWindow"));
    // A routine file someone sent, dropped anywhere on the window, is imported.
    setAcceptDrops(true);
    m_pages->addWidget(m_library);
    // The not-medical-advice note stays on top until dismissed once (the About dialog keeps it).
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (!SafetyBanner::isDismissed()) {
        m_banner = new SafetyBanner;
        layout->addWidget(m_banner);
    }
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    // The routines have the focus from the start, not the first button of the chain (the
    // note's "Got it", where ↓ would only move the focus on).
    m_library->setFocus();

    connect(m_library, &LibraryPage::startRequested, this, &MainWindow::playEntry);
    // Built in the first idle moment after the first paint, so a session starts at once.
    callAfterFirstPaint(this, [this] { playerView(); });
    // A first start fits the screen, however large the text scale makes everything.
    QSize size(1100, 700);
    if (const QScreen* screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

PlayerView* MainWindow::playerView()
{
    if (!m_player) {
        m_player = new PlayerView(m_controller);
        m_pages->addWidget(m_player);
        connect(m_player, &PlayerView::backToLibrary, this, &MainWindow::showLibrary);
        connect(m_player, &PlayerView::fullScreenToggleRequested, this,
                &MainWindow::toggleFloorMode);
    }
    return m_player;
}

bool MainWindow::isPlayerShown() const
{
    return m_player && m_pages->currentWidget() == m_player;
}

void MainWindow::play(const core::Routine& routine, const QString& file, SessionStart start)
{
    emit aboutToPlay();
    PlayerView* player = playerView();
    m_pages->setCurrentWidget(player);
    // On a short screen (a small laptop at a large text scale) every line counts in the player:
    // the note, already shown in the library, makes room for the controls.
    const QScreen* screen = this->screen();
    if (m_banner && screen && screen->availableSize().height() < PlayerView::kCompactScreenHeight)
        m_banner->hide();
    const QString title = QString::fromStdString(routine.title);
    setWindowTitle(start.isTry ? tr("Trying %1 — Unclutch").arg(title)
                               : tr("%1 — Unclutch").arg(title));
    player->play(routine, file, start);
}

void MainWindow::playEntry(const QString& path)
{
    const storage::RoutineEntry* entry = m_routines.findByPath(path);
    if (!entry || !entry->routine)
        return;
    QSettings().setValue(kLastRoutineKey, path);
    // As fitted beside Start.
    const core::FittedRoutine fitted = m_library->fits()->fitted(*entry->routine);
    play(fitted.routine, entry->path, fittedStart(fitted));
}

void MainWindow::showLibrary()
{
    if (isFullScreen())
        toggleFloorMode();
    // A session never started (its cautions were not acknowledged) leaves nothing to record.
    if (m_controller->state() == core::SessionState::Ready)
        m_controller->unload();
    else
        m_controller->stop();
    m_pages->setCurrentWidget(m_library);
    m_library->setFocus();
    // Back from a short screen's player, the note shows again, unless it was dismissed there.
    if (m_banner && !SafetyBanner::isDismissed())
        m_banner->show();
    setWindowTitle(tr("Unclutch"));
}

void MainWindow::toggleFloorMode()
{
    if (isFullScreen()) {
        if (m_wasMaximized)
            showMaximized();
        else
            showNormal();
    } else {
        m_wasMaximized = isMaximized();
        showFullScreen();
    }
    // Floor mode is the session alone: no menus, and the note (read in the library) out of the
    // way until the window comes back.
    const bool floor = isFullScreen();
    menuBar()->setVisible(!floor);
    if (m_banner) {
        if (floor)
            m_bannerBeforeFloorMode = m_banner->isVisible();
        m_banner->setVisible(!floor && m_bannerBeforeFloorMode);
    }
    playerView()->setFloorMode(floor);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!routineFilesIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = routineFilesIn(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    emit routineFilesDropped(files);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    // Floor mode is for the one session; the next start opens as the window was before it.
    if (!isFullScreen())
        settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    m_library->select(settings.value(kLastRoutineKey).toString());
}

} // namespace unclutch::app
