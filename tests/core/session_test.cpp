#include <gtest/gtest.h>

#include <chrono>
#include <vector>

#include "session_fixture.h"

using namespace unclutch::core;
using namespace unclutch::core::session_fixture;
using namespace std::chrono_literals;

TEST_F(SessionTest, ReadySessionHasNoDeadlineAndHandsOutNothing)
{
    EXPECT_EQ(session.state(), SessionState::Ready);
    EXPECT_EQ(session.next_deadline(), std::nullopt);
    EXPECT_TRUE(due(at_ms(50000)).empty());
    EXPECT_EQ(session.active_time(at_ms(50000)), 0ms);
    EXPECT_EQ(session.position(at_ms(50000)), 0ms);
}

TEST_F(SessionTest, EveryEventComesOnceInTimelineOrderAndTheEndFinishes)
{
    ASSERT_TRUE(session.start(at_ms(0)));
    EXPECT_EQ(session.state(), SessionState::Running);
    std::vector<std::size_t> indexes;
    while (auto deadline = session.next_deadline()) {
        for (const Session::Fired& fired : session.due(*deadline)) {
            indexes.push_back(fired.event);
            EXPECT_EQ(fired.scheduled, fired.fired);
            EXPECT_EQ(fired.scheduled, std::chrono::milliseconds(event(fired).t_ms));
        }
    }
    ASSERT_EQ(indexes.size(), session.timeline().events().size());
    for (std::size_t i = 0; i < indexes.size(); ++i)
        EXPECT_EQ(indexes[i], i);
    EXPECT_EQ(session.state(), SessionState::Finished);
    EXPECT_EQ(session.dropped_beats(), 0u);
    EXPECT_EQ(session.active_time(at_ms(99000)), 28000ms);
    EXPECT_TRUE(due(at_ms(99000)).empty());
}

TEST_F(SessionTest, NothingIsDueBeforeItsTimeAndABatchComesInOrder)
{
    session.start(at_ms(0));
    EXPECT_EQ(due(at_ms(0)), (Fired{{0, Prepare}}));
    EXPECT_EQ(session.next_deadline(), at_ms(2000));
    EXPECT_TRUE(due(at(1999999999ns)).empty());
    EXPECT_EQ(due(at_ms(2000)), (Fired{{2000, StepE}}));
    play_until(18999);
    EXPECT_EQ(due(at_ms(19000)), (Fired{{19000, Beat}, {19000, CueE}}));
}

TEST_F(SessionTest, CuesPhasesAndStepChangesAreNeverLostButStaleBeatsAre)
{
    play_until(13000);
    // 4.1 s late for the step: under the clock-gap limit, so everything is handed out but the
    // beats more than 250 ms late.
    EXPECT_EQ(
        due(at_ms(18100)),
        (Fired{{14000, StepE}, {14000, PhaseE}, {16000, PhaseE}, {18000, PhaseE}, {18000, Beat}}));
    EXPECT_EQ(session.dropped_beats(), 4u);
    EXPECT_EQ(session.state(), SessionState::Running);
}

TEST_F(SessionTest, ABeatUpTo250MsLateStillPlays)
{
    play_until(14999);
    EXPECT_EQ(due(at_ms(15249)), (Fired{{15000, Beat}}));
    EXPECT_EQ(due(at_ms(16250)), (Fired{{16000, PhaseE}, {16000, Beat}}));
    EXPECT_EQ(session.dropped_beats(), 0u);
}

TEST_F(SessionTest, ABeatMoreThan250MsLateIsDroppedAndCounted)
{
    play_until(14999);
    EXPECT_EQ(due(at_ms(15251)), Fired{});
    EXPECT_EQ(session.dropped_beats(), 1u);
    EXPECT_EQ(due(at(16250000001ns)), (Fired{{16000, PhaseE}}));
    EXPECT_EQ(session.dropped_beats(), 2u);
    EXPECT_EQ(session.next_deadline(), at_ms(17000));
}

