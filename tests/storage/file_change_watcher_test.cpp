#include <gtest/gtest.h>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "storage/file_change_watcher.h"

using unclutch::storage::FileChangeWatcher;

namespace {

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

class FileChangeWatcherTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        writeAll(m_path, "mine");
        m_watcher.watch(m_path, "mine");
    }

    QTemporaryDir m_dir;
    const QString m_path = m_dir.filePath(QStringLiteral("routine.json"));
    FileChangeWatcher m_watcher;
    QSignalSpy m_changed{&m_watcher, &FileChangeWatcher::changedOnDisk};
    QSignalSpy m_removed{&m_watcher, &FileChangeWatcher::removedFromDisk};
};

} // namespace

TEST_F(FileChangeWatcherTest, AChangeBySomeoneElseIsReportedWithItsBytes)
{
    writeAll(m_path, "theirs");
    m_watcher.checkNow();
    ASSERT_EQ(m_changed.count(), 1);
    EXPECT_EQ(m_changed[0][0].toByteArray(), QByteArray("theirs"));
    // Once known, the same bytes are no news.
    m_watcher.checkNow();
    EXPECT_EQ(m_changed.count(), 1);
}

TEST_F(FileChangeWatcherTest, OwnSavesAreNotReported)
{
    m_watcher.setKnownBytes("saved here");
    writeAll(m_path, "saved here");
    m_watcher.checkNow();
    EXPECT_EQ(m_changed.count(), 0);
}

TEST_F(FileChangeWatcherTest, ARemovalIsReportedOnce)
{
    ASSERT_TRUE(QFile::remove(m_path));
    m_watcher.checkNow();
    m_watcher.checkNow();
    EXPECT_EQ(m_removed.count(), 1);
    EXPECT_EQ(m_changed.count(), 0);
    // Written again by someone else: a change, and a later removal is news again.
    writeAll(m_path, "back");
    m_watcher.checkNow();
    EXPECT_EQ(m_changed.count(), 1);
    ASSERT_TRUE(QFile::remove(m_path));
    m_watcher.checkNow();
    EXPECT_EQ(m_removed.count(), 2);
}

TEST_F(FileChangeWatcherTest, AChangeIsNoticedByItselfOnceThingsAreQuiet)
{
    writeAll(m_path, "theirs");
    // The file system's notice, then the quiet period: no call to checkNow().
    EXPECT_TRUE(QTest::qWaitFor([this] { return m_changed.count() == 1; }, 5000));
}

TEST_F(FileChangeWatcherTest, AnEmptyPathStopsWatching)
{
    m_watcher.watch({}, {});
    writeAll(m_path, "theirs");
    m_watcher.checkNow();
    EXPECT_EQ(m_changed.count(), 0);
}
