#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include "history_test_support.h"
#include "storage/history_schema.h"
#include "storage/history_store.h"

using namespace unclutch::storage;
using namespace unclutch::storage::test;

namespace {

// Version 1 exactly as it was first shipped, written out here rather than taken from
// HistorySchema, so that the test keeps an old database old when the schema moves on.
void createVersion1(QSqlDatabase& db)
{
    QSqlQuery query(db);
    ASSERT_TRUE(query.exec(QStringLiteral(
        "CREATE TABLE sessions ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " routine_id TEXT NOT NULL,"
        " routine_title TEXT NOT NULL DEFAULT '',"
        " routine_file TEXT NOT NULL DEFAULT '',"
        " started_at INTEGER NOT NULL,"
        " ended_at INTEGER,"
        " updated_at INTEGER NOT NULL,"
        " planned_ms INTEGER NOT NULL DEFAULT 0 CHECK (planned_ms >= 0),"
        " completed_ms INTEGER NOT NULL DEFAULT 0 CHECK (completed_ms >= 0),"
        " steps_completed INTEGER NOT NULL DEFAULT 0 CHECK (steps_completed >= 0),"
        " outcome TEXT NOT NULL"
        "  CHECK (outcome IN ('in_progress', 'completed', 'stopped', 'interrupted')),"
        " pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),"
        " pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),"
        " note TEXT NOT NULL DEFAULT '')")));
    ASSERT_TRUE(
        query.exec(QStringLiteral("CREATE INDEX sessions_by_start ON sessions (started_at)")));
    ASSERT_TRUE(query.exec(QStringLiteral(
        "INSERT INTO sessions (routine_id, routine_title, routine_file, started_at, ended_at,"
        " updated_at, planned_ms, completed_ms, steps_completed, outcome, pain_before, pain_after,"
        " note) VALUES ('cat-cow', 'Slow cat-cow', '/r/cat-cow.json', 1714548600000,"
        " 1714548935000, 1714548935000, 320000, 320000, 6, 'completed', 5, 3, 'felt, \"good\"')")));
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = 1")));
}

QStringList indexes(QSqlDatabase& db)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'"
                       " AND tbl_name = 'sessions' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (query.next())
        names << query.value(0).toString();
    return names;
}

constexpr QFile::Permissions kOwnerReadWrite =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

} // namespace

TEST_F(HistoryTest, NewStoreCreatesPrivateFolderAndFileAtCurrentVersion)
{
    m_path = m_dir.filePath(QStringLiteral("not/yet/there/history.sqlite"));
    {
        auto store = openStore();
        ASSERT_TRUE(store->isOpen());
        ASSERT_TRUE(store->startSession(runningSession(m_clock.now)).ok());
        EXPECT_EQ(QFileInfo(m_path).permissions(), kOwnerReadWrite);
        // SQLite gives its companions the main file's permissions.
        EXPECT_EQ(QFileInfo(m_path + QStringLiteral("-wal")).permissions(), kOwnerReadWrite);
        EXPECT_EQ(QFileInfo(m_path + QStringLiteral("-shm")).permissions(), kOwnerReadWrite);
        EXPECT_EQ(QFileInfo(QFileInfo(m_path).path()).permissions(),
                  kOwnerReadWrite | QFile::ExeOwner | QFile::ExeUser);
    }
    withDatabase(m_path, [](QSqlDatabase& db) {
        EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(),
                  HistorySchema::kCurrentVersion);
        EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(),
                  QStringLiteral("wal"));
        EXPECT_EQ(indexes(db), (QStringList{QStringLiteral("sessions_by_routine"),
                                            QStringLiteral("sessions_by_start"),
                                            QStringLiteral("sessions_in_progress")}));
    });
}

TEST_F(HistoryTest, ExistingFileLosesGroupAndOtherPermissions)
{
    ASSERT_TRUE(writeAll(m_path, {}));
    QFile::setPermissions(m_path, kOwnerReadWrite | QFile::ReadGroup | QFile::ReadOther);
    auto store = openStore();
    EXPECT_EQ(QFileInfo(m_path).permissions(), kOwnerReadWrite);
}

