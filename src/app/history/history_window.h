#pragma once

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <functional>

#include "storage/history_filter.h"

class QCloseEvent;
class QPushButton;
class QTableView;
class QTabWidget;

namespace unclutch::storage {
class HistoryStore;
}

namespace unclutch::app {

class HistoryFilterBar;
class HistoryHeader;
class HistoryPlotsWidget;
class SessionDetailPane;
class SessionTableModel;
class WhatHelpsWidget;

// The history of practice, in a window of its own beside the main one (not modal): three tabs.
// "Sessions" holds the filters, a gentle header, the table of sessions newest first and the
// selected session's details and note; "Plots" the pain and weekly-minutes charts for the same
// filter; "What helps" how pain changed with each routine, for the same filter.
class HistoryWindow : public QWidget {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    // Asks the person a yes/no question; true for yes. Tests answer without a dialog.
    using Confirm =
        std::function<bool(QWidget* parent, const QString& title, const QString& question)>;

    // `store` must be open and outlive the window. `clock` is "now" for the quick periods and
    // the lasting-pain note; the default is the system clock.
    explicit HistoryWindow(storage::HistoryStore* store, QWidget* parent = nullptr,
                           Clock clock = {});
    ~HistoryWindow() override;

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    QTabWidget* tabs() const { return m_tabs; }
    HistoryFilterBar* filterBar() const { return m_filterBar; }
    HistoryHeader* header() const { return m_header; }
    SessionTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    SessionDetailPane* details() const { return m_details; }
    // Null until the Plots tab has been shown once.
    HistoryPlotsWidget* plots() const { return m_plots; }
    // Null until the What helps tab has been shown once.
    WhatHelpsWidget* whatHelps() const { return m_whatHelps; }
    storage::HistoryFilter filter() const;

public slots:
    // Reads the history again (a session was recorded), keeping the filter and the selection.
    void refresh();
    // The same, a moment later and once for several changes: a session that starts, ends or
    // gets a rating says so while its timing matters more than this window.
    void refreshSoon();
    // Asks, then deletes the selected session.
    void deleteSelected();

signals:
    void filterChanged(const storage::HistoryFilter& filter);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter(const storage::HistoryFilter& filter);
    void loadRoutines();
    void scheduleHeaderUpdate();
    void updateHeader();
    void showSelected();
    void select(int row);
    void saveGeometrySetting();
    // The plots and what helps read every session the filter matches: only while their tab is
    // shown, and only when something changed since they last did.
    void markTabsStale();
    void updateTabsIfShown();
    // Made the first time `tab` is shown, `view` reads the filter's sessions again when `stale`.
    template <typename View>
    void fillTabIfShown(QWidget* tab, View*& view, bool& stale, const QString& name);
    QDateTime now() const;

    storage::HistoryStore* m_store;
    Clock m_clock;
    Confirm m_confirm;
    QTabWidget* m_tabs;
    HistoryFilterBar* m_filterBar;
    HistoryHeader* m_header;
    SessionTableModel* m_model;
    QTableView* m_table;
    SessionDetailPane* m_details;
    QWidget* m_plotsTab = nullptr;
    HistoryPlotsWidget* m_plots = nullptr;
    bool m_plotsStale = true;
    QWidget* m_whatHelpsTab = nullptr;
    WhatHelpsWidget* m_whatHelps = nullptr;
    bool m_whatHelpsStale = true;
    // The header's count of days reads every session the filter matches (about 0.2 s for
    // 100,000), the routines every session too: both are read once the table has been
    // painted, so the sessions come first.
    QTimer m_headerTimer;
    QTimer m_refreshTimer;
    bool m_tablePainted = false;
    bool m_headerPending = false;
    bool m_routinesPending = false;
};

} // namespace unclutch::app
