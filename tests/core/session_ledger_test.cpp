#include <gtest/gtest.h>

#include <chrono>
#include <vector>

#include "core/session_ledger.h"
#include "session_fixture.h"

using namespace unclutch::core;
using namespace unclutch::core::session_fixture;
using namespace std::chrono_literals;

namespace {

constexpr auto NotReached = InstanceOutcome::NotReached;
constexpr auto Skipped = InstanceOutcome::Skipped;
constexpr auto Cut = InstanceOutcome::Cut;
constexpr auto Done = InstanceOutcome::Done;

std::vector<InstanceOutcome> outcomes(const SessionLedger& ledger)
{
    std::vector<InstanceOutcome> result;
    for (const InstanceRecord& record : ledger.records())
        result.push_back(record.outcome);
    return result;
}

std::vector<std::int64_t> active(const SessionLedger& ledger)
{
    std::vector<std::int64_t> result;
    for (const InstanceRecord& record : ledger.records())
        result.push_back(record.active_ms);
    return result;
}

std::vector<bool> easier(const SessionLedger& ledger)
{
    std::vector<bool> result;
    for (const InstanceRecord& record : ledger.records())
        result.push_back(record.easier);
    return result;
}

// Instances (T, S, end): 0 (0, 2000, 12000); 1 (12000, 14000, 20000), the last, with a get-ready.
Routine two_steps()
{
    Routine routine;
    routine.title = "Two steps";
    routine.transition = 2;
    Step first;
    first.pose = "First";
    first.duration = 10;
    Step last;
    last.pose = "Last";
    last.duration = 6;
    routine.steps = {first, last};
    return routine;
}

} // namespace

// test_routine(): instances 0 (0, 2000, 12000), 1 (12000, 14000, 22000), 2 left (22000, 22000,
// 25000), 3 right (25000, 25000, 28000): 28 s in all, 24 s of it in steps.

TEST(InstanceOutcome, KeysAreTheContractsAndReadBack)
{
    EXPECT_STREQ(to_string(NotReached), "not_reached");
    EXPECT_STREQ(to_string(Skipped), "skipped");
    EXPECT_STREQ(to_string(Cut), "cut");
    EXPECT_STREQ(to_string(Done), "done");
    for (InstanceOutcome outcome : {NotReached, Skipped, Cut, Done})
        EXPECT_EQ(instance_outcome_from_string(to_string(outcome)), outcome);
    EXPECT_EQ(instance_outcome_from_string("completed"), std::nullopt);
    EXPECT_EQ(instance_outcome_from_string(""), std::nullopt);
}

TEST(SessionLedgerAlone, PlayThroughSeveralInstancesAtOnce)
{
    const Timeline timeline(test_routine());
    SessionLedger ledger(timeline);
    EXPECT_EQ(ledger.planned_ms(), 24000);
    ledger.play(0ms, 23000ms);
    EXPECT_EQ(outcomes(ledger), (std::vector{Done, Done, NotReached, NotReached}));
    EXPECT_EQ(active(ledger), (std::vector<std::int64_t>{10000, 8000, 1000, 0}));
    ledger.play(23000ms, 23000ms); // an empty span changes nothing
    ledger.play(23000ms, 22500ms); // nor does a backward one
    EXPECT_EQ(ledger.completed_ms(), 19000);
}

TEST_F(SessionTest, PlannedIsTheStepInstancesWithoutGetReady)
{
    EXPECT_EQ(session.timeline().total_ms(), 28000);
    EXPECT_EQ(session.ledger(at_ms(0)).planned_ms(), 24000);
    EXPECT_EQ(outcomes(session.ledger(at_ms(0))),
              (std::vector{NotReached, NotReached, NotReached, NotReached}));
}

