#include <QCoreApplication>

#include <gtest/gtest.h>

#include <chrono>
#include <vector>

#include "app/session_runner.h"

using namespace unclutch;
using namespace std::chrono_literals;
using app::SessionRunner;
using core::EventType;
using core::SessionState;

namespace {

// Instance 0: get-ready 0–2000, step 2000–12000. Instance 1 (no get-ready): a 4-second
// cycle from 12000, phases at 12000 and 14000, beats every second. The end is at 16000.
core::Routine test_routine()
{
    core::Routine routine;
    routine.title = "Runner test";
    routine.transition = 2;
    core::Step plain;
    plain.pose = "Plain";
    plain.duration = 10;
    core::Step paced;
    paced.pose = "Paced";
    paced.transition = 0;
    paced.pacing = core::Pacing{};
    paced.pacing->cycle = 4;
    paced.pacing->cycles = 1;
    paced.pacing->beat = 1;
    paced.pacing->phases = {{"Up", 0.5, {}}, {"Down", 0.5, {}}};
    routine.steps = {plain, paced};
    return routine;
}

struct Fired {
    EventType type;
    std::int64_t t_ms;
    double scheduled;
    double fired;
};

class SessionRunnerTest : public ::testing::Test {
protected:
    SessionRunnerTest()
        : runner(test_routine(), [this] { return now; })
    {
        QObject::connect(&runner, &SessionRunner::eventFired,
                         [this](const core::Event& event, double scheduled, double fired_ms) {
                             fired.push_back({event.type, event.t_ms, scheduled, fired_ms});
                         });
        QObject::connect(&runner, &SessionRunner::stateChanged,
                         [this](SessionState state) { states.push_back(state); });
        QObject::connect(&runner, &SessionRunner::jumped,
                         [this](std::size_t instance) { jumps.push_back(instance); });
        QObject::connect(&runner, &SessionRunner::beatsDropped,
                         [this](std::size_t total) { dropped.push_back(total); });
    }

    void set_ms(double t_ms)
    {
        now = start_time + std::chrono::duration_cast<std::chrono::nanoseconds>(
                               std::chrono::duration<double, std::milli>(t_ms));
    }

    // Wakes when the armed timer would have: the fake clock moves by the armed interval.
    void wake_when_armed(double extra_ms = 0)
    {
        ASSERT_GE(runner.armedIntervalMs(), 0);
        now += std::chrono::milliseconds(runner.armedIntervalMs());
        now += std::chrono::duration_cast<std::chrono::nanoseconds>(
            std::chrono::duration<double, std::milli>(extra_ms));
        runner.wake();
    }

    const SessionRunner::TimePoint start_time = SessionRunner::TimePoint{} + 10h;
    SessionRunner::TimePoint now = start_time;
    SessionRunner runner;
    std::vector<Fired> fired;
    std::vector<SessionState> states;
    std::vector<std::size_t> jumps;
    std::vector<std::size_t> dropped;
};

} // namespace

TEST_F(SessionRunnerTest, IdleUntilStarted)
{
    EXPECT_EQ(runner.armedIntervalMs(), -1);
    runner.wake();
    EXPECT_TRUE(fired.empty());
    EXPECT_EQ(runner.session().state(), SessionState::Ready);
}

TEST_F(SessionRunnerTest, StartArmsForTheFirstEventAndWakeFiresIt)
{
    runner.start();
    EXPECT_EQ(states, std::vector{SessionState::Running});
    EXPECT_EQ(runner.armedIntervalMs(), 0);
    runner.wake();
    ASSERT_EQ(fired.size(), 1u);
    EXPECT_EQ(fired[0].type, EventType::Prepare);
    EXPECT_EQ(fired[0].scheduled, 0.0);
    EXPECT_EQ(fired[0].fired, 0.0);
    EXPECT_EQ(runner.armedIntervalMs(), 2000);
}

TEST_F(SessionRunnerTest, TheTimerRunsTheWake)
{
    runner.start();
    for (int i = 0; i < 100 && fired.empty(); ++i)
        QCoreApplication::processEvents();
    ASSERT_EQ(fired.size(), 1u);
    EXPECT_EQ(fired[0].type, EventType::Prepare);
    EXPECT_EQ(runner.armedIntervalMs(), 2000);
}

