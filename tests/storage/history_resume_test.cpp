#include <gtest/gtest.h>

#include "history_test_support.h"
#include "storage/history_store.h"

using namespace unclutch::storage;
using namespace unclutch::storage::test;
using unclutch::core::InstanceOutcome;
using unclutch::core::Side;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;

// A session as the recorder leaves it when it is stopped or interrupted: per-step records, the
// fit and easier choices, the instance that was playing and its timeline's fingerprint.
SessionRecord leftSession(const QDateTime& start, SessionOutcome outcome,
                          const QString& routine = QStringLiteral("cat-cow"))
{
    SessionRecord record = runningSession(start, routine);
    const SessionProgress where = progress(90000, 2, {1});
    record.completedActiveMs = where.completedActiveMs;
    record.steps = where.steps;
    record.steps[2].outcome = InstanceOutcome::Cut;
    record.steps[2].activeMs = 4000;
    record.steps[3].side = Side::Left;
    record.currentInstance = 2;
    record.easierChosen = {1};
    record.fit = SessionFit{20.0, 12.5, true};
    record.timelineFingerprint = QStringLiteral("t1-0123456789abcdef");
    record.outcome = outcome;
    record.end = start.addMSecs(2 * kMinute);
    record.lastUpdate = record.end;
    return record;
}

} // namespace

TEST_F(HistoryTest, EveryFieldOfFormat3RoundTrips)
{
    auto store = openStore();
    SessionRecord record = leftSession(m_clock.now, SessionOutcome::Stopped);
    record.resumed = 2;
    record.resumeDismissed = true;
    ASSERT_TRUE(store->addSessions({record}).ok());
    SessionRecord stored = store->sessions()->first();
    record.id = stored.id;
    record.stepsCompleted = 2; // counted from the steps
    EXPECT_EQ(stored, record);
    EXPECT_TRUE(stored.hasStepRecords());

    // A fit with nothing chosen is no fit: the session was played as written.
    record.fit = SessionFit{};
    ASSERT_TRUE(store->addSessions({record}).ok());
    EXPECT_EQ(store->sessions()->first().fit, std::nullopt);
    record.fit = SessionFit{std::nullopt, std::nullopt, true};
    ASSERT_TRUE(store->addSessions({record}).ok());
    EXPECT_EQ(store->sessions()->first().fit, record.fit);
}

TEST_F(HistoryTest, ProgressWritesTheStepsAndCountsTheDoneOnes)
{
    auto store = openStore();
    const SessionId id = store->startSession(runningSession(m_clock.now)).value();
    SessionProgress where = progress(31000, 3, {0, 2});
    where.steps[3].outcome = InstanceOutcome::Skipped;
    where.steps[4].outcome = InstanceOutcome::Cut;
    where.steps[4].activeMs = 1000;
    where.currentInstance = 5;
    ASSERT_TRUE(store->updateSession(id, where).ok());
    const SessionRecord stored = store->session(id).value();
    EXPECT_EQ(stored.progress(), where);
    EXPECT_EQ(stored.stepsCompleted, 3);
}

TEST_F(HistoryTest, AStoppedOrInterruptedSessionCanBeResumedForTwelveHours)
{
    auto store = openStore();
    const QDateTime start = m_clock.now;
    ASSERT_TRUE(store->addSessions({leftSession(start, SessionOutcome::Stopped)}).ok());
    const auto offered = store->latestResumable(start.addMSecs(11 * kHour + 59 * kMinute));
    ASSERT_TRUE(offered.ok()) << offered.error().toStdString();
    ASSERT_TRUE(offered->has_value());
    const SessionRecord& found = **offered;
    EXPECT_EQ(found.routineId, QStringLiteral("cat-cow"));
    EXPECT_EQ(found.routineFile, QStringLiteral("/usr/share/unclutch/routines/cat-cow.json"));
    EXPECT_EQ(found.currentInstance, 2);
    EXPECT_EQ(found.easierChosen, QList<int>{1});
    EXPECT_EQ(found.fit, (SessionFit{20.0, 12.5, true}));
    EXPECT_EQ(found.timelineFingerprint, QStringLiteral("t1-0123456789abcdef"));
    EXPECT_EQ(found.steps, leftSession(start, SessionOutcome::Stopped).steps);
    EXPECT_EQ(found.completedActiveMs, 90000);

    EXPECT_EQ(store->latestResumable(start.addMSecs(12 * kHour)).value(), std::nullopt);
    // Nor one that starts after `now` (a clock set back).
    EXPECT_EQ(store->latestResumable(start.addMSecs(-1)).value(), std::nullopt);
}

