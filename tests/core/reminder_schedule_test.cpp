#include <gtest/gtest.h>

#include "core/reminder_schedule.h"

using namespace unclutch::core;
using namespace std::chrono_literals;

namespace {

constexpr std::int64_t monday = 2461000; // any day number will do

// Both clocks the schedule reads, moved together by the test; no sleeps, no real time.
class FakeClock {
public:
    FakeClock(std::int64_t day, int hour, int minute)
        : m_day(day)
        , m_second(hour * 3600 + minute * 60)
    {
    }

    ReminderNow now() const { return {m_elapsed, {m_day, m_second}}; }

    void advance(std::chrono::seconds by)
    {
        m_elapsed += by;
        std::int64_t second = m_second + by.count();
        m_day += second / 86400;
        m_second = static_cast<std::int32_t>(second % 86400);
    }

    // The wall clock alone jumps (summer time, a hand-set clock); elapsed time does not.
    void setWallClock(std::int64_t day, int hour, int minute)
    {
        m_day = day;
        m_second = hour * 3600 + minute * 60;
    }

private:
    std::chrono::milliseconds m_elapsed{1'000'000};
    std::int64_t m_day;
    std::int32_t m_second;
};

ReminderSettings timesOnly(std::vector<int> times)
{
    ReminderSettings settings;
    settings.enabled = true;
    settings.continuous_use_enabled = false;
    settings.times_of_day = std::move(times);
    return settings;
}

ReminderSettings continuousOnly()
{
    ReminderSettings settings;
    settings.enabled = true;
    settings.times_of_day_enabled = false;
    settings.continuous_use = 50min;
    settings.break_length = 5min;
    return settings;
}

} // namespace

TEST(ReminderSchedule, OffByDefault)
{
    EXPECT_FALSE(ReminderSettings{}.enabled);
    ReminderSchedule schedule;
    FakeClock clock(monday, 8, 0);
    schedule.user_active(clock.now());
    for (int hour = 0; hour < 30; ++hour) {
        clock.advance(1h);
        EXPECT_EQ(schedule.due(clock.now()), std::nullopt);
    }
    const ReminderWake wake = schedule.next_wake(clock.now());
    EXPECT_FALSE(wake.elapsed);
    EXPECT_FALSE(wake.local);
}

TEST(ReminderSchedule, TimeOfDayFiresWhenTheClockPassesIt)
{
    FakeClock clock(monday, 8, 0);
    ReminderSchedule schedule(timesOnly({9 * 60, 15 * 60}));
    EXPECT_EQ(schedule.next_wake(clock.now()).local, (LocalTime{monday, 9 * 3600}));

    clock.advance(59min);
    EXPECT_EQ(schedule.due(clock.now()), std::nullopt);
    clock.advance(1min);
    EXPECT_EQ(schedule.due(clock.now()), ReminderKind::TimeOfDay);
    schedule.reminded(ReminderKind::TimeOfDay, clock.now());
    clock.advance(1min);
    EXPECT_EQ(schedule.due(clock.now()), std::nullopt);
    EXPECT_EQ(schedule.next_wake(clock.now()).local, (LocalTime{monday, 15 * 3600}));
}

TEST(ReminderSchedule, TimesPastAtStartAreNotOwed)
{
    FakeClock clock(monday, 10, 0);
    ReminderSchedule schedule(timesOnly({9 * 60}));
    EXPECT_EQ(schedule.due(clock.now()), std::nullopt);
    EXPECT_EQ(schedule.next_wake(clock.now()).local, (LocalTime{monday + 1, 9 * 3600}));
}

TEST(ReminderSchedule, LateTimeFiresWithinTheLimitAndIsDroppedAfter)
{
    FakeClock clock(monday, 8, 50);
    ReminderSchedule late(timesOnly({9 * 60}));
    late.due(clock.now());
    clock.advance(40min); // asleep across 9:00, awake at 9:30
    EXPECT_EQ(late.due(clock.now()), ReminderKind::TimeOfDay);

    FakeClock other(monday, 8, 50);
    ReminderSchedule tooLate(timesOnly({9 * 60}));
    tooLate.due(other.now());
    other.advance(1h + 40min); // awake at 10:30: the moment has passed
    EXPECT_EQ(tooLate.due(other.now()), std::nullopt);
}

TEST(ReminderSchedule, ContinuousUseIsDueAfterTheStretch)
{
    FakeClock clock(monday, 8, 0);
    ReminderSchedule schedule(continuousOnly());
    schedule.user_active(clock.now());
    EXPECT_EQ(schedule.next_wake(clock.now()).elapsed, clock.now().elapsed + 50min);
    EXPECT_FALSE(schedule.next_wake(clock.now()).local);

    clock.advance(49min);
    EXPECT_EQ(schedule.due(clock.now()), std::nullopt);
    EXPECT_EQ(schedule.continuous_use(clock.now()), 49min);
    clock.advance(1min);
    EXPECT_EQ(schedule.due(clock.now()), ReminderKind::ContinuousUse);
}

