#include "main_menus.h"

#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

#include "audio/sound_player.h"
#include "audio/voice.h"
#include "desktop/reminder_settings_widget.h"
#include "desktop/tray_reminders.h"
#include "editor/routine_editor_window.h"
#include "history/history_window.h"
#include "library_page.h"
#include "main_window.h"
#include "player/session_recorder.h"
#include "report/history_report.h"
#include "report/report_range_dialog.h"
#include "storage/history_exporter.h"
#include "storage/history_store.h"
#include "storage/paths.h"
#include "storage/routine_library.h"
#include "ui/about_dialog.h"
#include "ui/sound_voice_settings_widget.h"

namespace unclutch::app {

namespace {

// Where save dialogs start: the documents folder when there is one, else home.
QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() || !QDir(documents).exists() ? QDir::homePath() : documents;
}

QList<RoutineChoice> routineChoices(const storage::RoutineLibrary& library)
{
    QList<RoutineChoice> choices;
    for (const storage::RoutineEntry& entry : library.entries()) {
        if (entry.routine)
            choices.append({QString::fromStdString(entry.routine->id),
                            QString::fromStdString(entry.routine->title)});
    }
    return choices;
}

} // namespace

MainMenus::MainMenus(MainWindow* window, storage::RoutineLibrary& library,
                     const storage::Paths& paths, TrayReminders* reminders)
    : QObject(window)
    , m_window(window)
    , m_library(library)
    , m_paths(paths)
    , m_reminders(reminders)
    , m_historyUnavailable(tr("The history has not been opened."))
{
    QMenu* routines = window->menuBar()->addMenu(tr("&Routine"));
    routines->addAction(tr("&New routine…"), QKeySequence::New, this, &MainMenus::newRoutine);
    routines->addAction(tr("&Edit"), QKeySequence(tr("Ctrl+E")), this, &MainMenus::editSelected);
    routines->addAction(tr("&Duplicate to edit"), QKeySequence(tr("Ctrl+D")), this,
                        &MainMenus::duplicateSelected);
    routines->addSeparator();
    routines->addAction(tr("&Quit"), QKeySequence::Quit, window, &QWidget::close);

    QMenu* history = window->menuBar()->addMenu(tr("H&istory"));
    QAction* showHistory = history->addAction(tr("Show &history…"), QKeySequence(tr("Ctrl+H")),
                                              this, &MainMenus::showHistory);
    showHistory->setObjectName(QStringLiteral("showHistoryAction"));
    history->setObjectName(QStringLiteral("historyMenu"));
    history->addSeparator();
    history->addAction(tr("&Export history…"), this, &MainMenus::exportHistory)
        ->setObjectName(QStringLiteral("exportHistoryAction"));
    history
        ->addAction(tr("&Report for a physiotherapist…"), this,
                    &MainMenus::reportForPhysiotherapist)
        ->setObjectName(QStringLiteral("physiotherapistReportAction"));

    QMenu* settings = window->menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Reminders…"), this, &MainMenus::showReminderPreferences);
    m_soundAndVoiceAction =
        settings->addAction(tr("&Sound and voice…"), this, &MainMenus::showSoundAndVoice);
    m_soundAndVoiceAction->setObjectName(QStringLiteral("soundAndVoiceAction"));
    m_soundAndVoiceAction->setEnabled(false);

    QMenu* help = window->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Unclutch"), this, &MainMenus::showAbout);

    if (m_reminders) {
        m_reminders->setRoutines(routineChoices(library));
        connect(&library, &storage::RoutineLibrary::changed, this,
                [this] { m_reminders->setRoutines(routineChoices(m_library)); });
        connect(m_reminders, &TrayReminders::settingsRequested, this,
                &MainMenus::showReminderPreferences);
        connect(m_reminders, &TrayReminders::showWindowRequested, window, [window] {
            window->showNormal();
            window->raise();
            window->activateWindow();
        });
        connect(m_reminders, &TrayReminders::reminderShown, window,
                [window](const QString& title, const QString& message) {
                    window->statusBar()->showMessage(title + QStringLiteral(" — ") + message);
                });
        connect(m_reminders, &TrayReminders::routineRequested, window, [this](const QString& id) {
            if (const storage::RoutineEntry* entry = m_library.findById(id)) {
                m_window->showNormal();
                m_window->play(*entry->routine, entry->path);
            }
        });
    }
}

