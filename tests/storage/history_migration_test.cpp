#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include "history_test_support.h"
#include "storage/history_exporter.h"
#include "storage/history_schema.h"
#include "storage/history_store.h"

using namespace unclutch::storage;
using namespace unclutch::storage::test;

namespace {

const QString kFixture = QStringLiteral(UNCLUTCH_TEST_DATA_DIR "/history/history-v2.sqlite");

StepRecord easierStep(int number)
{
    StepRecord step;
    step.step = number;
    step.easier = true;
    return step;
}

QDateTime may2024(int day, int hour, int minute, int second = 0)
{
    return utc(2024, 5, day, hour, minute, second);
}

// A copy of the committed schema-2 history (tests/data/history/README.md says how it was made).
class MigrationTest : public HistoryTest {
protected:
    void SetUp() override
    {
        HistoryTest::SetUp();
        ASSERT_TRUE(QFile::copy(kFixture, m_path));
        ASSERT_TRUE(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
    }
};

} // namespace

TEST_F(MigrationTest, TheFixtureIsAVersion2HistoryWithFiveSessions)
{
    withDatabase(m_path, [](QSqlDatabase& db) {
        EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 2);
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sessions")).toInt(), 5);
    });
}

TEST_F(MigrationTest, Version2KeepsEverySessionAndValue)
{
    m_clock.now = may2024(7, 9, 0);
    auto store = openStore();
    ASSERT_TRUE(store->isOpen());
    withDatabase(m_path, [](QSqlDatabase& db) {
        EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(),
                  HistorySchema::kCurrentVersion);
    });
    const QList<SessionRecord> sessions = store->sessions().value();
    ASSERT_EQ(sessions.size(), 5);
    QList<SessionRecord> expected;

    SessionRecord first;
    first.id = 1;
    first.routineId = QStringLiteral("after-long-sitting");
    first.routineTitle = QStringLiteral("After long sitting");
    first.routineFile = QStringLiteral("/usr/share/unclutch/routines/after-long-sitting.json");
    first.start = may2024(1, 7, 30);
    first.end = may2024(1, 7, 45);
    first.lastUpdate = first.end;
    first.plannedActiveMs = 780000;
    first.completedActiveMs = 780000;
    first.stepsCompleted = 9;
    first.steps = {easierStep(2), easierStep(5)}; // easier_steps [1,4], 0-based
    first.outcome = SessionOutcome::Completed;
    first.painBefore = 6;
    first.painAfter = 4;
    first.note = QString::fromUtf8("Hips \"tight\", better after — Rücken ok\nsecond line");

    SessionRecord second;
    second.id = 2;
    second.routineId = QStringLiteral("release-the-clutch");
    second.routineTitle = QStringLiteral("Release the clutch");
    second.routineFile =
        QStringLiteral("/home/me/.local/share/unclutch/routines/release-the-clutch.json");
    second.start = may2024(2, 18, 5);
    second.end = may2024(2, 18, 9);
    second.lastUpdate = second.end;
    second.plannedActiveMs = 600000;
    second.completedActiveMs = 183456;
    second.stepsCompleted = 2;
    second.outcome = SessionOutcome::Stopped;

    SessionRecord fourth;
    fourth.id = 4;
    fourth.routineId = QStringLiteral("back-of-the-body");
    fourth.routineTitle = QStringLiteral("Back of the body");
    fourth.routineFile = QStringLiteral("/usr/share/unclutch/routines/back-of-the-body.json");
    fourth.start = may2024(4, 20, 0);
    fourth.end = may2024(4, 20, 12);
    fourth.lastUpdate = fourth.end;
    fourth.plannedActiveMs = 540000;
    fourth.completedActiveMs = 540000;
    fourth.stepsCompleted = 7;
    fourth.steps = {easierStep(1)};
    fourth.outcome = SessionOutcome::Completed;
    fourth.painBefore = 10;
    fourth.painAfter = 0;
    fourth.note = QStringLiteral("=1+1");

    SessionRecord fifth;
    fifth.id = 5;
    fifth.routineId = QStringLiteral("after-long-sitting");
    fifth.routineTitle = QStringLiteral("After long sitting");
    fifth.routineFile = first.routineFile;
    fifth.start = may2024(5, 8, 0);
    fifth.end = may2024(5, 8, 1, 35); // closed by recovery at its last progress
    fifth.lastUpdate = fifth.end;
    fifth.plannedActiveMs = 780000;
    fifth.completedActiveMs = 90000;
    fifth.stepsCompleted = 2;
    fifth.steps = {easierStep(3)};
    fifth.outcome = SessionOutcome::Interrupted;
    fifth.painBefore = 5;

    SessionRecord sixth;
    sixth.id = 6;
    sixth.routineId = QStringLiteral("back-of-the-body");
    sixth.routineTitle = QStringLiteral("Back of the body");
    sixth.routineFile = fourth.routineFile;
    sixth.start = may2024(6, 8, 10);
    sixth.lastUpdate = may2024(6, 8, 12);
    sixth.plannedActiveMs = 540000;
    sixth.completedActiveMs = 115000;
    sixth.stepsCompleted = 1;
    sixth.outcome = SessionOutcome::InProgress;
    sixth.note = QStringLiteral("written while it ran");

    expected = {sixth, fifth, fourth, second, first}; // newest first
    for (int i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE(expected[i].id);
        EXPECT_EQ(sessions[i], expected[i]);
    }
}

