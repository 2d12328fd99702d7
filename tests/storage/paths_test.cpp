#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include "storage/paths.h"

using unclutch::storage::Paths;

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
