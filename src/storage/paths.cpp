#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace unclutch::storage {

namespace {

QString defaultDataDir()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/unclutch");
    return dir;
}

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;

// Makes `dir` owner-only when it makes it (its parents as the system makes them); with
// `tighten`, also takes group and other permissions off a folder that is already there.
bool makePrivateDir(const QString& dir, bool tighten)
{
    if (!QFileInfo(dir).isDir()) {
        // Made 0700 at once, never chmod'ed after: nothing is ever readable by others.
        const bool made =
            QDir().mkpath(QFileInfo(dir).absolutePath()) && QDir().mkdir(dir, kOwnerOnly);
        return made || QFileInfo(dir).isDir(); // or another process made it meanwhile
    }
    const QFile::Permissions current = QFile::permissions(dir);
    if (tighten && (current & ~kOwnerOnly) != 0)
        QFile::setPermissions(dir, current & kOwnerOnly);
    return true;
}

bool isRoutineDir(const QString& dir)
{
    return QFileInfo(dir + QStringLiteral("/routine.schema.json")).isFile();
}

} // namespace

Paths::Paths(const QString& dataDirOverride)
    : m_dataDir(QDir::cleanPath(dataDirOverride.isEmpty() ? defaultDataDir()
                                                          : QDir(dataDirOverride).absolutePath()))
    , m_isDefaultDataDir(dataDirOverride.isEmpty())
{
}

QString Paths::userRoutinesDir() const
{
    return m_dataDir + QStringLiteral("/routines");
}

QString Paths::historyDatabase() const
{
    return m_dataDir + QStringLiteral("/history.sqlite");
}

QString Paths::logDir() const
{
    return m_dataDir + QStringLiteral("/logs");
}

QString Paths::bundledRoutinesDir() const
{
    // Relative to the binary first, so an installed tree works wherever it was put (DESTDIR, .deb).
    QStringList candidates;
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty())
        candidates << QDir::cleanPath(appDir + QStringLiteral("/../share/unclutch/routines"));
    candidates << QStringLiteral(UNCLUTCH_INSTALLED_ROUTINES_DIR)
               << QStringLiteral(UNCLUTCH_SOURCE_ROUTINES_DIR);
    for (const QString& dir : candidates) {
        if (isRoutineDir(dir))
            return dir;
    }
    return QStringLiteral(UNCLUTCH_SOURCE_ROUTINES_DIR);
}

bool Paths::isBundledRoutine(const QString& routinePath) const
{
    return isDirectlyIn(routinePath, bundledRoutinesDir());
}

bool Paths::isDirectlyIn(const QString& path, const QString& folder)
{
    const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
    return !canonicalFolder.isEmpty() && QFileInfo(path).canonicalPath() == canonicalFolder;
}

Status Paths::ensureDataDir() const
{
    // The history is health data: the data folder and the folders Unclutch keeps in it are
    // their owner's alone from the first start. The platform's folder is Unclutch's own and is
    // made private if an older version left it open; a folder given with --data-dir that is
    // already there keeps the permissions its owner gave it (it may be shared, as /tmp is).
    if (makePrivateDir(m_dataDir, m_isDefaultDataDir) && makePrivateDir(userRoutinesDir(), true) &&
        makePrivateDir(logDir(), true))
        return {};
    return Failure(QCoreApplication::translate("Paths", "Cannot create the data folder %1")
                       .arg(QDir::toNativeSeparators(m_dataDir)));
}

} // namespace unclutch::storage