TEST_F(SessionRunnerTest, EachWakeRearmsFromTheClockSoLatenessDoesNotAccumulate)
{
    runner.start();
    runner.wake();
    wake_when_armed(3); // 3 ms late for the step at 2000
    ASSERT_EQ(fired.size(), 2u);
    EXPECT_EQ(fired[1].type, EventType::Step);
    EXPECT_EQ(fired[1].scheduled, 2000.0);
    EXPECT_EQ(fired[1].fired, 2003.0);
    EXPECT_EQ(runner.armedIntervalMs(), 12000 - 2003);
    wake_when_armed();
    EXPECT_EQ(fired[2].type, EventType::Step);
    EXPECT_EQ(fired[2].t_ms, 12000);
    EXPECT_EQ(fired[2].fired, 12000.0);
}

TEST_F(SessionRunnerTest, TheTimerIsRoundedUpSoItNeverWakesEarly)
{
    runner.start();
    runner.wake();
    set_ms(0.6); // 1999.4 ms before the step
    runner.wake();
    EXPECT_EQ(runner.armedIntervalMs(), 2000);
    set_ms(1999.999);
    runner.wake();
    EXPECT_EQ(fired.size(), 1u);
    EXPECT_EQ(runner.armedIntervalMs(), 1);
}

TEST_F(SessionRunnerTest, PauseStopsTheTimerAndResumeKeepsThePosition)
{
    runner.togglePause(); // starts a ready session
    runner.wake();
    set_ms(500);
    runner.togglePause();
    EXPECT_EQ(runner.session().state(), SessionState::Paused);
    EXPECT_EQ(runner.armedIntervalMs(), -1);
    set_ms(60000);
    runner.wake();
    EXPECT_EQ(fired.size(), 1u);
    runner.togglePause();
    EXPECT_EQ(runner.armedIntervalMs(), 1500);
    EXPECT_EQ(states,
              (std::vector{SessionState::Running, SessionState::Paused, SessionState::Running}));
    wake_when_armed();
    EXPECT_EQ(fired.back().type, EventType::Step);
    EXPECT_EQ(fired.back().scheduled, 2000.0);
    EXPECT_EQ(fired.back().fired, 2000.0);
}

TEST_F(SessionRunnerTest, NextAndPreviousJumpAndFireTheDestinationAtOnce)
{
    runner.start();
    runner.wake();
    set_ms(1000);
    runner.next();
    EXPECT_EQ(jumps, std::vector<std::size_t>{1});
    EXPECT_EQ(runner.armedIntervalMs(), 0);
    runner.wake();
    ASSERT_EQ(fired.size(), 4u); // instance 1 opens with its step, phase 0 and beat 0
    EXPECT_EQ(fired[1].type, EventType::Step);
    EXPECT_EQ(fired[1].t_ms, 12000);
    EXPECT_EQ(fired[1].scheduled, 1000.0);
    EXPECT_EQ(fired[3].type, EventType::Beat);
    set_ms(1500);
    runner.previous();
    EXPECT_EQ(jumps, (std::vector<std::size_t>{1, 0}));
    runner.wake();
    EXPECT_EQ(fired.back().type, EventType::Prepare);
    EXPECT_EQ(fired.back().fired, 1500.0);
}

TEST_F(SessionRunnerTest, NextOnTheLastInstanceFinishes)
{
    runner.start();
    runner.next();
    runner.next();
    EXPECT_EQ(jumps, std::vector<std::size_t>{1});
    EXPECT_EQ(runner.session().state(), SessionState::Finished);
    EXPECT_EQ(states.back(), SessionState::Finished);
    EXPECT_EQ(runner.armedIntervalMs(), -1);
}

TEST_F(SessionRunnerTest, LateBeatsAreDroppedAndCounted)
{
    runner.start();
    runner.wake();
    set_ms(2000);
    runner.wake();
    set_ms(12000);
    runner.wake(); // step, phase 0, beat 0
    EXPECT_EQ(fired.size(), 5u);
    set_ms(13251);
    runner.wake();
    EXPECT_EQ(fired.size(), 5u);
    EXPECT_EQ(dropped, std::vector<std::size_t>{1});
    EXPECT_EQ(runner.armedIntervalMs(), 14000 - 13251);
}

