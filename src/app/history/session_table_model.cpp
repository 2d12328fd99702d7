#include "session_table_model.h"

#include <QLocale>

#include "app/duration_text.h"
#include "app/pain_text.h"
#include "storage/history_store.h"

namespace unclutch::app {

SessionTableModel::SessionTableModel(storage::HistoryStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void SessionTableModel::setFilter(const storage::HistoryFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_total = 0;
    m_error.clear();
    const storage::Result<qint64> total = m_store->count(filter);
    if (total.ok()) {
        m_total = total.value();
        storage::Result<QList<storage::SessionRecord>> page =
            m_store->sessions(filter, kPageSize, 0);
        if (page.ok())
            m_rows = std::move(page).value();
        else
            m_error = page.error();
    } else {
        m_error = total.error();
    }
    endResetModel();
    if (!m_error.isEmpty())
        emit readFailed(m_error);
}

const storage::SessionRecord* SessionTableModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

std::optional<int> SessionTableModel::rowOf(storage::SessionId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return std::nullopt;
}

void SessionTableModel::setNoteOf(storage::SessionId id, const QString& note)
{
    if (const std::optional<int> row = rowOf(id))
        m_rows[*row].note = note;
}

void SessionTableModel::removeSession(storage::SessionId id)
{
    const std::optional<int> row = rowOf(id);
    if (!row)
        return;
    beginRemoveRows({}, *row, *row);
    m_rows.removeAt(*row);
    --m_total;
    endRemoveRows();
}

int SessionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex& index, int role) const
{
    const storage::SessionRecord* record = recordAt(index.row());
    if (!record || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cellText(*record, index.column());
    case Qt::ToolTipRole:
        return index.column() == RoutineColumn ? record->routineFile : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == PainColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SessionIdRole:
        return record->id;
    default:
        return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case RoutineColumn:
        return tr("Routine");
    case DurationColumn:
        return tr("Done / planned");
    case OutcomeColumn:
        return tr("Outcome");
    case PainColumn:
        return tr("Pain before → after");
    default:
        return {};
    }
}

bool SessionTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_error.isEmpty() && m_rows.size() < m_total;
}

void SessionTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    storage::Result<QList<storage::SessionRecord>> page =
        m_store->sessions(m_filter, kPageSize, int(m_rows.size()));
    if (!page.ok()) {
        fail(page.error());
        return;
    }
    QList<storage::SessionRecord> rows = std::move(page).value();
    if (rows.isEmpty()) {
        // Sessions were deleted behind the model's back: there is no more to read.
        m_total = m_rows.size();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    m_rows.append(std::move(rows));
    endInsertRows();
}

QString SessionTableModel::dateText(const QDateTime& instant)
{
    if (!instant.isValid())
        return QStringLiteral("—");
    const QDateTime local = instant.toLocalTime();
    const QLocale locale;
    //: The date of a session in the history table: Qt date format (ddd: weekday, MMM: month).
    // The locale's short time, without the seconds some locales put in it.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    return locale.toString(local.date(), tr("ddd d MMM yyyy")) + QStringLiteral(", ") +
           locale.toString(local.time(), timeFormat);
}

QString SessionTableModel::durationText(const storage::SessionRecord& record)
{
    return tr("%1 / %2").arg(minutesSeconds(record.completedActiveMs),
                             minutesSeconds(record.plannedActiveMs));
}

QString SessionTableModel::cellText(const storage::SessionRecord& record, int column) const
{
    switch (column) {
    case DateColumn:
        return dateText(record.start);
    case RoutineColumn:
        return record.routineTitle.isEmpty() ? record.routineId : record.routineTitle;
    case DurationColumn:
        return durationText(record);
    case OutcomeColumn:
        return storage::outcomeDisplayName(record.outcome);
    case PainColumn:
        return painBeforeAfterText(record.painBefore, record.painAfter);
    default:
        return {};
    }
}

void SessionTableModel::fail(const QString& message)
{
    m_error = message;
    emit readFailed(message);
}

} // namespace unclutch::app