TEST_F(SessionTest, GetReadyAndPausesAreNotCounted)
{
    session.start(at_ms(0));
    session.due(at_ms(0));
    EXPECT_EQ(session.ledger(at_ms(1500)).completed_ms(), 0);
    EXPECT_EQ(session.ledger(at_ms(5000)).completed_ms(), 3000);
    ASSERT_TRUE(session.pause(at_ms(5000)));
    EXPECT_EQ(session.ledger(at_ms(65000)).completed_ms(), 3000);
    ASSERT_TRUE(session.resume(at_ms(65000)));
    EXPECT_EQ(session.ledger(at_ms(66000)).completed_ms(), 4000);
    EXPECT_EQ(active(session.ledger(at_ms(66000))), (std::vector<std::int64_t>{4000, 0, 0, 0}));
}

TEST_F(SessionTest, PlayedToTheEndEveryInstanceIsDoneAndCompletedIsPlanned)
{
    play_until(28000);
    ASSERT_EQ(session.state(), SessionState::Finished);
    const SessionLedger ledger = session.ledger(at_ms(40000));
    EXPECT_EQ(outcomes(ledger), (std::vector{Done, Done, Done, Done}));
    EXPECT_EQ(active(ledger), (std::vector<std::int64_t>{10000, 8000, 3000, 3000}));
    EXPECT_EQ(ledger.completed_ms(), ledger.planned_ms());
}

// The record once showed 5002 ms done of 5000 planned: the end handed out a little late, and
// the active time up to that moment taken as done.
TEST_F(SessionTest, CompletedNeverPassesPlannedWhenTheEndIsHandedOutLate)
{
    play_until(27000);
    session.due(at_ms(28003));
    ASSERT_EQ(session.state(), SessionState::Finished);
    EXPECT_GT(session.active_time(at_ms(28003)), 28000ms);
    EXPECT_EQ(session.ledger(at_ms(28003)).completed_ms(), 24000);
}

TEST_F(SessionTest, NextDuringTheStepCutsItAndCountsWhatWasPlayed)
{
    play_until(5000);
    ASSERT_TRUE(session.next(at_ms(5000)));
    const SessionLedger ledger = session.ledger(at_ms(5000));
    EXPECT_EQ(outcomes(ledger), (std::vector{Cut, NotReached, NotReached, NotReached}));
    EXPECT_EQ(active(ledger), (std::vector<std::int64_t>{3000, 0, 0, 0}));
}

TEST_F(SessionTest, NextDuringTheGetReadySkipsIt)
{
    session.start(at_ms(0));
    ASSERT_TRUE(session.next(at_ms(1000)));
    ASSERT_TRUE(session.next(at_ms(1000))); // instance 1, at its very start
    EXPECT_EQ(outcomes(session.ledger(at_ms(1000))),
              (std::vector{Skipped, Skipped, NotReached, NotReached}));
    EXPECT_EQ(session.ledger(at_ms(1000)).completed_ms(), 0);
}

TEST_F(SessionTest, NextWhileReadySkipsTheFirstInstance)
{
    ASSERT_TRUE(session.next(at_ms(0)));
    EXPECT_EQ(outcomes(session.ledger(at_ms(0))),
              (std::vector{Skipped, NotReached, NotReached, NotReached}));
}

TEST_F(SessionTest, NextOnTheLastInstanceCutsItAndFinishes)
{
    play_until(26000);
    ASSERT_TRUE(session.next(at_ms(26000)));
    ASSERT_EQ(session.state(), SessionState::Finished);
    const SessionLedger ledger = session.ledger(at_ms(30000));
    EXPECT_EQ(outcomes(ledger), (std::vector{Done, Done, Done, Cut}));
    EXPECT_EQ(active(ledger), (std::vector<std::int64_t>{10000, 8000, 3000, 1000}));
}

TEST_F(SessionTest, StopDuringTheStepCutsIt)
{
    play_until(16000);
    ASSERT_TRUE(session.stop(at_ms(16000)));
    const SessionLedger ledger = session.ledger(at_ms(20000));
    EXPECT_EQ(outcomes(ledger), (std::vector{Done, Cut, NotReached, NotReached}));
    EXPECT_EQ(active(ledger), (std::vector<std::int64_t>{10000, 2000, 0, 0}));
}