TEST_F(SessionRunnerTest, AWakeLongAfterADeadlinePausesAndSaysWhy)
{
    runner.start();
    runner.wake();
    set_ms(2000 + 5100);
    runner.wake();
    EXPECT_EQ(fired.size(), 1u);
    EXPECT_EQ(states.back(), SessionState::Paused);
    EXPECT_EQ(runner.session().pause_reason(), core::PauseReason::ClockGap);
    EXPECT_EQ(runner.armedIntervalMs(), -1);
    runner.resume();
    runner.wake();
    EXPECT_EQ(fired.back().type, EventType::Step);
    EXPECT_EQ(fired.back().fired, 2000.0);
}

TEST_F(SessionRunnerTest, TheEndFiresThenTheStateIsFinished)
{
    std::vector<char> order;
    QObject::connect(&runner, &SessionRunner::eventFired,
                     [&](const core::Event& event, double, double) {
                         if (event.type == EventType::End)
                             order.push_back('e');
                     });
    QObject::connect(&runner, &SessionRunner::stateChanged, [&](SessionState state) {
        if (state == SessionState::Finished)
            order.push_back('f');
    });
    runner.start();
    while (runner.armedIntervalMs() >= 0)
        wake_when_armed();
    EXPECT_EQ(order, (std::vector<char>{'e', 'f'}));
    EXPECT_EQ(fired.size(), runner.session().timeline().events().size());
    for (const Fired& event : fired)
        EXPECT_EQ(event.scheduled, event.fired);
}

TEST_F(SessionRunnerTest, ASlotThatPausesLeavesTheRestOfTheBatchForTheResume)
{
    QObject::connect(&runner, &SessionRunner::eventFired,
                     [&](const core::Event& event, double, double) {
                         if (event.type == EventType::Phase && event.index == 0)
                             runner.pause();
                     });
    runner.start();
    runner.wake();
    set_ms(2000);
    runner.wake();
    set_ms(12000);
    runner.wake(); // step, then phase 0 pauses: beat 0 is not handed out yet
    ASSERT_EQ(fired.size(), 4u);
    EXPECT_EQ(fired.back().type, EventType::Phase);
    EXPECT_EQ(states.back(), SessionState::Paused);
    EXPECT_EQ(runner.armedIntervalMs(), -1);
    set_ms(20000);
    runner.resume();
    EXPECT_EQ(runner.armedIntervalMs(), 0);
    runner.wake();
    ASSERT_EQ(fired.size(), 5u);
    EXPECT_EQ(fired.back().type, EventType::Beat);
    EXPECT_EQ(fired.back().scheduled, 12000.0);
    EXPECT_EQ(fired.back().fired, 12000.0);
}

TEST_F(SessionRunnerTest, ASlotThatSkipsPassesOverTheRestOfTheBatch)
{
    QObject::connect(&runner, &SessionRunner::eventFired,
                     [&](const core::Event& event, double, double) {
                         if (event.type == EventType::Prepare)
                             runner.next();
                     });
    runner.start();
    set_ms(2000); // the prepare at 0 and the step at 2000 are both due
    runner.wake();
    ASSERT_EQ(fired.size(), 4u);
    EXPECT_EQ(fired[0].type, EventType::Prepare);
    EXPECT_EQ(fired[1].type, EventType::Step);
    EXPECT_EQ(fired[1].t_ms, 12000); // the next instance's, not the skipped one at 2000
    EXPECT_EQ(fired[1].scheduled, 2000.0);
}

TEST_F(SessionRunnerTest, StopEndsEverything)
{
    runner.start();
    runner.wake();
    runner.stop();
    EXPECT_EQ(states.back(), SessionState::Stopped);
    EXPECT_EQ(runner.armedIntervalMs(), -1);
    runner.start();
    runner.next();
    EXPECT_EQ(states.back(), SessionState::Stopped);
    EXPECT_TRUE(jumps.empty());
}

