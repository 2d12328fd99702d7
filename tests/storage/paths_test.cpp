#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "storage/paths.h"

using unclutch::storage::Paths;
using unclutch::storage::Status;

TEST(Paths, DataDirOverrideHoldsEverything)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Paths paths(dir.path() + QStringLiteral("/sub/../data"));
    EXPECT_EQ(paths.dataDir(), dir.path() + QStringLiteral("/data"));
    EXPECT_EQ(paths.userRoutinesDir(), dir.path() + QStringLiteral("/data/routines"));
    EXPECT_EQ(paths.historyDatabase(), dir.path() + QStringLiteral("/data/history.sqlite"));
    const unclutch::storage::Status made = paths.ensureDataDir();
    EXPECT_TRUE(made.ok()) << made.error().toStdString();
    EXPECT_TRUE(QFileInfo(paths.userRoutinesDir()).isDir());
}

TEST(Paths, EnsureDataDirReportsAFolderThatCannotBeMade)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile blocker(dir.path() + QStringLiteral("/file"));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Paths paths(blocker.fileName() + QStringLiteral("/data"));
    const unclutch::storage::Status made = paths.ensureDataDir();
    EXPECT_FALSE(made.ok());
    EXPECT_TRUE(made.error().contains(QStringLiteral("file/data"))) << made.error().toStdString();
}

TEST(Paths, BundledRoutinesAreFoundFromABuildTree)
{
    const Paths paths;
    EXPECT_TRUE(
        QFileInfo(paths.bundledRoutinesDir() + QStringLiteral("/routine.schema.json")).isFile());
}

// 0700, in Qt's permission digits (owner and user are the same bits on Unix).
constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;

TEST(Paths, TheFoldersItMakesAreTheOwnersAloneFromTheFirstStart)
{
    QTemporaryDir dir;
    const Paths paths(dir.path() + QStringLiteral("/new/data"));
    const Status made = paths.ensureDataDir();
    ASSERT_TRUE(made.ok()) << made.error().toStdString();
    for (const QString& folder : {paths.dataDir(), paths.userRoutinesDir(), paths.logDir()})
        EXPECT_EQ(QFile::permissions(folder), kOwnerOnly) << folder.toStdString();
}

TEST(Paths, AGivenFolderKeepsItsPermissionsAndTheFoldersInsideAreMadePrivate)
{
    QTemporaryDir dir;
    const QFile::Permissions open =
        kOwnerOnly | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("shared/routines")));
    ASSERT_TRUE(QFile::setPermissions(dir.filePath(QStringLiteral("shared")), open));
    ASSERT_TRUE(QFile::setPermissions(dir.filePath(QStringLiteral("shared/routines")), open));
    const Paths paths(dir.filePath(QStringLiteral("shared")));
    const Status made = paths.ensureDataDir();
    ASSERT_TRUE(made.ok()) << made.error().toStdString();
    EXPECT_EQ(QFile::permissions(paths.dataDir()), open);
    EXPECT_EQ(QFile::permissions(paths.userRoutinesDir()), kOwnerOnly);
    EXPECT_EQ(QFile::permissions(paths.logDir()), kOwnerOnly);
}