TEST_F(HistoryTest, MigratesVersion1AndKeepsItsSessions)
{
    withDatabase(m_path, [](QSqlDatabase& db) { createVersion1(db); });
    auto store = openStore();
    const auto sessions = store->sessions();
    ASSERT_TRUE(sessions.ok()) << sessions.error().toStdString();
    ASSERT_EQ(sessions->size(), 1);
    const SessionRecord& old = sessions->first();
    EXPECT_EQ(old.routineId, QStringLiteral("cat-cow"));
    EXPECT_EQ(old.start, QDateTime::fromMSecsSinceEpoch(1714548600000, Qt::UTC));
    EXPECT_EQ(old.outcome, SessionOutcome::Completed);
    EXPECT_EQ(old.painBefore, 5);
    EXPECT_EQ(old.painAfter, 3);
    EXPECT_EQ(old.note, QStringLiteral("felt, \"good\""));
    EXPECT_EQ(old.stepsCompleted, 6);
    EXPECT_TRUE(old.steps.isEmpty());
    EXPECT_FALSE(old.hasStepRecords());

    // The columns of the later versions work.
    ASSERT_TRUE(store->updateSession(old.id, progress(320000, 6, {4, 1})).ok());
    EXPECT_EQ(store->session(old.id)->steps, progress(320000, 6, {4, 1}).steps);
    store.reset();
    withDatabase(m_path, [](QSqlDatabase& db) {
        EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(),
                  HistorySchema::kCurrentVersion);
        EXPECT_EQ(indexes(db).size(), 3);
    });
}

// Every version before the current one, including 0 (an empty file, or an empty database).
TEST_F(HistoryTest, MigratesFromEveryEarlierVersion)
{
    for (int version = 0; version < HistorySchema::kCurrentVersion; ++version) {
        SCOPED_TRACE(version);
        const QString path = m_dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
        withDatabase(path, [version](QSqlDatabase& db) {
            if (version == 1)
                createVersion1(db);
        });
        HistoryStore store(path, m_clock.function());
        const Status opened = store.open();
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        EXPECT_TRUE(store.movedAsideTo().isEmpty());
        EXPECT_EQ(store.count().value(), version == 1 ? 1 : 0);
        EXPECT_TRUE(store.startSession(runningSession(m_clock.now)).ok());
    }
}

TEST_F(HistoryTest, DatabaseFromANewerVersionIsLeftAsItIs)
{
    withDatabase(m_path, [](QSqlDatabase& db) {
        createVersion1(db);
        scalar(db,
               QStringLiteral("PRAGMA user_version = %1").arg(HistorySchema::kCurrentVersion + 1));
    });
    const QByteArray before = readAll(m_path);
    HistoryStore store(m_path, m_clock.function());
    const Status opened = store.open();
    EXPECT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("newer version")))
        << opened.error().toStdString();
    EXPECT_TRUE(store.movedAsideTo().isEmpty());
    EXPECT_FALSE(store.isOpen());
    EXPECT_FALSE(store.startSession(runningSession(m_clock.now)).ok());
    EXPECT_EQ(readAll(m_path), before);
}

