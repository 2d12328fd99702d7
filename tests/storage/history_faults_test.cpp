#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include "../support/unprivileged_child.h"
#include "file_size_limit.h"
#include "history_test_support.h"
#include "storage/history_store.h"

using namespace unclutch::storage;
using namespace unclutch::storage::test;
using unclutch::test::FileSizeLimit;
using unclutch::test::ranAsUnprivilegedChild;

namespace {

QByteArray garbage(int size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

QString expectedAside(const QString& path, const QDateTime& when)
{
    return path + QStringLiteral(".corrupt-") +
           when.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// Overwrites page `page` (1-based) of a database file with noise.
bool damagePage(const QString& path, int page, int pageSize = 4096)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() < qint64(page) * pageSize)
        return false;
    file.seek(qint64(page - 1) * pageSize);
    return file.write(garbage(pageSize, quint32(page))) == pageSize;
}

} // namespace

TEST_F(HistoryTest, GarbageFileIsMovedAsideWithItsCompanionsAndAFreshStoreStarts)
{
    const QByteArray main = garbage(10000, 1);
    const QByteArray wal = garbage(3000, 2);
    const QByteArray shm = garbage(32768, 3);
    ASSERT_TRUE(writeAll(m_path, main));
    ASSERT_TRUE(writeAll(m_path + QStringLiteral("-wal"), wal));
    ASSERT_TRUE(writeAll(m_path + QStringLiteral("-shm"), shm));

    HistoryStore store(m_path, m_clock.function());
    const Status opened = store.open();
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    const QString aside = expectedAside(m_path, m_clock.now);
    EXPECT_EQ(store.movedAsideTo(), aside);
    EXPECT_EQ(readAll(aside), main);
    EXPECT_EQ(readAll(aside + QStringLiteral("-wal")), wal);
    EXPECT_EQ(readAll(aside + QStringLiteral("-shm")), shm);
    EXPECT_TRUE(opened.warning().contains(QDir::toNativeSeparators(aside)));

    ASSERT_TRUE(store.startSession(runningSession(m_clock.now)).ok());
    EXPECT_EQ(store.count().value(), 1);
    EXPECT_TRUE(readAll(m_path).startsWith("SQLite format 3"));
}

TEST_F(HistoryTest, DamagedPageIsFoundAndTheFilesMovedAsideUntouched)
{
    QList<SessionRecord> records;
    for (int i = 0; i < 300; ++i) {
        SessionRecord record = finishedSession(m_clock.now.addDays(-i), 600000);
        record.note = QString(200, QLatin1Char('n'));
        records << record;
    }
    ASSERT_TRUE(
        openStore()->addSessions(records).ok()); // closed cleanly: everything in the main file
    // A crash with a committed session still in the -wal: copy the files while it is open.
    const QString crashed = m_dir.filePath(QStringLiteral("crashed.sqlite"));
    {
        auto store = openStore();
        ASSERT_TRUE(store->startSession(runningSession(m_clock.now)).ok());
        ASSERT_TRUE(copyWithCompanions(m_path, crashed));
    }
    ASSERT_GT(QFileInfo(crashed + QStringLiteral("-wal")).size(), 0);
    ASSERT_TRUE(damagePage(crashed, 10));
    const QByteArray main = readAll(crashed);
    const QByteArray wal = readAll(crashed + QStringLiteral("-wal"));

    HistoryStore store(crashed, m_clock.function());
    const Status opened = store.open();
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    ASSERT_EQ(store.movedAsideTo(), expectedAside(crashed, m_clock.now));
    // Nothing was checkpointed into the damaged file on the way.
    EXPECT_EQ(readAll(store.movedAsideTo()), main);
    EXPECT_EQ(readAll(store.movedAsideTo() + QStringLiteral("-wal")), wal);
    EXPECT_TRUE(QFileInfo::exists(store.movedAsideTo() + QStringLiteral("-shm")));
    EXPECT_EQ(store.count().value(), 0);
    EXPECT_TRUE(store.startSession(runningSession(m_clock.now)).ok());
}

TEST_F(HistoryTest, TruncatedFileIsMovedAside)
{
    QList<SessionRecord> records;
    for (int i = 0; i < 300; ++i) {
        SessionRecord record = finishedSession(m_clock.now.addDays(-i), 600000);
        record.note = QString(200, QLatin1Char('n'));
        records << record;
    }
    ASSERT_TRUE(openStore()->addSessions(records).ok());
    const QByteArray whole = readAll(m_path);
    ASSERT_GT(whole.size(), 40000);
    const QByteArray half = whole.left(whole.size() / 2 + 100);
    ASSERT_TRUE(writeAll(m_path, half));

    HistoryStore store(m_path, m_clock.function());
    const Status opened = store.open();
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    ASSERT_FALSE(store.movedAsideTo().isEmpty());
    EXPECT_EQ(readAll(store.movedAsideTo()), half);
    EXPECT_EQ(store.count().value(), 0);
}

TEST_F(HistoryTest, SecondDamageInTheSameSecondGetsItsOwnName)
{
    ASSERT_TRUE(writeAll(m_path, garbage(5000, 7)));
    {
        HistoryStore first(m_path, m_clock.function());
        ASSERT_TRUE(first.open().ok());
    }
    ASSERT_TRUE(writeAll(m_path, garbage(5000, 8)));
    HistoryStore second(m_path, m_clock.function());
    const Status opened = second.open();
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_EQ(second.movedAsideTo(), expectedAside(m_path, m_clock.now) + QStringLiteral("-2"));
    EXPECT_EQ(readAll(second.movedAsideTo()), garbage(5000, 8));
    EXPECT_EQ(readAll(expectedAside(m_path, m_clock.now)), garbage(5000, 7));
}