TEST(ReminderSchedule, ShortPauseNeitherCountsNorResets)
{
    FakeClock clock(monday, 8, 0);
    ReminderSchedule schedule(continuousOnly());
    schedule.user_active(clock.now());
    clock.advance(30min);
    schedule.user_idle(clock.now());
    EXPECT_FALSE(schedule.next_wake(clock.now()).elapsed); // nothing grows while away
    clock.advance(4min);
    schedule.user_active(clock.now());
    EXPECT_EQ(schedule.continuous_use(clock.now()), 30min);
    EXPECT_EQ(schedule.next_wake(clock.now()).elapsed, clock.now().elapsed + 20min);

    clock.advance(19min);
    EXPECT_EQ(schedule.due(clock.now()), std::nullopt);
    clock.advance(1min);
    EXPECT_EQ(schedule.due(clock.now()), ReminderKind::ContinuousUse);
}

TEST(ReminderSchedule, BreakResetsTheCount)
{
    FakeClock clock(monday, 8, 0);
    ReminderSchedule schedule(continuousOnly());
    schedule.user_active(clock.now());
    clock.advance(45min);
    schedule.user_idle(clock.now());
    clock.advance(5min);
    EXPECT_EQ(schedule.continuous_use(clock.now()), 0min);
    schedule.user_active(clock.now());

    clock.advance(49min);
    EXPECT_EQ(schedule.due(clock.now()), std::nullopt);
    clock.advance(1min);
    EXPECT_EQ(schedule.due(clock.now()), ReminderKind::ContinuousUse);
}

TEST(ReminderSchedule, ReminderRestartsTheCount)
{
    FakeClock clock(monday, 8, 0);
    ReminderSchedule schedule(continuousOnly());
    schedule.user_active(clock.now());
    clock.advance(50min);
    ASSERT_EQ(schedule.due(clock.now()), ReminderKind::ContinuousUse);
    schedule.reminded(ReminderKind::ContinuousUse, clock.now());
    EXPECT_EQ(schedule.due(clock.now()), std::nullopt);
    EXPECT_EQ(schedule.continuous_use(clock.now()), 0min);
    EXPECT_EQ(schedule.next_wake(clock.now()).elapsed, clock.now().elapsed + 50min);
}

TEST(ReminderSchedule, SnoozeBringsTheReminderBackAndKeepsQuietUntilThen)
{
    FakeClock clock(monday, 8, 0);
    ReminderSettings settings = continuousOnly();
    settings.times_of_day_enabled = true;
    settings.times_of_day = {8 * 60 + 55};
    ReminderSchedule schedule(settings);
    schedule.user_active(clock.now());
    clock.advance(50min);
    ASSERT_EQ(schedule.due(clock.now()), ReminderKind::ContinuousUse);
    schedule.reminded(ReminderKind::ContinuousUse, clock.now());
    schedule.snooze(10min, clock.now());
    EXPECT_EQ(schedule.next_wake(clock.now()).elapsed, clock.now().elapsed + 10min);

    clock.advance(5min); // 8:55 passes while snoozed
    EXPECT_EQ(schedule.due(clock.now()), std::nullopt);
    clock.advance(4min);
    EXPECT_EQ(schedule.due(clock.now()), std::nullopt);
    clock.advance(1min);
    EXPECT_EQ(schedule.due(clock.now()), ReminderKind::ContinuousUse);
    schedule.reminded(ReminderKind::ContinuousUse, clock.now());
    EXPECT_EQ(schedule.due(clock.now()), std::nullopt); // the 8:55 one went with it
}

TEST(ReminderSchedule, SnoozedTimeOfDayComesBack)
{
    FakeClock clock(monday, 8, 59);
    ReminderSchedule schedule(timesOnly({9 * 60}));
    schedule.due(clock.now());
    clock.advance(1min);
    ASSERT_EQ(schedule.due(clock.now()), ReminderKind::TimeOfDay);
    schedule.reminded(ReminderKind::TimeOfDay, clock.now());
    schedule.snooze(15min, clock.now());
    clock.advance(14min);
    EXPECT_EQ(schedule.due(clock.now()), std::nullopt);
    clock.advance(1min);
    EXPECT_EQ(schedule.due(clock.now()), ReminderKind::TimeOfDay);
}

TEST(ReminderSchedule, BreakDuringSnoozeCancelsTheUseReminder)
{
    FakeClock clock(monday, 8, 0);
    ReminderSchedule schedule(continuousOnly());
    schedule.user_active(clock.now());
    clock.advance(50min);
    schedule.reminded(*schedule.due(clock.now()), clock.now());
    schedule.snooze(10min, clock.now());
    schedule.user_idle(clock.now());
    clock.advance(6min);
    schedule.user_active(clock.now());
    clock.advance(10min);
    EXPECT_EQ(schedule.due(clock.now()), std::nullopt);
}

