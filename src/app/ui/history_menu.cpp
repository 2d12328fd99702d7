#include "history_menu.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUrl>

#include "app/history_module.h"
#include "app/report/report_range_dialog.h"
#include "documents_folder.h"
#include "main_window.h"

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

void HistoryMenu::setHistory(HistoryAccess* history, const QString& unavailable)
{
    m_history = history && history->isOpen() ? history : nullptr;
    m_unavailable = unavailable;
}

void HistoryMenu::showHistory()
{
    if (!m_history)
        emit historyNeeded();
    if (!m_history) {
        QMessageBox::information(m_window, tr("History"),
                                 tr("The history cannot be shown: %1").arg(m_unavailable));
        return;
    }
    m_history->showWindow(m_window);
}

QWidget* HistoryMenu::historyWindow() const
{
    return m_history ? m_history->window() : nullptr;
}

void HistoryMenu::showError(const QString& message)
{
    QMessageBox::warning(m_window, tr("Unclutch"), message);
}

bool HistoryMenu::historyAvailable()
{
    if (!m_history)
        emit historyNeeded();
    if (m_history)
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
    if (!m_history->isExportFileName(fileName))
        fileName += filter == json ? QStringLiteral(".json") : QStringLiteral(".csv");
    exportHistoryTo(fileName);
}

bool HistoryMenu::exportHistoryTo(const QString& fileName)
{
    const storage::Result<QString> exported = m_history->exportTo(fileName);
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
    const storage::Status written = m_history->writeReport(fileName, first, last);
    if (!written) {
        showError(written.error());
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("Report written to %1").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

} // namespace unclutch::app
