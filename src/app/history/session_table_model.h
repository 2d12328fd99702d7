#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

#include "storage/history_filter.h"
#include "storage/session_record.h"

namespace unclutch::storage {
class HistoryStore;
}

namespace unclutch::app {

// The sessions a filter matches, newest first, read from the store a page at a time as the view
// scrolls (canFetchMore/fetchMore), so a history of 100,000 sessions opens as fast as one of ten.
// A read that fails leaves the rows read so far and says why (readFailed, lastError()).
class SessionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        RoutineColumn,
        DurationColumn,
        OutcomeColumn,
        PainColumn,
        ColumnCount
    };
    enum Role { SessionIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    explicit SessionTableModel(storage::HistoryStore* store, QObject* parent = nullptr);

    // Reads the first page of `filter`'s sessions again (after a filter change or a new session).
    void setFilter(const storage::HistoryFilter& filter);
    void reload() { setFilter(m_filter); }
    const storage::HistoryFilter& filter() const { return m_filter; }

    // How many sessions the filter matches, read or not.
    qint64 totalCount() const { return m_total; }
    const QString& lastError() const { return m_error; }

    const storage::SessionRecord* recordAt(int row) const;
    // The row of a session among the rows read so far.
    std::optional<int> rowOf(storage::SessionId id) const;
    // Keeps a saved note in the rows read, without reading the store again.
    void setNoteOf(storage::SessionId id, const QString& note);
    // Forgets a deleted session.
    void removeSession(storage::SessionId id);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // The cell texts, shared with the detail pane.
    static QString dateText(const QDateTime& instant);
    static QString durationText(const storage::SessionRecord& record);

signals:
    void readFailed(const QString& message);

private:
    QString cellText(const storage::SessionRecord& record, int column) const;
    void fail(const QString& message);

    storage::HistoryStore* m_store;
    storage::HistoryFilter m_filter;
    QList<storage::SessionRecord> m_rows;
    qint64 m_total = 0;
    QString m_error;
};

} // namespace unclutch::app