TEST_F(HistoryTest, StartUpdateFinishRateAndNote)
{
    auto store = openStore();
    SessionRecord record = runningSession(m_clock.now);
    record.painBefore = 6;
    const auto id = store->startSession(record);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    EXPECT_GT(*id, 0);

    m_clock.advanceMs(5000);
    ASSERT_TRUE(store->updateSession(*id, progress(5000, 1)).ok());
    m_clock.advanceMs(40000);
    ASSERT_TRUE(store->updateSession(*id, progress(42000, 2, {3, 1, 3})).ok());
    SessionRecord stored = store->session(*id).value();
    EXPECT_EQ(stored.outcome, SessionOutcome::InProgress);
    EXPECT_FALSE(stored.end.isValid());
    EXPECT_EQ(stored.completedActiveMs, 42000);
    EXPECT_EQ(stored.stepsCompleted, 2);
    EXPECT_EQ(stored.steps, progress(42000, 2, {3, 1, 3}).steps);
    EXPECT_EQ(stored.currentInstance, 2);
    EXPECT_EQ(stored.easierChosen, (QList<int>{1, 3})); // ascending, once each
    EXPECT_EQ(stored.lastUpdate, m_clock.now);
    EXPECT_EQ(stored.painBefore, 6);

    m_clock.advanceMs(300000);
    ASSERT_TRUE(store
                    ->finishSession(*id, SessionOutcome::Completed, m_clock.now,
                                    progress(320000, 6, {1, 3}))
                    .ok());
    ASSERT_TRUE(store->setPainAfter(*id, 3).ok());
    ASSERT_TRUE(store->setNote(*id, QStringLiteral("Left hip tight.\nBetter after.")).ok());
    EXPECT_FALSE(store->hasPendingWrites());
    store.reset();

    // Everything is on disk: a new store sees it.
    auto reopened = openStore();
    stored = reopened->session(*id).value();
    EXPECT_EQ(stored.outcome, SessionOutcome::Completed);
    EXPECT_EQ(stored.end, m_clock.now);
    EXPECT_EQ(stored.completedActiveMs, 320000);
    EXPECT_EQ(stored.stepsCompleted, 6);
    EXPECT_EQ(stored.painBefore, 6);
    EXPECT_EQ(stored.painAfter, 3);
    EXPECT_EQ(stored.note, QStringLiteral("Left hip tight.\nBetter after."));
    EXPECT_EQ(stored.routineFile, record.routineFile);

    ASSERT_TRUE(reopened->setPainBefore(*id, std::nullopt).ok());
    EXPECT_FALSE(reopened->session(*id)->painBefore.has_value());
}

TEST_F(HistoryTest, InvalidValuesAreRefusedAndNotKept)
{
    auto store = openStore();
    const SessionId id = store->startSession(runningSession(m_clock.now)).value();
    EXPECT_FALSE(store->setPainBefore(id, 11).ok());
    EXPECT_FALSE(store->setPainAfter(id, -1).ok());
    EXPECT_FALSE(store->updateSession(id, progress(-5, 0)).ok());
    EXPECT_FALSE(store->finishSession(id, SessionOutcome::InProgress, m_clock.now, {}).ok());
    EXPECT_FALSE(store->startSession(SessionRecord{}).ok());
    EXPECT_FALSE(store->hasPendingWrites());
    EXPECT_TRUE(store->setPainBefore(id, 10).ok());
}

TEST_F(HistoryTest, DeleteAndChangesToMissingSessions)
{
    auto store = openStore();
    const SessionId id = store->startSession(runningSession(m_clock.now)).value();
    ASSERT_TRUE(store->deleteSession(id).ok());
    EXPECT_EQ(store->count().value(), 0);
    EXPECT_FALSE(store->deleteSession(id).ok());
    EXPECT_FALSE(store->updateSession(id, progress(1000, 1)).ok());
    EXPECT_FALSE(store->session(id).ok());
    // A change for a session that is gone is not kept for ever.
    EXPECT_FALSE(store->hasPendingWrites());
    // Ids are not reused.
    EXPECT_GT(store->startSession(runningSession(m_clock.now)).value(), id);
}

