#include <gtest/gtest.h>

#include <chrono>
#include <vector>

#include "session_fixture.h"

using namespace unclutch::core;
using namespace unclutch::core::session_fixture;
using namespace std::chrono_literals;

TEST_F(SessionTest, NextDuringGetReadySkipsToTheNextInstanceWithoutItsEvents)
{
    session.start(at_ms(0));
    session.due(at_ms(0));
    ASSERT_TRUE(session.next(at_ms(1000)));
    EXPECT_EQ(session.position(at_ms(1000)), 12000ms);
    EXPECT_EQ(session.active_time(at_ms(1000)), 1000ms);
    EXPECT_EQ(session.next_deadline(), at_ms(1000));
    const std::vector<Session::Fired> fired = session.due(at_ms(1000));
    ASSERT_EQ(fired.size(), 1u);
    EXPECT_EQ(event(fired[0]).type, Prepare);
    EXPECT_EQ(event(fired[0]).instance, 1u);
    EXPECT_EQ(fired[0].scheduled, 1000ms);
    EXPECT_EQ(session.progress(at_ms(1500)).instance, 1u);
    EXPECT_TRUE(session.progress(at_ms(1500)).getting_ready);
}

TEST_F(SessionTest, NextDuringPacingGoesToTheNextInstance)
{
    play_until(15500);
    ASSERT_TRUE(session.next(at_ms(15500)));
    // Instance 2 has no get-ready: its step comes at once, and nothing of the paced step.
    EXPECT_EQ(due(at_ms(15500)), (Fired{{22000, StepE}}));
    EXPECT_EQ(session.progress(at_ms(15500)).instance, 2u);
    EXPECT_EQ(session.next_deadline(), at_ms(15500 + 3000));
}

TEST_F(SessionTest, NextOnTheLastInstanceFinishes)
{
    play_until(26000);
    ASSERT_EQ(session.progress(at_ms(26000)).instance, 3u);
    ASSERT_TRUE(session.next(at_ms(26000)));
    EXPECT_EQ(session.state(), SessionState::Finished);
    EXPECT_EQ(session.next_deadline(), std::nullopt);
    EXPECT_TRUE(due(at_ms(30000)).empty());
    EXPECT_EQ(session.active_time(at_ms(30000)), 26000ms);
    EXPECT_EQ(session.position(at_ms(30000)), 28000ms);
}

TEST_F(SessionTest, PreviousRestartsWhenMoreThan3SecondsIn)
{
    play_until(15000);
    // Exactly 3 s into instance 1 (its T is 12000): not more, so back to instance 0.
    ASSERT_TRUE(session.previous(at_ms(15000)));
    EXPECT_EQ(session.position(at_ms(15000)), 0ms);
    EXPECT_EQ(due(at_ms(15000)), (Fired{{0, Prepare}}));

    Session later{Timeline(test_routine())};
    later.start(at_ms(0));
    later.due(at_ms(0));
    later.next(at_ms(0));
    later.due(at_ms(0));
    // 3 s and a nanosecond into instance 1: restart it, its get-ready again.
    ASSERT_TRUE(later.previous(at(3000000001ns)));
    EXPECT_EQ(later.position(at(3000000001ns)), 12000ms);
    EXPECT_EQ(later.next_deadline(), at(3000000001ns));
    EXPECT_EQ(later.active_time(at(3000000001ns)), 3000000001ns);
}

TEST_F(SessionTest, PreviousDuringGetReadyGoesBack)
{
    play_until(12500);
    ASSERT_TRUE(session.progress(at_ms(12500)).getting_ready);
    ASSERT_TRUE(session.previous(at_ms(12500)));
    EXPECT_EQ(session.progress(at_ms(12500)).instance, 0u);
    EXPECT_EQ(session.position(at_ms(12500)), 0ms);
}

TEST_F(SessionTest, PreviousOnTheFirstInstanceRestartsIt)
{
    play_until(1000);
    ASSERT_TRUE(session.previous(at_ms(1000)));
    EXPECT_EQ(session.position(at_ms(1000)), 0ms);
    play_until(7000);
    ASSERT_TRUE(session.previous(at_ms(7000)));
    EXPECT_EQ(session.position(at_ms(7000)), 0ms);
    EXPECT_EQ(due(at_ms(7000)), (Fired{{0, Prepare}}));
}

TEST_F(SessionTest, PreviousOnTheLastInstanceGoesToTheOtherSide)
{
    play_until(25500);
    ASSERT_EQ(session.progress(at_ms(25500)).instance, 3u);
    ASSERT_TRUE(session.previous(at_ms(25500)));
    EXPECT_EQ(session.progress(at_ms(25500)).instance, 2u);
    EXPECT_EQ(due(at_ms(25500)), (Fired{{22000, StepE}}));
}

