#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QString>

namespace unclutch::app {

class HistoryAccess;
class MainWindow;

// The History menu: the history window, the export as CSV or JSON, and the PDF report for a
// physiotherapist. What happened is shown in the status bar, or in a message box for a failure.
class HistoryMenu : public QObject {
    Q_OBJECT

public:
    explicit HistoryMenu(MainWindow* window);

    // The history the menu shows (from the history module; may be null). Without an open one,
    // `unavailable` says why the history cannot be shown.
    void setHistory(HistoryAccess* history, const QString& unavailable);

    // A window of its own, not modal, opened once and raised after.
    void showHistory();
    // The history window (a HistoryWindow) once shown, while it is open.
    QWidget* historyWindow() const;
    // Ask for a file, then write it.
    void exportHistory();
    void reportForPhysiotherapist();
    // The parts after the dialogs, for tests: true when the file was written.
    bool exportHistoryTo(const QString& fileName);
    bool writeReportTo(const QString& fileName, const QDate& first, const QDate& last);

signals:
    // The menu was used before the history was given (setHistory()): it is wanted now.
    void historyNeeded();

private:
    bool historyAvailable();
    void showError(const QString& message);

    MainWindow* m_window;
    QPointer<HistoryAccess> m_history;
    QString m_unavailable;
};

} // namespace unclutch::app
