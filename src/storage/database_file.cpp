#include "database_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

#include <utility>

#include "history_sql.h"

namespace unclutch::storage {

namespace {

const QStringList kCompanionSuffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

constexpr QFile::Permissions kOwnerOnly =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

bool anyExists(const QString& base)
{
    for (const QString& suffix : kCompanionSuffixes) {
        if (QFileInfo::exists(base + suffix))
            return true;
    }
    return false;
}

} // namespace

DatabaseFile::DatabaseFile(QString path)
    : m_path(std::move(path))
{
}

QStringList DatabaseFile::files() const
{
    QStringList result;
    for (const QString& suffix : kCompanionSuffixes)
        result << m_path + suffix;
    return result;
}

bool DatabaseFile::hasContent() const
{
    for (const QString& file : files()) {
        if (QFileInfo(file).size() > 0)
            return true;
    }
    return false;
}

bool DatabaseFile::isDamaged(const QString& connectionName,
                             const std::function<bool(const QSqlDatabase&)>& isSound) const
{
    // Even a read-only connection rebuilds the -shm (the index of the -wal) and may create
    // companions. When the files turn out damaged they are put back as they were, so that
    // what is moved aside is exactly what was found.
    const QString wal = m_path + QStringLiteral("-wal");
    const QString shm = m_path + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(wal);
    const bool hadShm = QFileInfo::exists(shm);
    QByteArray shmBytes;
    if (hadShm) {
        QFile file(shm);
        if (file.open(QIODevice::ReadOnly))
            shmBytes = file.readAll();
    }

    bool damaged = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA quick_check")))
                damaged = !query.next() || query.value(0).toString() != QStringLiteral("ok");
            else
                damaged = history_sql::isCorruption(query.lastError());
            query.finish();
            if (!damaged && isSound)
                damaged = !isSound(db);
        } else {
            damaged = history_sql::isCorruption(db.lastError());
        }
    }
    QSqlDatabase::removeDatabase(connectionName);

    if (damaged) {
        if (!hadWal)
            QFile::remove(wal);
        if (!hadShm) {
            QFile::remove(shm);
        } else {
            QFile file(shm);
            if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                file.write(shmBytes);
        }
    }
    return damaged;
}

bool DatabaseFile::cannotBeWritten() const
{
    const QFileInfo file(m_path);
    if (!file.exists())
        return false;
    return !file.isWritable() || !QFileInfo(file.absolutePath()).isWritable();
}

void DatabaseFile::setUpForReading(QSqlDatabase& db) const
{
    if (QFileInfo(m_path + QStringLiteral("-wal")).size() > 0) {
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.setDatabaseName(m_path);
        return;
    }
    // Reading a write-ahead-log database needs its -shm index, which cannot be made in a folder
    // that cannot be written. With no -wal to read, everything is in the file itself and SQLite
    // can be told it will not change ("immutable"), which needs no -shm at all.
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    db.setDatabaseName(
        QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
        QStringLiteral("?immutable=1"));
}

void DatabaseFile::removeIfEmpty() const
{
    if (QFileInfo(m_path).size() > 0 || QFileInfo(m_path + QStringLiteral("-wal")).size() > 0)
        return;
    for (const QString& file : files())
        QFile::remove(file);
}

Status DatabaseFile::preparePrivate() const
{
    const QFileInfo info(m_path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral("."))) {
            return Failure(
                tr("Cannot create the folder %1 for the history.").arg(native(dir.path())));
        }
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
    }
    QFile file(m_path);
    if (!info.exists()) {
        // NewOnly: if another process created it meanwhile, leave theirs alone and tighten below.
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)) {
            file.close();
            return {};
        }
        if (!QFileInfo::exists(m_path)) {
            return Failure(tr("Cannot create the history file %1: %2")
                               .arg(native(m_path), file.errorString()));
        }
    }
    if (!QFileInfo(m_path).isFile()) {
        return Failure(tr("The history file %1 is not a regular file.").arg(native(m_path)));
    }
    const QFile::Permissions current = file.permissions();
    if ((current & ~kOwnerOnly) != 0 && !file.setPermissions(current & kOwnerOnly)) {
        return Failure(tr("Cannot make the history file %1 private: %2")
                           .arg(native(m_path), file.errorString()));
    }
    return {};
}

Result<QString> DatabaseFile::moveAside(const QDateTime& when) const
{
    const QString stem = m_path + QStringLiteral(".corrupt-") +
                         when.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = stem;
    for (int n = 2; anyExists(target); ++n)
        target = stem + QLatin1Char('-') + QString::number(n);

    QList<std::pair<QString, QString>> moved;
    for (const QString& suffix : kCompanionSuffixes) {
        const QString from = m_path + suffix;
        if (!suffix.isEmpty() && !QFileInfo::exists(from))
            continue;
        QFile file(from);
        if (file.rename(target + suffix)) {
            moved.append({from, target + suffix});
            continue;
        }
        const QString error = file.errorString();
        // Put back what already moved: a fresh database beside an old -wal would replay it.
        for (const auto& [original, aside] : moved)
            QFile::rename(aside, original);
        return Failure(tr("The history file %1 is damaged and cannot be moved aside: %2")
                           .arg(native(from), error));
    }
    return target;
}

} // namespace unclutch::storage