TEST_F(HistoryTest, FolderThatCannotBeCreatedIsAnErrorNotDamage)
{
    const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
    ASSERT_TRUE(writeAll(blocker, "not a folder"));
    HistoryStore store(blocker + QStringLiteral("/history.sqlite"), m_clock.function());
    const Status opened = store.open();
    EXPECT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QDir::toNativeSeparators(blocker)))
        << opened.error().toStdString();
    EXPECT_TRUE(store.movedAsideTo().isEmpty());
    EXPECT_FALSE(store.startSession(runningSession(m_clock.now)).ok());
    EXPECT_EQ(readAll(blocker), QByteArray("not a folder"));
}

TEST_F(HistoryTest, DirectoryInPlaceOfTheFileIsAnError)
{
    ASSERT_TRUE(QDir().mkpath(m_path));
    HistoryStore store(m_path, m_clock.function());
    const Status opened = store.open();
    EXPECT_FALSE(opened.ok());
    EXPECT_FALSE(opened.error().isEmpty());
    EXPECT_TRUE(store.movedAsideTo().isEmpty());
    EXPECT_TRUE(QFileInfo(m_path).isDir());
}

TEST_F(HistoryTest, DamagedFileThatCannotBeMovedAsideIsAnErrorAndKept)
{
    if (ranAsUnprivilegedChild())
        return;
    const QByteArray main = garbage(6000, 11);
    ASSERT_TRUE(writeAll(m_path, main));
    ASSERT_TRUE(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    HistoryStore store(m_path, m_clock.function());
    const Status opened = store.open();
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    EXPECT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QDir::toNativeSeparators(m_path)))
        << opened.error().toStdString();
    EXPECT_TRUE(store.movedAsideTo().isEmpty());
    EXPECT_EQ(readAll(m_path), main);
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files),
              QStringList{QStringLiteral("history.sqlite")});
}

TEST_F(HistoryTest, ProgressThatCannotBeWrittenIsReportedKeptAndRetried)
{
    auto store = openStore();
    const SessionId id = store->startSession(runningSession(m_clock.now)).value();
    ASSERT_TRUE(store->updateSession(id, progress(5000, 1)).ok());
    QDateTime lastFailedUpdate;
    {
        FileSizeLimit full(0);
        ASSERT_TRUE(full.active());
        m_clock.advanceMs(5000);
        const Status first = store->updateSession(id, progress(10000, 2, {1}));
        EXPECT_FALSE(first.ok());
        EXPECT_FALSE(first.error().isEmpty());
        EXPECT_TRUE(store->hasPendingWrites());
        m_clock.advanceMs(5000);
        lastFailedUpdate = m_clock.now;
        EXPECT_FALSE(store->updateSession(id, progress(15000, 3, {1})).ok());
        EXPECT_FALSE(store->retryPendingWrites().ok());
        // The disk still has the last progress that was written.
        EXPECT_EQ(store->session(id)->completedActiveMs, 5000);
    }
    m_clock.advanceMs(1000);
    ASSERT_TRUE(store->retryPendingWrites().ok());
    EXPECT_FALSE(store->hasPendingWrites());
    const SessionRecord stored = store->session(id).value();
    EXPECT_EQ(stored.completedActiveMs, 15000);
    EXPECT_EQ(stored.stepsCompleted, 3);
    EXPECT_EQ(stored.steps, progress(15000, 3, {1}).steps);
    EXPECT_EQ(stored.lastUpdate, lastFailedUpdate); // when it was reached, not when written
}

TEST_F(HistoryTest, EverythingHeldBackIsWrittenByTheNextWrite)
{
    auto store = openStore();
    const SessionId id = store->startSession(runningSession(m_clock.now)).value();
    {
        FileSizeLimit full(0);
        ASSERT_TRUE(full.active());
        m_clock.advanceMs(320000);
        EXPECT_FALSE(store
                         ->finishSession(id, SessionOutcome::Completed, m_clock.now,
                                         progress(320000, 6, {2}))
                         .ok());
        EXPECT_FALSE(store->setPainAfter(id, 2).ok());
        EXPECT_FALSE(store->setNote(id, QStringLiteral("Easier today")).ok());
        // A new session cannot be started on a full disk, and nothing of it is kept.
        EXPECT_FALSE(store->startSession(runningSession(m_clock.now)).ok());
    }
    // Progress of the first session comes first: recovery must not take it for a leftover.
    EXPECT_EQ(store->recoverInterrupted(m_clock.now).value(), 0);
    EXPECT_FALSE(store->hasPendingWrites());
    store.reset();

    auto reopened = openStore();
    const SessionRecord stored = reopened->session(id).value();
    EXPECT_EQ(stored.outcome, SessionOutcome::Completed);
    EXPECT_EQ(stored.end, m_clock.now);
    EXPECT_EQ(stored.completedActiveMs, 320000);
    EXPECT_EQ(stored.steps, progress(320000, 6, {2}).steps);
    EXPECT_EQ(stored.painAfter, 2);
    EXPECT_EQ(stored.note, QStringLiteral("Easier today"));
    EXPECT_EQ(reopened->count().value(), 1);
}

TEST_F(HistoryTest, ClosingWritesWhatWasHeldBack)
{
    SessionId id = 0;
    {
        auto store = openStore();
        id = store->startSession(runningSession(m_clock.now)).value();
        {
            FileSizeLimit full(0);
            ASSERT_TRUE(full.active());
            EXPECT_FALSE(store->updateSession(id, progress(7000, 1)).ok());
        }
    }
    EXPECT_EQ(openStore()->session(id)->completedActiveMs, 7000);
}
