// What a first start leaves on disk is its owner's alone: the history is health data.
#include <gtest/gtest.h>

#include <QDir>
#include <QTemporaryDir>

#include <sys/stat.h>

#include "cli_run.h"

using namespace unclutch::test;

namespace {

unsigned mode(const QString& path)
{
    struct stat status {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & 0777 : 0;
}

} // namespace

TEST(CliPrivateFiles, AFirstStartMakesTheDataFolderItsLogAndItsHistoryPrivate)
{
    QTemporaryDir dir;
    const QString routine = dir.filePath(QStringLiteral("short.json"));
    writeFile(routine, R"({"format": 1, "id": "private-test", "title": "Short", "transition": 0,
                           "steps": [{"pose": "Stand", "duration": 1}]})");
    const QString data = dir.filePath(QStringLiteral("data"));
    const Outcome played =
        playUnattended({QStringLiteral("--data-dir"), data, QStringLiteral("--play"), routine});
    ASSERT_EQ(played.exitCode, 0) << played.err.toStdString();
    EXPECT_EQ(mode(data), 0700u);
    EXPECT_EQ(mode(data + QStringLiteral("/routines")), 0700u);
    EXPECT_EQ(mode(data + QStringLiteral("/logs")), 0700u);
    EXPECT_EQ(mode(data + QStringLiteral("/logs/unclutch.log")), 0600u);
    EXPECT_EQ(mode(data + QStringLiteral("/history.sqlite")), 0600u);
}
