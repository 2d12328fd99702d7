#include "library_model.h"

#include <QBrush>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPalette>

#include "app/duration_text.h"
#include "routine_fits.h"
#include "storage/routine_library.h"

namespace unclutch::app {

namespace {

QString poseList(const core::Routine& routine)
{
    QStringList poses;
    for (const core::Step& step : routine.steps) {
        const QString pose = QString::fromStdString(step.pose);
        if (!poses.contains(pose))
            poses << pose;
    }
    return poses.join(QStringLiteral(" · "));
}

} // namespace

LibraryModel::LibraryModel(const storage::RoutineLibrary& library, QObject* parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{
    connect(&library, &storage::RoutineLibrary::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int LibraryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_library.entries().size());
}

int LibraryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const storage::RoutineEntry* LibraryModel::entryAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_library.entries().at(row);
}

void LibraryModel::setFits(const RoutineFits* fits)
{
    m_fits = fits;
    connect(fits, &RoutineFits::changed, this, [this](const QString& id) {
        for (int row = 0; row < rowCount(); ++row) {
            const storage::RoutineEntry* entry = entryAt(row);
            if (entry->routine && QString::fromStdString(entry->routine->id) == id)
                emit dataChanged(index(row, LengthColumn), index(row, LengthColumn));
        }
    });
}

QVariant LibraryModel::data(const QModelIndex& index, int role) const
{
    const storage::RoutineEntry* entry = entryAt(index.row());
    if (!entry)
        return {};
    if (role == PathRole)
        return entry->path;
    if (role == ValidRole)
        return entry->isValid();

    if (!entry->routine) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            switch (index.column()) {
            case TitleColumn:
                return QFileInfo(entry->path).fileName();
            case PosesColumn:
                return entry->firstError();
            default:
                return {};
            }
        }
        if (role == Qt::ForegroundRole && index.column() == PosesColumn)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    }

    const core::Routine& routine = *entry->routine;
    if (role == Qt::ToolTipRole && index.column() == LengthColumn && m_fits) {
        const std::int64_t written = core::total_ms(routine);
        const std::int64_t fitted = m_fits->fittedLengthMs(routine);
        if (fitted == written)
            return minutesSeconds(written);
        return tr("%1 today, %2 as written").arg(minutesSeconds(fitted), minutesSeconds(written));
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TitleColumn:
            return QString::fromStdString(routine.title);
        case LengthColumn:
            return minutesSeconds(m_fits ? m_fits->fittedLengthMs(routine)
                                         : core::total_ms(routine));
        case PosesColumn:
            return poseList(routine);
        case OriginColumn:
            return entry->isReadOnly() ? tr("Bundled") : tr("Your own");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == LengthColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Routine");
    case LengthColumn:
        return tr("Length");
    case PosesColumn:
        return tr("Poses");
    case OriginColumn:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace unclutch::app