// A stop is no pass over: the instance whose get-ready was showing is not reached, and a
// resumed session starts there.
TEST(SessionLedgerEdges, StopDuringTheLastGetReadyLeavesItNotReached)
{
    Session session{Timeline(two_steps())};
    play_until(session, 13000);
    ASSERT_TRUE(session.progress(at_ms(13000)).getting_ready);
    ASSERT_EQ(session.progress(at_ms(13000)).instance, 1u);
    ASSERT_TRUE(session.stop(at_ms(13000)));
    EXPECT_EQ(outcomes(session.ledger(at_ms(13000))), (std::vector{Done, NotReached}));
}

TEST(SessionLedgerEdges, NextDuringTheLastGetReadySkipsItAndFinishes)
{
    Session session{Timeline(two_steps())};
    play_until(session, 13000);
    ASSERT_TRUE(session.next(at_ms(13000)));
    EXPECT_EQ(session.state(), SessionState::Finished);
    EXPECT_EQ(outcomes(session.ledger(at_ms(13000))), (std::vector{Done, Skipped}));
    EXPECT_EQ(session.ledger(at_ms(13000)).completed_ms(), 10000);
}

TEST_F(SessionTest, GoingBackToACutInstanceAndFinishingItMakesItDone)
{
    play_until(5000);
    session.next(at_ms(5000));                  // instance 0 cut after 3 s
    ASSERT_TRUE(session.previous(at_ms(6000))); // 1 s into instance 1's get-ready: back to 0
    ASSERT_EQ(session.progress(at_ms(6000)).instance, 0u);
    const SessionLedger ledger = session.ledger(at_ms(6000 + 12000));
    EXPECT_EQ(outcomes(ledger)[0], Done);
    EXPECT_EQ(outcomes(ledger)[1], NotReached); // its get-ready only: left back, not passed over
    EXPECT_EQ(active(ledger)[0], 10000);        // 3 s, then all 10 s again: at most its length
}

TEST_F(SessionTest, GoingBackOverADoneInstanceAndLeavingItEarlyLeavesItDone)
{
    play_until(13000);
    ASSERT_TRUE(session.previous(at_ms(13000))); // in instance 1's get-ready: back to 0
    ASSERT_TRUE(session.next(at_ms(18000)));     // 3 s into instance 0's step again
    const SessionLedger ledger = session.ledger(at_ms(18000));
    EXPECT_EQ(outcomes(ledger)[0], Done);
    EXPECT_EQ(active(ledger)[0], 10000);
}

TEST_F(SessionTest, RestartingAnInstanceCountsItOnceAtMost)
{
    play_until(20000);                           // 6 s into instance 1's 8 s step
    ASSERT_TRUE(session.previous(at_ms(20000))); // more than 3 s in: restart it
    play_until(40000);
    const SessionLedger ledger = session.ledger(at_ms(40000));
    EXPECT_EQ(outcomes(ledger), (std::vector{Done, Done, Done, Done}));
    EXPECT_EQ(active(ledger)[1], 8000);
    EXPECT_EQ(ledger.completed_ms(), ledger.planned_ms());
}

TEST_F(SessionTest, ASkippedInstancePlayedLaterIsCutOrDone)
{
    session.start(at_ms(0));
    session.next(at_ms(500)); // instance 0 skipped
    ASSERT_TRUE(session.previous(at_ms(1000)));
    ASSERT_EQ(session.progress(at_ms(1000)).instance, 0u);
    session.stop(at_ms(5000)); // 2 s into its step
    EXPECT_EQ(outcomes(session.ledger(at_ms(5000)))[0], Cut);
}

TEST_F(SessionTest, BeginAtPassesOverTheInstancesBefore)
{
    ASSERT_TRUE(session.begin_at(2));
    session.start(at_ms(0));
    EXPECT_EQ(outcomes(session.ledger(at_ms(1000))),
              (std::vector{Skipped, Skipped, NotReached, NotReached}));
    EXPECT_EQ(session.ledger(at_ms(1000)).completed_ms(), 1000);
}

