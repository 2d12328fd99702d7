#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

#include "result.h"

namespace unclutch::storage {

// A SQLite database file on disk with the -wal and -shm files SQLite keeps beside it:
// kept private to its owner, and moved aside whole when it is damaged.
class DatabaseFile {
    Q_DECLARE_TR_FUNCTIONS(DatabaseFile)

public:
    explicit DatabaseFile(QString path);

    const QString& path() const { return m_path; }
    // The main file and its companions, in that order.
    QStringList files() const;

    // True when any of the files has bytes in it (an empty file is a fresh database).
    bool hasContent() const;

    // Whether SQLite finds the file damaged: it is not a database, PRAGMA quick_check reports a
    // problem, or `isSound` (given) says its contents are not what they should be. Checked over
    // a read-only connection named `connectionName`, so that closing it can never checkpoint a
    // -wal into a damaged file before it is moved aside. Other errors (permissions, locks) are
    // not damage: the caller's own connection reports them. When it finds damage, the files
    // are left byte for byte as they were found.
    bool isDamaged(const QString& connectionName,
                   const std::function<bool(const QSqlDatabase&)>& isSound = {}) const;

    // Creates the folder if missing (owner-only when it creates it) and the file if missing
    // (0600 from the first moment, not chmod'ed after), and takes group and other
    // permissions off an existing file: the history is health data.
    Status preparePrivate() const;

    // The file or its folder is there but cannot be written (a read-only mount or folder, a
    // file its owner made read-only), so SQLite can only read it.
    bool cannotBeWritten() const;

    // Points `db` at the file to read it only, also where nothing can be written beside it.
    void setUpForReading(QSqlDatabase& db) const;

    // After a failed first open: removes the file and its companions if nothing was ever
    // written to it, so that a disk full from the start leaves no empty history behind.
    void removeIfEmpty() const;

    // Renames the file and its -wal and -shm, untouched, to `<path>.corrupt-<yyyyMMdd-HHmmss>`
    // (plus "-wal"/"-shm"), with the local time of `when` and "-2", "-3"… if that name is
    // taken. Returns the new path of the main file. Either all of them move, or none.
    Result<QString> moveAside(const QDateTime& when) const;

private:
    QString m_path;
};

} // namespace unclutch::storage