TEST_F(HistoryTest, RecoverInterruptedClosesWhereTheSessionGotTo)
{
    SessionId crashed = 0;
    SessionId finished = 0;
    SessionId neverUpdated = 0;
    const QDateTime start = m_clock.now;
    {
        auto previousRun = openStore();
        crashed = previousRun->startSession(runningSession(start)).value();
        neverUpdated = previousRun->startSession(runningSession(start)).value();
        finished = previousRun->startSession(runningSession(start)).value();
        m_clock.advanceMs(95000); // includes a pause: later than start + active time
        ASSERT_TRUE(previousRun->updateSession(crashed, progress(60000, 2, {1})).ok());
        ASSERT_TRUE(
            previousRun
                ->finishSession(finished, SessionOutcome::Stopped, m_clock.now, progress(60000, 2))
                .ok());
    } // the app "dies": nothing finishes the others
    const QDateTime lastProgress = m_clock.now;
    m_clock.advanceMs(3600000);

    auto store = openStore();
    const SessionId mine = store->startSession(runningSession(m_clock.now)).value();
    const auto closed = store->recoverInterrupted(m_clock.now);
    ASSERT_TRUE(closed.ok()) << closed.error().toStdString();
    EXPECT_EQ(*closed, 2);

    const SessionRecord recovered = store->session(crashed).value();
    EXPECT_EQ(recovered.outcome, SessionOutcome::Interrupted);
    EXPECT_EQ(recovered.end, lastProgress);
    EXPECT_EQ(recovered.completedActiveMs, 60000);
    EXPECT_EQ(recovered.steps, progress(60000, 2, {1}).steps);
    EXPECT_EQ(store->session(neverUpdated)->end, start);
    EXPECT_EQ(store->session(finished)->outcome, SessionOutcome::Stopped);
    // The session this run started is not someone else's leftover.
    EXPECT_EQ(store->session(mine)->outcome, SessionOutcome::InProgress);
    EXPECT_EQ(store->recoverInterrupted(m_clock.now).value(), 0);
}

TEST_F(HistoryTest, RecoveredEndNeverLiesInTheFuture)
{
    {
        auto previousRun = openStore();
        const SessionId id = previousRun->startSession(runningSession(m_clock.now)).value();
        m_clock.advanceMs(600000);
        ASSERT_TRUE(previousRun->updateSession(id, progress(30000, 1)).ok());
    }
    // The clock was set back (travel, a bad RTC) before this start.
    const QDateTime now = m_clock.now.addSecs(-300);
    auto store = openStore();
    ASSERT_EQ(store->recoverInterrupted(now).value(), 1);
    EXPECT_EQ(store->sessions()->first().end, now);
}

TEST_F(HistoryTest, FiltersPagesAndRoutines)
{
    auto store = openStore();
    QList<SessionRecord> records;
    for (int day = 0; day < 30; ++day) {
        const QString routine = day % 3 == 0 ? QStringLiteral("bridge") : QStringLiteral("cat-cow");
        SessionRecord record =
            finishedSession(utc(2024, 4, 1 + day, 8), 60000 * (day + 1), routine);
        record.routineTitle = routine == QStringLiteral("bridge") ? QStringLiteral("Glute bridge")
                                                                  : QStringLiteral("Slow cat-cow");
        records << record;
    }
    // Two at the same instant: the newer id comes first.
    records << finishedSession(utc(2024, 4, 30, 8), 1000, QStringLiteral("bridge"));
    records.last().routineTitle = QStringLiteral("Bridges, renamed");
    ASSERT_TRUE(store->addSessions(records).ok());

    const auto all = store->sessions();
    ASSERT_EQ(all->size(), 31);
    EXPECT_EQ(all->at(0).start, utc(2024, 4, 30, 8));
    EXPECT_GT(all->at(0).id, all->at(1).id);
    EXPECT_EQ(all->at(1).start, utc(2024, 4, 30, 8));
    EXPECT_EQ(all->last().start, utc(2024, 4, 1, 8));
    EXPECT_EQ(all->last().lastUpdate, all->last().end);

    const auto page2 = store->sessions({}, 10, 10);
    ASSERT_EQ(page2->size(), 10);
    EXPECT_EQ(page2->first().id, all->at(10).id);
    EXPECT_EQ(store->sessions({}, 10, 30)->size(), 1);
    EXPECT_EQ(store->count().value(), 31);

    HistoryFilter bridge;
    bridge.routineId = QStringLiteral("bridge");
    EXPECT_EQ(store->count(bridge).value(), 11);
    for (const SessionRecord& record : store->sessions(bridge).value())
        EXPECT_EQ(record.routineId, QStringLiteral("bridge"));

    HistoryFilter week;
    week.from = utc(2024, 4, 8);
    week.until = utc(2024, 4, 15);
    EXPECT_EQ(store->count(week).value(), 7);
    const auto weekSessions = store->sessions(week);
    EXPECT_EQ(weekSessions->first().start, utc(2024, 4, 14, 8));
    EXPECT_EQ(weekSessions->last().start, utc(2024, 4, 8, 8));
    week.routineId = QStringLiteral("bridge");
    EXPECT_EQ(store->count(week).value(), 2); // the 10th and the 13th

    const auto routines = store->routines();
    ASSERT_TRUE(routines.ok());
    ASSERT_EQ(routines->size(), 2);
    EXPECT_EQ(routines->at(0).id, QStringLiteral("bridge"));
    EXPECT_EQ(routines->at(0).title, QStringLiteral("Bridges, renamed")); // the latest title
    EXPECT_EQ(routines->at(0).sessions, 11);
    EXPECT_EQ(routines->at(1).title, QStringLiteral("Slow cat-cow"));
    EXPECT_EQ(routines->at(1).lastStart, utc(2024, 4, 30, 8));
}