TEST_F(SessionTest, EasierCountsForTheInstancesItWasShownIn)
{
    // On in instance 0's get-ready, off again before its step: not used there.
    session.start(at_ms(0));
    ASSERT_TRUE(session.set_easier(0, true, at_ms(500)));
    ASSERT_TRUE(session.set_easier(0, false, at_ms(1500)));
    EXPECT_FALSE(session.set_easier(0, false, at_ms(1500)));
    // On for the sided step during instance 1: both of its sides show it.
    play_until(15000);
    ASSERT_TRUE(session.set_easier(2, true, at_ms(15000)));
    EXPECT_TRUE(session.easier(2));
    // On for the paced step part-way through it.
    play_until(21000);
    ASSERT_TRUE(session.set_easier(1, true, at_ms(21000)));
    const SessionLedger ledger = session.ledger(at_ms(28000));
    EXPECT_EQ(easier(ledger), (std::vector{false, true, true, true}));
    EXPECT_EQ(ledger.easier_steps(), (std::set<std::size_t>{1, 2}));
}

TEST_F(SessionTest, EasierTurnedOnWhilePausedAndThenStoppedIsNotUsed)
{
    play_until(5000);
    ASSERT_TRUE(session.pause(at_ms(5000)));
    ASSERT_TRUE(session.set_easier(0, true, at_ms(9000)));
    ASSERT_TRUE(session.stop(at_ms(9000)));
    EXPECT_FALSE(session.ledger(at_ms(9000)).records()[0].easier);
    EXPECT_FALSE(session.set_easier(0, false, at_ms(9000))); // nothing changes once stopped
}

TEST_F(SessionTest, AClockGapCountsOnlyUpToTheMissedDeadline)
{
    play_until(5000);
    // The computer sleeps; the next deadline (instance 1's get-ready at 12000) is missed by a
    // minute: the session pauses there, and the minute is not played.
    EXPECT_TRUE(session.due(at_ms(72000)).empty());
    ASSERT_EQ(session.pause_reason(), PauseReason::ClockGap);
    const SessionLedger ledger = session.ledger(at_ms(72000));
    EXPECT_EQ(outcomes(ledger)[0], Done);
    EXPECT_EQ(ledger.completed_ms(), 10000);
}

TEST_F(SessionTest, ContinueAtGoesOnFromAStoredRecord)
{
    const std::vector<InstanceRecord> stored = {
        {Done, 10000, false}, {Cut, 3000, true}, {NotReached, 0, false}, {NotReached, 0, false}};
    ASSERT_TRUE(session.set_easier(1, true, at_ms(0)));
    ASSERT_TRUE(session.continue_at(1, stored));
    EXPECT_TRUE(session.easier(1)); // the choices made before are kept
    EXPECT_EQ(session.ledger(at_ms(0)).records(), stored);
    EXPECT_EQ(session.ledger(at_ms(0)).completed_ms(), 13000);

    session.start(at_ms(0));
    EXPECT_EQ(session.position(at_ms(0)), 12000ms); // instance 1's get-ready
    EXPECT_EQ(session.ledger(at_ms(2000)).completed_ms(), 13000);
    EXPECT_EQ(session.ledger(at_ms(5000)).completed_ms(), 16000); // 3 s more; at most its 8 s
    play_until(16000);
    const SessionLedger ledger = session.ledger(at_ms(16000));
    EXPECT_EQ(session.state(), SessionState::Finished);
    EXPECT_EQ(outcomes(ledger), (std::vector{Done, Done, Done, Done}));
    EXPECT_EQ(active(ledger), (std::vector<std::int64_t>{10000, 8000, 3000, 3000}));
    EXPECT_EQ(ledger.completed_ms(), ledger.planned_ms());
}

TEST_F(SessionTest, ContinueAtRefusesARecordThatDoesNotFit)
{
    EXPECT_FALSE(session.continue_at(0, {{Done, 10000, false}})); // too few instances
    EXPECT_FALSE(session.continue_at(
        0, {{Done, 10001, false}, {}, {}, {}})); // more than instance 0's length
    EXPECT_FALSE(session.continue_at(0, {{Cut, -1, false}, {}, {}, {}}));
    EXPECT_FALSE(session.continue_at(4, {{}, {}, {}, {}})); // no instance 4
    session.start(at_ms(0));
    EXPECT_FALSE(session.continue_at(0, {{}, {}, {}, {}})); // only before the start
}
