// The history through what laptops do: tables that do not match their version, a data folder
// that cannot be written, a disk full from the start, and a disk that fills while nothing else
// is written.
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

#include "../support/unprivileged_child.h"
#include "file_size_limit.h"
#include "history_test_support.h"
#include "storage/history_exporter.h"
#include "storage/history_schema.h"
#include "storage/history_store.h"
#include "storage/paths.h"

using namespace unclutch::storage;
using namespace unclutch::storage::test;
using unclutch::test::FileSizeLimit;
using unclutch::test::ranAsUnprivilegedChild;

namespace {

void exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    ASSERT_TRUE(query.exec(sql)) << sql.toStdString();
}

// A database file at `version` whose tables are made by `statements`, not by the migrations.
void makeDatabase(const QString& path, int version, const QStringList& statements)
{
    withDatabase(path, [&](QSqlDatabase& db) {
        for (const QString& statement : statements)
            exec(db, statement);
        exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
    });
}

const QFile::Permissions kReadOnlyFolder =
    QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser | QFile::ExeUser;
const QFile::Permissions kWritableFolder = kReadOnlyFolder | QFile::WriteOwner | QFile::WriteUser;

} // namespace

TEST_F(HistoryTest, TablesThatDoNotMatchTheirVersionAreDamageAndMovedAside)
{
    const QList<std::pair<int, QStringList>> mismatched = {
        // Columns missing: every insert failed with "Parameter count mismatch".
        {HistorySchema::kCurrentVersion,
         {QStringLiteral("CREATE TABLE sessions (id INTEGER PRIMARY KEY, routine_id TEXT)")}},
        // No sessions table at all.
        {HistorySchema::kCurrentVersion, {QStringLiteral("CREATE TABLE notes (text TEXT)")}},
        // An unversioned file that already has a table the first migration makes.
        {0, {QStringLiteral("CREATE TABLE sessions (anything TEXT)")}},
    };
    for (const auto& [version, statements] : mismatched) {
        SCOPED_TRACE(statements.join(QLatin1Char(';')).toStdString());
        QFile::remove(m_path);
        makeDatabase(m_path, version, statements);
        const QByteArray before = readAll(m_path);

        HistoryStore store(m_path, m_clock.function());
        const Status opened = store.open();
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        ASSERT_FALSE(store.movedAsideTo().isEmpty());
        EXPECT_EQ(readAll(store.movedAsideTo()), before);
        EXPECT_TRUE(opened.warning().contains(QDir::toNativeSeparators(store.movedAsideTo())))
            << opened.warning().toStdString();
        const Result<SessionId> started = store.startSession(runningSession(m_clock.now));
        EXPECT_TRUE(started.ok()) << started.error().toStdString();
        QFile::remove(store.movedAsideTo());
    }
}

TEST_F(HistoryTest, AFullDiskFromTheStartLeavesNoEmptyHistoryFile)
{
    {
        FileSizeLimit full(0);
        ASSERT_TRUE(full.active());
        HistoryStore store(m_path, m_clock.function());
        const Status opened = store.open();
        EXPECT_FALSE(opened.ok());
        EXPECT_FALSE(opened.error().isEmpty());
        EXPECT_FALSE(store.isOpen());
    }
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
              QStringList());
    // Once there is room, the history starts as if nothing had happened.
    EXPECT_TRUE(openStore()->startSession(runningSession(m_clock.now)).ok());
}

TEST_F(HistoryTest, HeldBackWritesAreRetriedOnATimerWithoutAnotherWrite)
{
    auto store = openStore();
    store->setRetryInterval(std::chrono::milliseconds(20));
    const SessionId id = store->startSession(runningSession(m_clock.now)).value();
    EXPECT_FALSE(store->isRetryScheduled()); // nothing held back: nothing wakes up
    {
        FileSizeLimit full(0);
        ASSERT_TRUE(full.active());
        EXPECT_FALSE(store->setNote(id, QStringLiteral("Felt lighter")).ok());
        EXPECT_TRUE(store->hasPendingWrites());
        EXPECT_TRUE(store->isRetryScheduled());
        // Retries on a still-full disk fail and stay scheduled.
        QTest::qWait(100);
        EXPECT_TRUE(store->hasPendingWrites());
        EXPECT_TRUE(store->isRetryScheduled());
    }
    // The disk has room again, and nothing else writes: the timer does.
    EXPECT_TRUE(QTest::qWaitFor([&] { return !store->hasPendingWrites(); }, 5000));
    EXPECT_FALSE(store->isRetryScheduled());
    EXPECT_EQ(store->session(id)->note, QStringLiteral("Felt lighter"));
}

