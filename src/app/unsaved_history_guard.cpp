#include "unsaved_history_guard.h"

#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

#include "app/player/session_recorder.h"
#include "storage/history_store.h"

namespace unclutch::app {

UnsavedHistoryGuard::UnsavedHistoryGuard(QWidget* window, Ask ask)
    : m_window(window)
    , m_ask(ask ? std::move(ask) : Ask(&UnsavedHistoryGuard::askWithMessageBox))
{
    window->installEventFilter(this);
}

void UnsavedHistoryGuard::setHistory(storage::HistoryStore* store, SessionRecorder* recorder)
{
    m_store = store;
    m_recorder = recorder;
}

bool UnsavedHistoryGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        saveBeforeClosing();
    return false; // the window closes either way
}

void UnsavedHistoryGuard::saveBeforeClosing()
{
    // What quitting would do anyway, done now, while the person can still be asked about it.
    if (m_recorder)
        m_recorder->closeOpenSession();
    if (!m_store || !m_store->hasPendingWrites())
        return;
    for (;;) {
        const storage::Status saved = m_store->retryPendingWrites();
        if (saved.ok() || !m_ask(m_window, saved.error()))
            return;
    }
}

bool UnsavedHistoryGuard::askWithMessageBox(QWidget* parent, const QString& problem)
{
    QMessageBox box(QMessageBox::Warning, tr("Unclutch"),
                    tr("The last session is not saved in the history yet."), QMessageBox::NoButton,
                    parent);
    box.setInformativeText(
        tr("%1\n\nFree some space on the disk, then try again. If you quit now, what was not "
           "saved is lost.")
            .arg(problem));
    QPushButton* retry = box.addButton(tr("&Try Again"), QMessageBox::AcceptRole);
    box.addButton(tr("&Quit Without Saving"), QMessageBox::DestructiveRole);
    box.setDefaultButton(retry);
    box.exec();
    return box.clickedButton() == retry;
}

} // namespace unclutch::app
