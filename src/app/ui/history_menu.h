#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QString>

namespace unclutch::storage {
class HistoryStore;
} // namespace unclutch::storage

namespace unclutch::app {

class HistoryWindow;
class MainWindow;
class SessionRecorder;

// The History menu: the history window, the export as CSV or JSON, and the PDF report for a
// physiotherapist. What happened is shown in the status bar, or in a message box for a failure.
class HistoryMenu : public QObject {
    Q_OBJECT

public:
    explicit HistoryMenu(MainWindow* window);

    // The history the menu shows, and the recorder whose sessions it follows (may be null).
    // Without an open store, `unavailable` says why the history cannot be shown.
    void setHistory(storage::HistoryStore* store, SessionRecorder* recorder,
                    const QString& unavailable);

    // A window of its own, not modal, opened once and raised after.
    void showHistory();
    HistoryWindow* historyWindow() const;
    // Ask for a file, then write it.
    void exportHistory();
    void reportForPhysiotherapist();
    // The parts after the dialogs, for tests: true when the file was written.
    bool exportHistoryTo(const QString& fileName);
    bool writeReportTo(const QString& fileName, const QDate& first, const QDate& last);

private:
    bool historyAvailable();
    void showError(const QString& message);

    MainWindow* m_window;
    storage::HistoryStore* m_store = nullptr;
    QPointer<SessionRecorder> m_recorder;
    QString m_unavailable;
    QPointer<HistoryWindow> m_history;
};

} // namespace unclutch::app