namespace {

// A runner whose sleeps move the fake clock on by what was asked, except that the first one may
// end early, the way a real sleep returns on a signal.
class ApproachTest : public ::testing::Test {
protected:
    ApproachTest()
        : runner(
              test_routine(), [this] { return now; },
              [this](core::Session::Duration wait) {
                  sleeps.push_back(wait);
                  now += std::chrono::duration_cast<core::Session::Duration>(
                      sleeps.size() == 1 ? wait * first_sleep_fraction : wait);
              })
    {
        QObject::connect(&runner, &SessionRunner::eventFired,
                         [this](const core::Event& event, double scheduled, double fired_ms) {
                             fired.push_back({event.type, event.t_ms, scheduled, fired_ms});
                         });
    }

    const SessionRunner::TimePoint start_time = SessionRunner::TimePoint{} + 10h;
    SessionRunner::TimePoint now = start_time;
    double first_sleep_fraction = 1.0;
    std::vector<core::Session::Duration> sleeps;
    SessionRunner runner;
    std::vector<Fired> fired;
};

} // namespace

TEST_F(ApproachTest, TheTimerWakesBeforeTheDeadlineAndTheRestIsSleptOut)
{
    runner.start();
    runner.wake(); // the get-ready at 0, due at once: no sleep
    EXPECT_TRUE(sleeps.empty());
    now += 400us; // the step at 2000 ms is 1999.6 ms away
    runner.wake();
    // Armed for the whole milliseconds that leave at most the final approach to sleep out.
    ASSERT_EQ(runner.armedIntervalMs(), 1998);
    EXPECT_TRUE(sleeps.empty()) << "a deadline beyond the approach is not slept for";
    now += std::chrono::milliseconds(runner.armedIntervalMs());
    runner.wake();
    ASSERT_EQ(sleeps.size(), 1u);
    EXPECT_EQ(sleeps[0], 1600us);
    ASSERT_EQ(fired.size(), 2u);
    EXPECT_EQ(fired[1].type, EventType::Step);
    EXPECT_EQ(fired[1].fired, 2000.0) << "handed out on the dot, not a timer's millisecond late";
}

TEST_F(ApproachTest, ASleepThatEndsEarlyIsSleptAgainSoNothingFiresEarly)
{
    runner.start();
    runner.wake();
    first_sleep_fraction = 0.5;
    now = start_time + 1999ms;
    runner.wake();
    ASSERT_EQ(sleeps.size(), 2u);
    EXPECT_EQ(sleeps[0], 1ms);
    EXPECT_EQ(sleeps[1], 500us);
    ASSERT_EQ(fired.size(), 2u);
    EXPECT_EQ(fired[1].fired, 2000.0);
}

TEST_F(ApproachTest, ALateWakeFiresAtOnceWithoutSleeping)
{
    runner.start();
    runner.wake();
    now = start_time + 2005ms;
    runner.wake();
    EXPECT_TRUE(sleeps.empty());
    ASSERT_EQ(fired.size(), 2u);
    EXPECT_EQ(fired[1].fired, 2005.0);
}

TEST(SessionRunnerRealClock, ArmsForTheFinalApproachAndSleepsItOut)
{
    // The real clock and the real sleep, through the event loop: the one-second get-ready of a
    // one-second step, then its start and the end.
    core::Routine routine;
    routine.title = "Real clock";
    routine.transition = 1;
    core::Step step;
    step.pose = "Plain";
    step.duration = 1;
    routine.steps = {step};
    SessionRunner runner(routine);
    std::vector<EventType> fired;
    QObject::connect(
        &runner, &SessionRunner::eventFired,
        [&](const core::Event& event, double, double) { fired.push_back(event.type); });
    runner.start();
    runner.wake(); // the get-ready, due at once
    ASSERT_EQ(fired, std::vector{EventType::Prepare});
    // Armed to wake inside the last kApproach before the step at 1000 ms, not at it.
    EXPECT_LE(runner.armedIntervalMs(), 1000 - SessionRunner::kApproach.count());
    EXPECT_GE(runner.armedIntervalMs(), 900);

    const auto give_up = std::chrono::steady_clock::now() + 10s;
    while (runner.session().state() != SessionState::Finished &&
           std::chrono::steady_clock::now() < give_up)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    ASSERT_EQ(runner.session().state(), SessionState::Finished);
    EXPECT_EQ(fired, (std::vector{EventType::Prepare, EventType::Step, EventType::End}));
}
