#pragma once

#include <QWidget>

#include "storage/history_filter.h"

QT_BEGIN_NAMESPACE
class QTableWidget;
QT_END_NAMESPACE

namespace unclutch::storage {
class HistoryStore;
} // namespace unclutch::storage

namespace unclutch::app {

class MessageStack;

// The History window's "What helps" tab: for each routine the filter's sessions include, how
// many were rated before and after, the average change in pain with its range (lowest to
// highest), and the minutes practised, with a caution in plain words where there are too few
// rated sessions to say anything (storage::HistoryStatistics::whatHelps). Routines are listed
// by title: nothing is ranked or scored. An empty history, or one that cannot be read, shows a
// sentence instead.
class WhatHelpsWidget : public QWidget {
    Q_OBJECT

public:
    enum Column {
        RoutineColumn,
        RatedColumn,
        ChangeColumn,
        RangeColumn,
        MinutesColumn,
        NoteColumn,
        ColumnCount
    };

    // Shows the sessions of `filter` (read once here; setFilter() reads them again).
    explicit WhatHelpsWidget(const storage::HistoryStore& store,
                             const storage::HistoryFilter& filter = {}, QWidget* parent = nullptr);

    // Reads the history again with this filter.
    void setFilter(const storage::HistoryFilter& filter);
    void reload();

    QTableWidget* table() const { return m_table; }
    // The sentence shown instead of the table; empty while the table is shown.
    QString message() const;

private:
    const storage::HistoryStore& m_store;
    storage::HistoryFilter m_filter;
    QTableWidget* m_table;
    MessageStack* m_stack = nullptr;
};

} // namespace unclutch::app