RoutineEditorWindow* MainMenus::editor()
{
    if (!m_editor) {
        m_editor = new RoutineEditorWindow(m_paths);
        m_editor->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_editor, &RoutineEditorWindow::tryRoutine, m_window,
                [this](const core::Routine& routine, const QString& path, int step) {
                    m_window->play(routine, path, {step, true});
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

void MainMenus::open(const storage::Status& opened)
{
    if (!opened) {
        report(opened.error());
        return;
    }
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
}

void MainMenus::report(const QString& error)
{
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Unclutch"), error);
}

void MainMenus::newRoutine()
{
    open(editor()->newRoutine());
}

void MainMenus::editSelected()
{
    const QString path = m_window->libraryPage()->selectedPath();
    if (path.isEmpty())
        return;
    open(editor()->openFile(path));
}

void MainMenus::duplicateSelected()
{
    const QString path = m_window->libraryPage()->selectedPath();
    if (path.isEmpty())
        return;
    open(editor()->duplicateToEdit(path));
}

void MainMenus::setHistory(storage::HistoryStore* store, SessionRecorder* recorder,
                           const QString& unavailable)
{
    m_store = store && store->isOpen() ? store : nullptr;
    m_recorder = recorder;
    m_historyUnavailable = unavailable;
}

void MainMenus::showHistory()
{
    if (!m_store) {
        QMessageBox::information(m_window, tr("History"),
                                 tr("The history cannot be shown: %1").arg(m_historyUnavailable));
        return;
    }
    if (!m_history) {
        // A child of the main window, so it closes with it; a window of its own, not modal.
        m_history = new HistoryWindow(m_store, m_window);
        m_history->setAttribute(Qt::WA_DeleteOnClose);
        if (m_recorder)
            connect(m_recorder, &SessionRecorder::historyChanged, m_history,
                    &HistoryWindow::refreshSoon);
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

HistoryWindow* MainMenus::historyWindow() const
{
    return m_history;
}

void MainMenus::showReminderPreferences()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Reminders"));
    auto* page = new ReminderSettingsWidget(&dialog);
    page->setRoutines(routineChoices(m_library));
    page->load();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(page);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    page->apply();
    if (m_reminders)
        m_reminders->reloadSettings();
}

void MainMenus::setAudio(SoundPlayer* sound, Voice* voice)
{
    m_sound = sound;
    m_voice = voice;
    m_soundAndVoiceAction->setEnabled(sound && voice);
    // A page open on the old objects would change nothing any more.
    if (m_soundAndVoice)
        m_soundAndVoice->close();
}

void MainMenus::showSoundAndVoice()
{
    if (!m_sound || !m_voice)
        return;
    if (!m_soundAndVoice) {
        // A child of the main window, so it closes with it; a window of its own, not modal, so
        // the player's M and V still work while it is open (and the page follows them).
        m_soundAndVoice = new QDialog(m_window);
        m_soundAndVoice->setObjectName(QStringLiteral("soundAndVoiceDialog"));
        m_soundAndVoice->setAttribute(Qt::WA_DeleteOnClose);
        m_soundAndVoice->setWindowTitle(tr("Sound and voice"));
        auto* page = new SoundVoiceSettingsWidget(m_sound, m_voice, m_soundAndVoice);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
        connect(buttons, &QDialogButtonBox::rejected, m_soundAndVoice, &QDialog::close);
        auto* layout = new QVBoxLayout(m_soundAndVoice);
        layout->addWidget(page);
        layout->addWidget(buttons);
        // As large as its contents, also when a line about a missing output comes or goes, and
        // never squeezed to two thirds of a small screen (200 % text on 1366×768).
        layout->setSizeConstraint(QLayout::SetFixedSize);
    }
    m_soundAndVoice->show();
    m_soundAndVoice->raise();
    m_soundAndVoice->activateWindow();
}

QDialog* MainMenus::soundAndVoiceDialog() const
{
    return m_soundAndVoice;
}

void MainMenus::showAbout()
{
    AboutDialog(m_window).exec();
}

bool MainMenus::historyAvailable()
{
    if (m_store)
        return true;
    QMessageBox::warning(
        m_window, tr("Unclutch"),
        tr("There are no sessions to export or report: %1").arg(m_historyUnavailable));
    return false;
}

void MainMenus::exportHistory()
{
    if (!historyAvailable())
        return;
    const QString csv = tr("CSV spreadsheet (*.csv)");
    const QString json = tr("JSON (*.json)");
    QString filter = csv;
    QString fileName = QFileDialog::getSaveFileName(
        m_window, tr("Export history"),
        QDir(documentsFolder()).filePath(QStringLiteral("unclutch-history.csv")),
        csv + QStringLiteral(";;") + json, &filter);
    if (fileName.isEmpty())
        return;
    if (!storage::HistoryExporter::formatFor(fileName))
        fileName += filter == json ? QStringLiteral(".json") : QStringLiteral(".csv");
    exportHistoryTo(fileName);
}

bool MainMenus::exportHistoryTo(const QString& fileName)
{
    const storage::Result<QString> exported =
        storage::HistoryExporter::exportHistory(*m_store, fileName);
    if (!exported) {
        report(exported.error());
        return false;
    }
    m_window->statusBar()->showMessage(*exported);
    return true;
}

void MainMenus::reportForPhysiotherapist()
{
    if (!historyAvailable())
        return;
    ReportRangeDialog range(QDate::currentDate(), m_window);
    if (range.exec() != QDialog::Accepted)
        return;
    const QString suggested =
        QStringLiteral("unclutch-report-%1-to-%2.pdf")
            .arg(range.first().toString(Qt::ISODate), range.last().toString(Qt::ISODate));
    QString fileName = QFileDialog::getSaveFileName(m_window, tr("Save report"),
                                                    QDir(documentsFolder()).filePath(suggested),
                                                    tr("PDF document (*.pdf)"));
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) != 0)
        fileName += QStringLiteral(".pdf");
    if (!writeReportTo(fileName, range.first(), range.last()))
        return;
    const QMessageBox::StandardButton open = QMessageBox::question(
        m_window, tr("Report written"),
        tr("The report is in %1.\n\nOpen it now?").arg(QDir::toNativeSeparators(fileName)),
        QMessageBox::Open | QMessageBox::Close, QMessageBox::Open);
    if (open == QMessageBox::Open && !QDesktopServices::openUrl(QUrl::fromLocalFile(fileName)))
        report(tr("No application could open %1.").arg(QDir::toNativeSeparators(fileName)));
}

bool MainMenus::writeReportTo(const QString& fileName, const QDate& first, const QDate& last)
{
    ReportRequest request;
    request.first = first;
    request.last = last;
    const storage::Status written = HistoryReport::write(*m_store, request, fileName);
    if (!written.ok()) {
        report(written.error());
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("Report written to %1").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

} // namespace unclutch::app