TEST_F(SessionTest, AWakeUpTo5SecondsLateCatchesUp)
{
    play_until(11999);
    EXPECT_EQ(due(at_ms(12000 + 4900)),
              (Fired{{12000, Prepare}, {14000, StepE}, {14000, PhaseE}, {16000, PhaseE}}));
    EXPECT_EQ(session.dropped_beats(), 3u);
    EXPECT_EQ(session.state(), SessionState::Running);
    EXPECT_EQ(session.pause_reason(), PauseReason::None);
    play_until(16999);
    EXPECT_EQ(due(at_ms(17000 + 5000)),
              (Fired{{18000, PhaseE}, {19000, CueE}, {20000, PhaseE}, {22000, StepE}}));
    EXPECT_EQ(session.state(), SessionState::Running);
}

TEST_F(SessionTest, AWakeMoreThan5SecondsLatePausesAtTheMissedDeadline)
{
    play_until(11999);
    EXPECT_EQ(due(at_ms(12000 + 5100)), Fired{});
    EXPECT_EQ(session.state(), SessionState::Paused);
    EXPECT_EQ(session.pause_reason(), PauseReason::ClockGap);
    EXPECT_EQ(session.clock_gap(), 5100ms);
    EXPECT_EQ(session.position(at_ms(30000)), 12000ms);
    EXPECT_EQ(session.active_time(at_ms(30000)), 12000ms);
    EXPECT_EQ(session.next_deadline(), std::nullopt);
    EXPECT_EQ(session.dropped_beats(), 0u);

    ASSERT_TRUE(session.resume(at_ms(60000)));
    EXPECT_EQ(session.pause_reason(), PauseReason::None);
    EXPECT_EQ(session.next_deadline(), at_ms(60000));
    const std::vector<Session::Fired> fired = session.due(at_ms(60000));
    ASSERT_EQ(fired.size(), 1u);
    EXPECT_EQ(event(fired[0]).type, Prepare);
    EXPECT_EQ(fired[0].scheduled, 12000ms);
    EXPECT_EQ(fired[0].fired, 12000ms);
}

TEST_F(SessionTest, AControlAfterAStallActsWhereTheSessionWas)
{
    play_until(11999);
    ASSERT_TRUE(session.pause(at_ms(12000 + 6000)));
    EXPECT_EQ(session.pause_reason(), PauseReason::ClockGap);
    EXPECT_EQ(session.position(at_ms(30000)), 12000ms);

    Session other{Timeline(test_routine())};
    other.start(at_ms(0));
    while (other.next_deadline() <= at_ms(14000))
        other.due(*other.next_deadline());
    // Stalled since the beat at 15000: 7 s on, the position would be in instance 2 already.
    // next() must act on instance 1, where the session stalled, and go to instance 2.
    ASSERT_TRUE(other.next(at_ms(22000)));
    EXPECT_EQ(other.state(), SessionState::Paused);
    EXPECT_EQ(other.pause_reason(), PauseReason::ClockGap);
    EXPECT_EQ(other.position(at_ms(22000)), 22000ms);
    EXPECT_EQ(other.progress(at_ms(22000)).instance, 2u);
    EXPECT_EQ(other.active_time(at_ms(22000)), 15000ms);
}

TEST_F(SessionTest, PauseAndResumeKeepThePhasePosition)
{
    play_until(17300);
    ASSERT_TRUE(session.pause(at_ms(17300)));
    EXPECT_EQ(session.pause_reason(), PauseReason::User);
    EXPECT_EQ(session.next_deadline(), std::nullopt);
    EXPECT_TRUE(due(at_ms(18000)).empty());
    const auto before = session.pace(at_ms(17300));
    ASSERT_TRUE(before);
    EXPECT_EQ(before->cycle, 0);
    EXPECT_EQ(before->phase, 1u);
    EXPECT_EQ(before->into_cycle, 3300ms);
    EXPECT_EQ(before->into_phase, 1300ms);
    EXPECT_EQ(before->phase_length, 2000ms);

    ASSERT_TRUE(session.resume(at_ms(77300)));
    const auto after = session.pace(at_ms(77300));
    ASSERT_TRUE(after);
    EXPECT_EQ(after->cycle, before->cycle);
    EXPECT_EQ(after->phase, before->phase);
    EXPECT_EQ(after->into_cycle, before->into_cycle);
    EXPECT_EQ(session.next_deadline(), at_ms(77300 + 700));
    EXPECT_EQ(session.active_time(at_ms(78000)), 18000ms);
    const std::vector<Session::Fired> fired = session.due(at_ms(78000));
    ASSERT_EQ(fired.size(), 2u);
    EXPECT_EQ(event(fired[0]).type, PhaseE);
    EXPECT_EQ(event(fired[0]).cycle, 1u);
    EXPECT_EQ(fired[0].scheduled, 18000ms);
    EXPECT_EQ(fired[1].fired, 18000ms);
}