TEST_F(HistoryTest, AggregatesThroughTheStore)
{
    auto store = openStore();
    const QTimeZone zone(2 * 3600);
    QList<SessionRecord> records;
    for (int day = 0; day < 14; ++day) {
        SessionRecord record = finishedSession(utc(2024, 4, 17 + day, 6), 600000);
        record.painBefore = 6;
        record.painAfter = 4;
        records << record;
    }
    ASSERT_TRUE(store->addSessions(records).ok());
    const QDateTime now = utc(2024, 4, 30, 20);
    EXPECT_TRUE(store->painPersists(now, zone).value());
    EXPECT_EQ(store->daysPractised({}, zone).value(), 14);
    EXPECT_EQ(store->painSeries().value().size(), 14);
    const auto weeks = store->weeklyActivity({}, zone).value();
    ASSERT_EQ(weeks.size(), 3); // Wed 17 Apr .. Tue 30 Apr 2024
    EXPECT_EQ(weeks[0].monday, QDate(2024, 4, 15));
    EXPECT_EQ(weeks[0].activeMs, 5 * 600000);
    EXPECT_EQ(weeks[1].activeMs, 7 * 600000);
    EXPECT_EQ(weeks[2].activeMs, 2 * 600000);

    // One calm rating breaks the rule.
    const SessionId last = store->sessions(HistoryFilter{}, 1)->first().id;
    ASSERT_TRUE(store->setPainAfter(last, 3).ok());
    EXPECT_FALSE(store->painPersists(now, zone).value());

    // What helps, over the sessions the filter matches: 13 changes of −2 and one of −3.
    const QList<RoutineEffect> effects = store->whatHelps().value();
    ASSERT_EQ(effects.size(), 1);
    EXPECT_EQ(effects[0].rated, 14);
    EXPECT_DOUBLE_EQ(*effects[0].meanChange, -29.0 / 14.0);
    EXPECT_EQ(effects[0].activeMs, 14 * 600000);
    HistoryFilter lastDays;
    lastDays.from = utc(2024, 4, 28);
    EXPECT_EQ(store->whatHelps(lastDays).value()[0].rated, 3);
    lastDays.routineId = QStringLiteral("no-such-routine");
    EXPECT_TRUE(store->whatHelps(lastDays).value().isEmpty());
}

TEST_F(HistoryTest, ClosedStoreAnswersWithErrors)
{
    HistoryStore store(m_path, m_clock.function());
    EXPECT_FALSE(store.isOpen());
    EXPECT_FALSE(store.sessions().ok());
    EXPECT_FALSE(store.count().ok());
    EXPECT_FALSE(store.whatHelps().ok());
    EXPECT_FALSE(store.updateSession(1, {}).ok());
    EXPECT_FALSE(store.sessions().error().isEmpty());
}

TEST_F(HistoryTest, TwoStoresOnOneFileUseTheirOwnConnections)
{
    auto first = openStore();
    auto second = openStore();
    const SessionId id = first->startSession(runningSession(m_clock.now)).value();
    ASSERT_TRUE(second->setNote(id, QStringLiteral("from the second")).ok());
    EXPECT_EQ(first->session(id)->note, QStringLiteral("from the second"));
    second.reset();
    EXPECT_TRUE(first->updateSession(id, progress(1000, 1)).ok());
}
