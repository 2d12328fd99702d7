#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace unclutch::storage {
class HistoryStore;
}

namespace unclutch::app {

class SessionRecorder;

// Stands between the person and quitting (the window's close button, Ctrl+Q) while the history
// holds writes back: it ends the open session first (stopped), and if the disk still will not
// take what is held back, says so and offers to try again before quitting, or to quit without
// it. The question goes through `Ask`, so tests answer it without a modal dialog.
class UnsavedHistoryGuard : public QObject {
    Q_OBJECT

public:
    // True: try again; false: quit without saving. `problem` is the store's message.
    using Ask = std::function<bool(QWidget* parent, const QString& problem)>;

    // Watches `window`'s close (and must not outlive it); `ask` defaults to a message box.
    explicit UnsavedHistoryGuard(QWidget* window, Ask ask = {});

    // Once the history is open (both may be null: nothing to guard).
    void setHistory(storage::HistoryStore* store, SessionRecorder* recorder);

    // The message box of the default Ask.
    static bool askWithMessageBox(QWidget* parent, const QString& problem);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void saveBeforeClosing();

    QWidget* m_window;
    Ask m_ask;
    storage::HistoryStore* m_store = nullptr;
    SessionRecorder* m_recorder = nullptr;
};

} // namespace unclutch::app