TEST_F(SessionTest, AnEventDueAtThePauseIsHandedOutAfterTheResume)
{
    session.start(at_ms(0));
    session.due(at_ms(0));
    session.pause(at_ms(2000));
    session.resume(at_ms(5000));
    const std::vector<Session::Fired> fired = session.due(at_ms(5000));
    ASSERT_EQ(fired.size(), 1u);
    EXPECT_EQ(event(fired[0]).type, StepE);
    EXPECT_EQ(fired[0].scheduled, 2000ms);
    EXPECT_EQ(fired[0].fired, 2000ms);
}

TEST_F(SessionTest, StateTransitions)
{
    const TimePoint t = at_ms(0);
    EXPECT_FALSE(session.pause(t));
    EXPECT_FALSE(session.resume(t));
    EXPECT_TRUE(session.start(t));
    EXPECT_FALSE(session.start(t));
    EXPECT_FALSE(session.resume(t));
    EXPECT_TRUE(session.pause(t));
    EXPECT_EQ(session.state(), SessionState::Paused);
    EXPECT_FALSE(session.pause(t));
    EXPECT_FALSE(session.start(t));
    EXPECT_TRUE(session.resume(t));
    EXPECT_EQ(session.state(), SessionState::Running);
    EXPECT_EQ(session.pause_reason(), PauseReason::None);
    EXPECT_TRUE(session.stop(at_ms(1500)));
    EXPECT_EQ(session.state(), SessionState::Stopped);
    EXPECT_EQ(session.active_time(at_ms(9000)), 1500ms);
    EXPECT_EQ(session.next_deadline(), std::nullopt);
    EXPECT_TRUE(due(at_ms(9000)).empty());
    for (bool changed : {session.start(t), session.pause(t), session.resume(t), session.stop(t),
                         session.next(t), session.previous(t)})
        EXPECT_FALSE(changed);
    EXPECT_EQ(session.state(), SessionState::Stopped);
}

TEST_F(SessionTest, StopWorksFromReadyAndPaused)
{
    EXPECT_TRUE(session.stop(at_ms(0)));
    EXPECT_EQ(session.state(), SessionState::Stopped);

    Session paused{Timeline(test_routine())};
    paused.start(at_ms(0));
    paused.pause(at_ms(100));
    EXPECT_TRUE(paused.stop(at_ms(500)));
    EXPECT_EQ(paused.state(), SessionState::Stopped);
    EXPECT_EQ(paused.active_time(at_ms(500)), 100ms);
}

TEST_F(SessionTest, AFinishedSessionIgnoresControls)
{
    play_until(28000);
    ASSERT_EQ(session.state(), SessionState::Finished);
    const TimePoint t = at_ms(30000);
    for (bool changed : {session.start(t), session.pause(t), session.resume(t), session.stop(t),
                         session.next(t), session.previous(t)})
        EXPECT_FALSE(changed);
    EXPECT_EQ(session.state(), SessionState::Finished);
    EXPECT_EQ(session.position(t), 28000ms);
}

TEST(SessionEdge, AnEmptyTimelineFinishesAtOnce)
{
    Session session{Timeline(Routine{})};
    session.start(at_ms(0));
    const std::vector<Session::Fired> fired = session.due(at_ms(0));
    ASSERT_EQ(fired.size(), 1u);
    EXPECT_EQ(session.timeline().events()[fired[0].event].type, End);
    EXPECT_EQ(session.state(), SessionState::Finished);
}

TEST_F(SessionTest, TakeDueLeavesWhatIsNotTakenForAfterAPause)
{
    play_until(13999);
    const auto step = session.take_due(at_ms(14000));
    ASSERT_TRUE(step);
    EXPECT_EQ(event(*step).type, StepE);
    session.pause(at_ms(14000));
    EXPECT_EQ(session.take_due(at_ms(14000)), std::nullopt);
    session.resume(at_ms(50000));
    EXPECT_EQ(due(at_ms(50000)), (Fired{{14000, PhaseE}, {14000, Beat}}));
}