TEST_F(SessionTest, NextAndPreviousWhilePausedMoveAndStayPaused)
{
    play_until(5000);
    session.pause(at_ms(5000));
    ASSERT_TRUE(session.next(at_ms(6000)));
    EXPECT_EQ(session.state(), SessionState::Paused);
    EXPECT_EQ(session.position(at_ms(9000)), 12000ms);
    EXPECT_EQ(session.next_deadline(), std::nullopt);
    ASSERT_TRUE(session.next(at_ms(7000)));
    EXPECT_EQ(session.position(at_ms(9000)), 22000ms);
    ASSERT_TRUE(session.previous(at_ms(8000)));
    EXPECT_EQ(session.position(at_ms(9000)), 12000ms);
    ASSERT_TRUE(session.resume(at_ms(10000)));
    EXPECT_EQ(session.active_time(at_ms(10000)), 5000ms);
    EXPECT_EQ(due(at_ms(10000)), (Fired{{12000, Prepare}}));
}

TEST_F(SessionTest, NextWhileReadyChoosesWhereToStart)
{
    ASSERT_TRUE(session.next(at_ms(0)));
    EXPECT_EQ(session.state(), SessionState::Ready);
    session.start(at_ms(100));
    EXPECT_EQ(due(at_ms(100)), (Fired{{12000, Prepare}}));
}

TEST_F(SessionTest, ProgressSaysWhereInTheInstance)
{
    play_until(7000);
    const Session::Progress ready = session.progress(at_ms(1500));
    EXPECT_EQ(ready.instance, 0u);
    EXPECT_TRUE(ready.getting_ready);
    EXPECT_EQ(ready.elapsed, 1500ms);
    EXPECT_EQ(ready.remaining, 500ms);
    const Session::Progress step = session.progress(at_ms(7000));
    EXPECT_FALSE(step.getting_ready);
    EXPECT_EQ(step.elapsed, 5000ms);
    EXPECT_EQ(step.remaining, 5000ms);
    EXPECT_EQ(step.since_start, 7000ms);
    EXPECT_EQ(session.pace(at_ms(7000)), std::nullopt);
    EXPECT_EQ(session.pace(at_ms(13000)), std::nullopt); // the paced step's get-ready
}

TEST_F(SessionTest, PaceSaysCycleAndPhase)
{
    play_until(19500);
    const auto pace = session.pace(at_ms(19500));
    ASSERT_TRUE(pace);
    EXPECT_EQ(pace->cycle, 1);
    EXPECT_EQ(pace->phase, 0u);
    EXPECT_EQ(pace->into_cycle, 1500ms);
    EXPECT_EQ(pace->into_phase, 1500ms);
    EXPECT_EQ(pace->phase_length, 2000ms);
    const auto last = session.pace(at(21999999999ns));
    ASSERT_TRUE(last);
    EXPECT_EQ(last->cycle, 1);
    EXPECT_EQ(last->phase, 1u);
}

TEST_F(SessionTest, BeginAtStartsAtThatInstanceWithoutTheEventsBeforeIt)
{
    ASSERT_TRUE(session.begin_at(1));
    EXPECT_EQ(session.state(), SessionState::Ready);
    EXPECT_EQ(session.progress(at_ms(0)).instance, 1u);
    EXPECT_TRUE(session.progress(at_ms(0)).getting_ready);
    ASSERT_TRUE(session.start(at_ms(0)));
    // The paced step's get-ready comes first, at once; nothing of instance 0 is handed out.
    EXPECT_EQ(due(at_ms(0)), (Fired{{12000, Prepare}}));
    EXPECT_EQ(session.position(at_ms(0)), 12000ms);
    EXPECT_EQ(session.active_time(at_ms(2000)), 2000ms);
    const Fired atStep = due(at_ms(2000));
    ASSERT_FALSE(atStep.empty());
    EXPECT_EQ(atStep.front(), (std::pair<std::int64_t, EventType>{14000, StepE}));
    EXPECT_EQ(session.progress(at_ms(2000)).instance, 1u);
    EXPECT_FALSE(session.progress(at_ms(2000)).getting_ready);
}

TEST_F(SessionTest, BeginAtAppliesOnlyBeforeTheStartAndToAnInstanceThatExists)
{
    EXPECT_FALSE(session.begin_at(4));
    EXPECT_EQ(session.progress(at_ms(0)).instance, 0u);
    session.start(at_ms(0));
    EXPECT_FALSE(session.begin_at(2));
    EXPECT_EQ(session.progress(at_ms(100)).instance, 0u);
}
