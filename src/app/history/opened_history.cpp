#include "opened_history.h"

#include <QCoreApplication>
#include <QDateTime>

#include "app/console.h"
#include "app/player/session_recorder.h"
#include "app/report/history_report.h"
#include "app/unsaved_history_guard.h"
#include "history_window.h"
#include "storage/history_exporter.h"
#include "storage/history_store.h"

namespace unclutch::app {

OpenedHistory::OpenedHistory(const QString& databaseFile, PlayerController* controller)
    : m_ownStore(std::make_unique<storage::HistoryStore>(databaseFile))
    , m_store(m_ownStore.get())
{
    open();
    // A history that cannot be written records nothing: the player says so instead.
    if (!canKeepSessions() || !controller)
        return;
    m_ownRecorder = std::make_unique<SessionRecorder>(controller, m_store);
    m_recorder = m_ownRecorder.get();
    connect(m_recorder, &SessionRecorder::writeFailed, this, &HistoryAccess::writeFailed);
    connect(qApp, &QCoreApplication::aboutToQuit, m_recorder, &SessionRecorder::closeOpenSession);
}

OpenedHistory::OpenedHistory(storage::HistoryStore* store, SessionRecorder* recorder)
    : m_store(store)
    , m_recorder(recorder)
{
}

// The window shows the store: it goes first.
OpenedHistory::~OpenedHistory()
{
    delete m_window;
    // No one was asked (a signal, an unattended run's end): the last try is said where it failed.
    if (m_ownStore && m_ownStore->hasPendingWrites()) {
        if (const storage::Status saved = m_ownStore->retryPendingWrites(); !saved)
            printErr(QStringLiteral("unclutch: ") + saved.error());
    }
}

void OpenedHistory::open()
{
    // Opened once per start; sessions a crash or a power cut left open are closed, as
    // interrupted. What the user should be told: a damaged file moved aside, a history that
    // cannot be used.
    if (const storage::Status opened = m_store->open(); !opened) {
        m_notice = opened.warning().isEmpty()
                       ? opened.error()
                       : opened.warning() + QLatin1Char(' ') + opened.error();
    } else if (const storage::Result<int> recovered =
                   m_store->recoverInterrupted(QDateTime::currentDateTimeUtc());
               !recovered) {
        m_notice = recovered.error();
    } else {
        m_notice = opened.warning();
    }
}

bool OpenedHistory::isOpen() const
{
    return m_store->isOpen();
}

bool OpenedHistory::canKeepSessions() const
{
    return m_store->isOpen() && !m_store->isReadOnly();
}

void OpenedHistory::interruptOpenSession()
{
    if (m_recorder)
        m_recorder->endOpenSession(storage::SessionOutcome::Interrupted);
}

void OpenedHistory::guardClosing(QWidget* window)
{
    m_unsaved = std::make_unique<UnsavedHistoryGuard>(window);
    m_unsaved->setHistory(m_store, m_recorder);
}

QWidget* OpenedHistory::showWindow(QWidget* parent)
{
    if (!m_window) {
        // A child of the main window, so it closes with it; a window of its own, not modal.
        m_window = new HistoryWindow(m_store, parent);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
        if (m_recorder)
            connect(m_recorder, &SessionRecorder::historyChanged, m_window,
                    &HistoryWindow::refreshSoon);
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    return m_window;
}

QWidget* OpenedHistory::window() const
{
    return m_window;
}

bool OpenedHistory::isExportFileName(const QString& fileName) const
{
    return storage::HistoryExporter::formatFor(fileName).has_value();
}

storage::Result<QString> OpenedHistory::exportTo(const QString& fileName)
{
    return storage::HistoryExporter::exportHistory(*m_store, fileName);
}

storage::Status OpenedHistory::writeReport(const QString& fileName, const QDate& first,
                                           const QDate& last)
{
    ReportRequest request;
    request.first = first;
    request.last = last;
    return HistoryReport::write(*m_store, request, fileName);
}

storage::Result<std::optional<storage::SessionRecord>>
OpenedHistory::latestResumable(const QDateTime& now) const
{
    return m_store->latestResumable(now);
}

storage::Status OpenedHistory::dismissResume(storage::SessionId id)
{
    return m_store->dismissResume(id);
}

} // namespace unclutch::app
