#include "history_menu.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUrl>

#include "app/history/history_window.h"
#include "app/player/session_recorder.h"
#include "app/report/history_report.h"
#include "app/report/report_range_dialog.h"
#include "documents_folder.h"
#include "main_window.h"
#include "storage/history_exporter.h"
#include "storage/history_store.h"

namespace unclutch::app {

HistoryMenu::HistoryMenu(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_unavailable(tr("The history has not been opened."))
{
    QMenu* menu = window->menuBar()->addMenu(tr("H&istory"));
    menu->setObjectName(QStringLiteral("historyMenu"));
    menu->addAction(tr("Show &history…"), QKeySequence(tr("Ctrl+H")), this,
                    &HistoryMenu::showHistory)
        ->setObjectName(QStringLiteral("showHistoryAction"));
    menu->addSeparator();
    menu->addAction(tr("&Export history…"), this, &HistoryMenu::exportHistory)
        ->setObjectName(QStringLiteral("exportHistoryAction"));
    menu->addAction(tr("&Report for a physiotherapist…"), this,
                    &HistoryMenu::reportForPhysiotherapist)
        ->setObjectName(QStringLiteral("physiotherapistReportAction"));
}

void HistoryMenu::setHistory(storage::HistoryStore* store, SessionRecorder* recorder,
                             const QString& unavailable)
{
    m_store = store && store->isOpen() ? store : nullptr;
    m_recorder = recorder;
    m_unavailable = unavailable;
}

void HistoryMenu::showHistory()
{
    if (!m_store) {
        QMessageBox::information(m_window, tr("History"),
                                 tr("The history cannot be shown: %1").arg(m_unavailable));
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

HistoryWindow* HistoryMenu::historyWindow() const
{
    return m_history;
}

void HistoryMenu::showError(const QString& message)
{
    QMessageBox::warning(m_window, tr("Unclutch"), message);
}

bool HistoryMenu::historyAvailable()
{
    if (m_store)
        return true;
    showError(tr("There are no sessions to export or report: %1").arg(m_unavailable));
    return false;
}

void HistoryMenu::exportHistory()
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

bool HistoryMenu::exportHistoryTo(const QString& fileName)
{
    const storage::Result<QString> exported =
        storage::HistoryExporter::exportHistory(*m_store, fileName);
    if (!exported) {
        showError(exported.error());
        return false;
    }
    m_window->statusBar()->showMessage(*exported);
    return true;
}

void HistoryMenu::reportForPhysiotherapist()
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
        showError(tr("No application could open %1.").arg(QDir::toNativeSeparators(fileName)));
}

bool HistoryMenu::writeReportTo(const QString& fileName, const QDate& first, const QDate& last)
{
    ReportRequest request;
    request.first = first;
    request.last = last;
    const storage::Status written = HistoryReport::write(*m_store, request, fileName);
    if (!written) {
        showError(written.error());
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("Report written to %1").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

} // namespace unclutch::app
