#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

#include "storage/history_filter.h"
#include "storage/history_reader.h"

class QComboBox;
class QDateEdit;

namespace unclutch::app {

// Which sessions the history window shows: one routine or all of them, and a period (all time,
// the last 30 days, the last year, or a range of days picked in two date fields). Any change
// emits filterChanged with the new filter.
class HistoryFilterBar : public QWidget {
    Q_OBJECT
public:
    enum class Period { AllTime, Last30Days, LastYear, Custom };

    explicit HistoryFilterBar(QWidget* parent = nullptr);

    // The routines to offer, keeping the chosen one when it is still there.
    void setRoutines(const QList<storage::RoutineSummary>& routines);
    // The day the quick periods end on (today, local).
    void setToday(const QDate& today);

    void setRoutineId(const QString& id);
    // A custom range of local days, both included.
    void setRange(const QDate& first, const QDate& last);

    Period period() const;
    storage::HistoryFilter filter() const;

signals:
    void filterChanged(const storage::HistoryFilter& filter);

private:
    void onPeriodChosen();
    void onDateEdited();
    void showPeriodDates();
    void announce();

    QComboBox* m_routine;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QDate m_today;
    bool m_updating = false;
    storage::HistoryFilter m_announced;
};

} // namespace unclutch::app
