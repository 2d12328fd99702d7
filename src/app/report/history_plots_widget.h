#pragma once

#include <QList>
#include <QWidget>

#include "storage/history_filter.h"
#include "storage/history_statistics.h"

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace unclutch::storage {
class HistoryStore;
} // namespace unclutch::storage

namespace unclutch::app {

class MessageStack;

// The History window's "Plots" tab: pain before and after over time above, minutes practised
// per week below, for the sessions the filter matches (HistoryCharts builds both). Follows the
// app's palette, light or dark, and rebuilds when it changes. An empty history, or one that
// cannot be read, shows a sentence instead of empty axes.
class HistoryPlotsWidget : public QWidget {
    Q_OBJECT

public:
    // Shows the sessions of `filter` (read once here; setFilter() reads them again).
    explicit HistoryPlotsWidget(const storage::HistoryStore& store,
                                const storage::HistoryFilter& filter = {},
                                QWidget* parent = nullptr);

    // Reads the history again with this filter.
    void setFilter(const storage::HistoryFilter& filter);
    const storage::HistoryFilter& filter() const { return m_filter; }
    // Reads the history again, e.g. after a session was added or deleted.
    void reload();

    // The charts on show, for tests; null while the sentence is shown instead.
    QChart* painChart() const;
    QChart* weeklyChart() const;
    // The sentence shown instead of the plots; empty while the plots are shown.
    QString message() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void showMessage(const QString& text);
    void rebuildCharts();

    const storage::HistoryStore& m_store;
    storage::HistoryFilter m_filter;
    QList<storage::PainPoint> m_pain;
    QList<storage::WeekActivity> m_weeks;
    MessageStack* m_stack = nullptr;
    QChartView* m_painView = nullptr;
    QChartView* m_weeklyView = nullptr;
};

} // namespace unclutch::app