TEST_F(HistoryTest, AReadOnlyFolderOpensTheHistoryForReading)
{
    if (ranAsUnprivilegedChild())
        return;
    {
        auto store = openStore();
        ASSERT_TRUE(store->addSessions({finishedSession(m_clock.now.addDays(-1), 600000)}).ok());
    }
    const QByteArray before = readAll(m_path);
    ASSERT_TRUE(QFile::setPermissions(m_dir.path(), kReadOnlyFolder));
    HistoryStore store(m_path, m_clock.function());
    const Status opened = store.open();
    EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_TRUE(store.isReadOnly());
    EXPECT_EQ(store.count().value(), 1);
    const Result<SessionId> started = store.startSession(runningSession(m_clock.now));
    EXPECT_FALSE(started.ok());
    EXPECT_TRUE(started.error().contains(QStringLiteral("read-only")))
        << started.error().toStdString();
    EXPECT_FALSE(store.hasPendingWrites()); // nothing to keep for a disk that will not take it
    EXPECT_EQ(store.recoverInterrupted(m_clock.now).valueOr(-1), 0);
    QFile::setPermissions(m_dir.path(), kWritableFolder);
    EXPECT_EQ(readAll(m_path), before);
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files),
              QStringList{QStringLiteral("history.sqlite")});
}

TEST_F(HistoryTest, AReadOnlyFolderStillShowsWhatACrashLeftInTheLog)
{
    if (ranAsUnprivilegedChild())
        return;
    // A session committed to the -wal by an Unclutch that was then killed.
    const QString crashed = m_dir.filePath(QStringLiteral("crashed.sqlite"));
    {
        auto store = openStore();
        ASSERT_TRUE(store->startSession(runningSession(m_clock.now)).ok());
        ASSERT_TRUE(copyWithCompanions(m_path, crashed));
    }
    ASSERT_GT(QFileInfo(crashed + QStringLiteral("-wal")).size(), 0);
    ASSERT_TRUE(QFile::setPermissions(m_dir.path(), kReadOnlyFolder));
    HistoryStore store(crashed, m_clock.function());
    const Status opened = store.open();
    EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_TRUE(store.isReadOnly());
    EXPECT_EQ(store.count().valueOr(-1), 1);
    QFile::setPermissions(m_dir.path(), kWritableFolder);
}

TEST_F(HistoryTest, AReadOnlyFileInAWritableFolderIsOpenedForReading)
{
    if (ranAsUnprivilegedChild())
        return;
    {
        auto store = openStore();
        ASSERT_TRUE(store->addSessions({finishedSession(m_clock.now.addDays(-1), 600000)}).ok());
    }
    ASSERT_TRUE(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadUser));
    HistoryStore store(m_path, m_clock.function());
    const Status opened = store.open();
    EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_TRUE(store.isReadOnly());
    EXPECT_EQ(store.count().valueOr(-1), 1);
    EXPECT_FALSE(store.setNote(1, QStringLiteral("x")).ok());
}

TEST_F(HistoryTest, ExportFromAReadOnlyDataFolderWorks)
{
    if (ranAsUnprivilegedChild())
        return;
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const Paths paths(data);
    {
        ASSERT_TRUE(paths.ensureDataDir().ok());
        HistoryStore store(paths.historyDatabase(), m_clock.function());
        ASSERT_TRUE(store.open().ok());
        ASSERT_TRUE(store
                        .addSessions({finishedSession(m_clock.now.addDays(-2), 600000),
                                      finishedSession(m_clock.now.addDays(-1), 300000)})
                        .ok());
    }
    ASSERT_TRUE(QFile::setPermissions(data, kReadOnlyFolder));
    const QString out = m_dir.filePath(QStringLiteral("history.json"));
    const Result<QString> exported = HistoryExporter::exportHistory(paths, out);
    QFile::setPermissions(data, kWritableFolder);
    ASSERT_TRUE(exported.ok()) << exported.error().toStdString();
    EXPECT_TRUE(exported.warning().isEmpty()) << exported.warning().toStdString();
    EXPECT_TRUE(exported->contains(QStringLiteral("Exported 2 session")))
        << exported->toStdString();
}