TEST_F(HistoryTest, OnlyStoppedAndInterruptedSessionsAreOffered)
{
    auto store = openStore();
    const QDateTime now = m_clock.now.addSecs(3600);
    for (SessionOutcome outcome : {SessionOutcome::Completed, SessionOutcome::InProgress}) {
        SessionRecord record = leftSession(m_clock.now, outcome, QStringLiteral("one"));
        if (outcome == SessionOutcome::InProgress)
            record.end = {};
        ASSERT_TRUE(store->addSessions({record}).ok());
        EXPECT_EQ(store->latestResumable(now).value(), std::nullopt)
            << outcomeKey(outcome).toStdString();
        ASSERT_TRUE(store->deleteSession(store->sessions()->first().id).ok());
    }
    ASSERT_TRUE(store->addSessions({leftSession(m_clock.now, SessionOutcome::Interrupted)}).ok());
    EXPECT_TRUE(store->latestResumable(now).value().has_value());
}

TEST_F(HistoryTest, TheLatestIsOfferedUnlessItsRoutineWasPlayedSince)
{
    auto store = openStore();
    const QDateTime start = m_clock.now;
    ASSERT_TRUE(
        store
            ->addSessions(
                {leftSession(start, SessionOutcome::Interrupted, QStringLiteral("older")),
                 leftSession(start.addSecs(600), SessionOutcome::Stopped, QStringLiteral("newer"))})
            .ok());
    const QDateTime now = start.addSecs(3600);
    EXPECT_EQ(store->latestResumable(now).value()->routineId, QStringLiteral("newer"));

    // "newer" was played again and completed: that one is not offered any more.
    ASSERT_TRUE(
        store->addSessions({finishedSession(start.addSecs(1200), 60000, QStringLiteral("newer"))})
            .ok());
    EXPECT_EQ(store->latestResumable(now).value()->routineId, QStringLiteral("older"));

    // Started afresh and stopped again: the fresh one supersedes the older one, and is offered.
    ASSERT_TRUE(store
                    ->addSessions({leftSession(start.addSecs(1800), SessionOutcome::Stopped,
                                               QStringLiteral("older"))})
                    .ok());
    const SessionRecord offered = store->latestResumable(now).value().value();
    EXPECT_EQ(offered.routineId, QStringLiteral("older"));
    EXPECT_EQ(offered.start, start.addSecs(1800));
}

TEST_F(HistoryTest, ADismissedOfferIsNotMadeAgain)
{
    auto store = openStore();
    ASSERT_TRUE(store->addSessions({leftSession(m_clock.now, SessionOutcome::Stopped)}).ok());
    const SessionId id = store->sessions()->first().id;
    ASSERT_TRUE(store->dismissResume(id).ok());
    EXPECT_EQ(store->latestResumable(m_clock.now.addSecs(60)).value(), std::nullopt);
    EXPECT_TRUE(store->session(id)->resumeDismissed);
    EXPECT_FALSE(store->dismissResume(id + 1).ok());
}

TEST_F(HistoryTest, ASessionWithoutAFingerprintCannotBeResumed)
{
    auto store = openStore();
    SessionRecord record = leftSession(m_clock.now, SessionOutcome::Stopped);
    record.timelineFingerprint.clear();
    ASSERT_TRUE(store->addSessions({record}).ok());
    EXPECT_EQ(store->latestResumable(m_clock.now.addSecs(60)).value(), std::nullopt);
}

TEST_F(HistoryTest, MarkResumedContinuesTheSameRecord)
{
    auto store = openStore();
    const QDateTime start = m_clock.now;
    ASSERT_TRUE(store->addSessions({leftSession(start, SessionOutcome::Interrupted)}).ok());
    const SessionId id = store->sessions()->first().id;
    m_clock.advanceMs(3 * kHour);
    ASSERT_TRUE(store->markResumed(id).ok());
    SessionRecord resumed = store->session(id).value();
    EXPECT_EQ(resumed.outcome, SessionOutcome::InProgress);
    EXPECT_FALSE(resumed.end.isValid());
    EXPECT_EQ(resumed.resumed, 1);
    EXPECT_EQ(resumed.lastUpdate, m_clock.now);
    EXPECT_EQ(resumed.completedActiveMs, 90000); // the time already done stays counted
    EXPECT_EQ(store->count().value(), 1);
    // Resumed here: it is this run's session, not a leftover to close.
    EXPECT_EQ(store->recoverInterrupted(m_clock.now).value(), 0);
    // An in-progress session is not offered.
    EXPECT_EQ(store->latestResumable(m_clock.now).value(), std::nullopt);

    m_clock.advanceMs(kMinute);
    ASSERT_TRUE(
        store->finishSession(id, SessionOutcome::Stopped, m_clock.now, progress(150000, 3, {1}))
            .ok());
    ASSERT_TRUE(store->markResumed(id).ok());
    EXPECT_EQ(store->session(id)->resumed, 2);
    ASSERT_TRUE(
        store->finishSession(id, SessionOutcome::Completed, m_clock.now, progress(320000, 6, {1}))
            .ok());
    EXPECT_EQ(store->session(id)->start, start);

    // A completed session, or one that is gone, is not resumed.
    EXPECT_FALSE(store->markResumed(id).ok());
    EXPECT_EQ(store->session(id)->resumed, 2);
    EXPECT_FALSE(store->markResumed(id + 1).ok());
}
