#pragma once

#include <QAbstractTableModel>

namespace unclutch::storage {
class RoutineLibrary;
struct RoutineEntry;
} // namespace unclutch::storage

namespace unclutch::app {

class RoutineFits;

// The routine library as a table: title, length, poses, where it comes from. A broken file is a
// row too, showing its first error, so an author sees it instead of wondering where it went.

class LibraryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, LengthColumn, PosesColumn, OriginColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, ValidRole };

    explicit LibraryModel(const storage::RoutineLibrary& library, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const storage::RoutineEntry* entryAt(int row) const;

    // The length column shows each routine's length as fitted to its choices, and changes as
    // soon as they do.
    void setFits(const RoutineFits* fits);

private:
    const storage::RoutineLibrary& m_library;
    const RoutineFits* m_fits = nullptr;
};

} // namespace unclutch::app