TEST_F(MigrationTest, MigratedSessionsExportAsDocumented)
{
    auto store = openStore();
    const QJsonArray json =
        QJsonDocument::fromJson(HistoryExporter::toJson(store->sessions().value())).array();
    ASSERT_EQ(json.size(), 5);
    const QJsonObject first = json.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("steps_completed")).toInt(), 9);
    EXPECT_EQ(first.value(QStringLiteral("resumed")).toInt(), 0);
    EXPECT_TRUE(first.value(QStringLiteral("fit")).isNull());
    EXPECT_FALSE(first.contains(QStringLiteral("easier_steps")));
    const QJsonArray steps = first.value(QStringLiteral("steps")).toArray();
    ASSERT_EQ(steps.size(), 2);
    const QJsonObject step = steps.at(0).toObject();
    EXPECT_EQ(step.value(QStringLiteral("step")).toInt(), 2);
    EXPECT_TRUE(step.value(QStringLiteral("side")).isNull());
    EXPECT_TRUE(step.value(QStringLiteral("pose")).isNull());
    EXPECT_TRUE(step.value(QStringLiteral("outcome")).isNull());
    EXPECT_TRUE(step.value(QStringLiteral("active_ms")).isNull());
    EXPECT_TRUE(step.value(QStringLiteral("easier")).toBool());

    const QStringList csv = QString::fromUtf8(HistoryExporter::toCsv(store->sessions().value()))
                                .split(QStringLiteral("\r\n"));
    const QStringList header = csv.first().split(QLatin1Char(','));
    const qsizetype done = header.indexOf(QStringLiteral("steps_done"));
    const qsizetype skipped = header.indexOf(QStringLiteral("steps_skipped"));
    ASSERT_GE(done, 0);
    // Session 2: no field of it holds a comma.
    const QStringList second = csv.at(2).split(QLatin1Char(','));
    ASSERT_EQ(second.first(), QStringLiteral("2"));
    EXPECT_EQ(second.at(done), QStringLiteral("2"));
    EXPECT_EQ(second.at(skipped), QString()); // not known for a session from before
}

TEST_F(MigrationTest, MigratedSessionsCanBeChangedAndIdsAreNotReused)
{
    m_clock.now = may2024(6, 9, 0);
    auto store = openStore();
    ASSERT_TRUE(store->setNote(2, QStringLiteral("added after the update")).ok());
    EXPECT_EQ(store->session(2)->note, QStringLiteral("added after the update"));
    EXPECT_EQ(store->session(2)->completedActiveMs, 183456);
    EXPECT_EQ(store->recoverInterrupted(m_clock.now).value(), 1); // session 6
    EXPECT_EQ(store->session(6)->outcome, SessionOutcome::Interrupted);
    EXPECT_EQ(store->startSession(runningSession(m_clock.now)).value(), 7);
    // A session from before cannot be resumed: it knows neither its steps nor its timeline.
    EXPECT_EQ(store->latestResumable(m_clock.now).value(), std::nullopt);
}
