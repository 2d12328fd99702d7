#include "paths.h"

#include <QCoreApplication>
#include <QDir>
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

bool isRoutineDir(const QString& dir)
{
    return QFileInfo(dir + QStringLiteral("/routine.schema.json")).isFile();
}

} // namespace

Paths::Paths(const QString& dataDirOverride)
    : m_dataDir(QDir::cleanPath(dataDirOverride.isEmpty() ? defaultDataDir()
                                                          : QDir(dataDirOverride).absolutePath()))
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

Status Paths::ensureDataDir() const
{
    if (QDir().mkpath(userRoutinesDir()))
        return {};
    return Failure(QCoreApplication::translate("Paths", "Cannot create the data folder %1")
                       .arg(QDir::toNativeSeparators(m_dataDir)));
}

} // namespace unclutch::storage