TEST(ReminderSchedule, NotTodaySilencesUntilTheNextDay)
{
    FakeClock clock(monday, 8, 0);
    ReminderSettings settings = continuousOnly();
    settings.times_of_day_enabled = true;
    settings.times_of_day = {9 * 60, 20 * 60};
    ReminderSchedule schedule(settings);
    schedule.user_active(clock.now());
    schedule.not_today(clock.now());
    EXPECT_TRUE(schedule.silenced_today(clock.now()));
    EXPECT_EQ(schedule.next_wake(clock.now()).local, (LocalTime{monday + 1, 0}));
    EXPECT_FALSE(schedule.next_wake(clock.now()).elapsed);

    for (int i = 0; i < 15; ++i) { // a long day at the desk, 8:00 to 23:00
        clock.advance(1h);
        EXPECT_EQ(schedule.due(clock.now()), std::nullopt);
    }
    clock.advance(1h); // midnight: the silence ends and the count starts afresh
    EXPECT_FALSE(schedule.silenced_today(clock.now()));
    EXPECT_EQ(schedule.due(clock.now()), std::nullopt);
    EXPECT_EQ(schedule.continuous_use(clock.now()), 0min);
    clock.advance(50min);
    EXPECT_EQ(schedule.due(clock.now()), ReminderKind::ContinuousUse);
}

TEST(ReminderSchedule, DayChangeMakesTheTimesDueAgain)
{
    FakeClock clock(monday, 8, 0);
    ReminderSchedule schedule(timesOnly({9 * 60}));
    clock.advance(1h);
    schedule.reminded(*schedule.due(clock.now()), clock.now());
    for (int i = 0; i < 23; ++i) {
        clock.advance(1h);
        EXPECT_EQ(schedule.due(clock.now()), std::nullopt);
    }
    clock.advance(1h); // Tuesday 9:00
    EXPECT_EQ(schedule.due(clock.now()), ReminderKind::TimeOfDay);
}

TEST(ReminderSchedule, TimeJustAfterMidnightSeenLateStillFires)
{
    FakeClock clock(monday, 23, 50);
    ReminderSchedule schedule(timesOnly({15}));
    schedule.due(clock.now());
    clock.advance(50min); // asleep across 00:15, awake at 00:40
    EXPECT_EQ(schedule.due(clock.now()), ReminderKind::TimeOfDay);
}

TEST(ReminderSchedule, WallClockGoingBackDoesNotRepeatAReminder)
{
    FakeClock clock(monday, 2, 0);
    ReminderSchedule schedule(timesOnly({2 * 60 + 30}));
    clock.advance(30min);
    schedule.reminded(*schedule.due(clock.now()), clock.now());
    clock.advance(30min);
    clock.setWallClock(monday, 2, 0); // summer time ends: 3:00 becomes 2:00 again
    clock.advance(30min);
    EXPECT_EQ(schedule.due(clock.now()), std::nullopt);
}

TEST(ReminderSchedule, WallClockSetBackByHandWatchesFromTheNewTime)
{
    FakeClock clock(monday, 18, 0);
    ReminderSchedule schedule(timesOnly({9 * 60}));
    schedule.due(clock.now());
    clock.setWallClock(monday, 8, 0);
    schedule.due(clock.now());
    clock.advance(1h);
    EXPECT_EQ(schedule.due(clock.now()), ReminderKind::TimeOfDay);
}

TEST(ReminderSchedule, SwitchingOffDropsWhatWasPending)
{
    FakeClock clock(monday, 8, 0);
    ReminderSchedule schedule(continuousOnly());
    schedule.user_active(clock.now());
    clock.advance(50min);
    ReminderSettings off = schedule.settings();
    off.enabled = false;
    schedule.set_settings(off, clock.now());
    EXPECT_EQ(schedule.due(clock.now()), std::nullopt);
    EXPECT_FALSE(schedule.next_wake(clock.now()).elapsed);
}

TEST(ReminderSchedule, EachKindCanBeSwitchedOffAlone)
{
    FakeClock clock(monday, 8, 0);
    ReminderSettings settings = timesOnly({8 * 60 + 30});
    settings.times_of_day_enabled = false;
    settings.continuous_use_enabled = false;
    ReminderSchedule schedule(settings);
    schedule.user_active(clock.now());
    clock.advance(3h);
    EXPECT_EQ(schedule.due(clock.now()), std::nullopt);
    EXPECT_FALSE(schedule.next_wake(clock.now()).elapsed);
    EXPECT_FALSE(schedule.next_wake(clock.now()).local);
}
