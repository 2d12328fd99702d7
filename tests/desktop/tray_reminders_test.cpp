#include <gtest/gtest.h>

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>

#include "app/desktop/reminder_clock.h"
#include "app/desktop/reminder_preferences.h"
#include "app/desktop/tray_reminders.h"

using namespace unclutch::app;
using namespace std::chrono_literals;

namespace {

constexpr qint64 minute = 60 * 1000;

// Time the test moves by hand; the reminders cannot tell it from the real clocks.
class FakeClock : public ReminderClock {
public:
    unclutch::core::ReminderNow now() const override { return {m_elapsed, {m_day, m_second}}; }

    qint64 msecsUntil(const unclutch::core::LocalTime& at) const override
    {
        const qint64 seconds = (at.day - m_day) * 86400 + (at.second - m_second);
        return std::max<qint64>(0, seconds * 1000);
    }

    void advance(std::chrono::minutes by)
    {
        m_elapsed += by;
        const qint64 second = m_second + std::chrono::seconds(by).count();
        m_day += second / 86400;
        m_second = static_cast<std::int32_t>(second % 86400);
    }

    qint64 day() const { return m_day; }

private:
    std::chrono::milliseconds m_elapsed{5'000'000};
    qint64 m_day = 2461000;
    std::int32_t m_second = 8 * 3600; // 8:00
};

QAction* action(TrayReminders& tray, const QString& textStart)
{
    for (QAction* candidate : tray.menu()->actions()) {
        if (candidate->text().startsWith(textStart))
            return candidate;
    }
    return nullptr;
}

class TrayRemindersTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().remove(QStringLiteral("reminders")); }

    static void save(const ReminderPreferences& prefs)
    {
        QSettings settings;
        prefs.save(settings);
    }

    static ReminderPreferences continuousUse()
    {
        ReminderPreferences prefs;
        prefs.schedule.enabled = true;
        prefs.schedule.times_of_day_enabled = false;
        prefs.schedule.continuous_use = 50min;
        prefs.snoozeMinutes = 10;
        return prefs;
    }

    // Armed from the fake clock's figures, to the millisecond.
    static void expectArmedFor(const TrayReminders& tray, qint64 msecs)
    {
        EXPECT_EQ(tray.armedIntervalMs(), msecs);
    }
};

} // namespace

TEST_F(TrayRemindersTest, OffByDefaultArmsNothing)
{
    TrayReminders tray(std::make_unique<FakeClock>(), nullptr);
    EXPECT_FALSE(tray.hasTray());
    EXPECT_EQ(tray.armedIntervalMs(), -1);
}

TEST_F(TrayRemindersTest, ArmsForTheNextTimeOfDay)
{
    ReminderPreferences prefs;
    prefs.schedule.enabled = true;
    prefs.schedule.continuous_use_enabled = false;
    prefs.schedule.times_of_day = {9 * 60, 15 * 60};
    save(prefs);
    TrayReminders tray(std::make_unique<FakeClock>(), nullptr);
    expectArmedFor(tray, 60 * minute);
}

TEST_F(TrayRemindersTest, ContinuousUseRemindsAndSnoozes)
{
    save(continuousUse());
    auto owned = std::make_unique<FakeClock>();
    FakeClock* clock = owned.get();
    TrayReminders tray(std::move(owned), nullptr);
    tray.setRoutines(
        {{QStringLiteral("after-long-sitting"), QStringLiteral("After long sitting")}});
    QSignalSpy shown(&tray, &TrayReminders::reminderShown);
    expectArmedFor(tray, 50 * minute);
    QAction* snooze = action(tray, QStringLiteral("Snooze"));
    ASSERT_NE(snooze, nullptr);
    EXPECT_FALSE(snooze->isEnabled()); // nothing to snooze yet

    clock->advance(50min);
    tray.check(); // what the timer does when it fires
    ASSERT_EQ(shown.count(), 1);
    EXPECT_TRUE(shown.at(0).at(1).toString().contains(QStringLiteral("50 minutes")));
    EXPECT_TRUE(shown.at(0).at(1).toString().contains(QStringLiteral("After long sitting")));
    expectArmedFor(tray, 50 * minute);

    EXPECT_TRUE(snooze->isEnabled());
    EXPECT_EQ(snooze->text(), QStringLiteral("Snooze for 10 minutes"));
    snooze->trigger();
    expectArmedFor(tray, 10 * minute);
    clock->advance(10min);
    tray.check();
    EXPECT_EQ(shown.count(), 2);
}

TEST_F(TrayRemindersTest, BreakStartsTheCountAgain)
{
    save(continuousUse());
    auto owned = std::make_unique<FakeClock>();
    FakeClock* clock = owned.get();
    TrayReminders tray(std::move(owned), nullptr);
    QSignalSpy shown(&tray, &TrayReminders::reminderShown);

    clock->advance(40min);
    tray.userIdle();
    EXPECT_EQ(tray.armedIntervalMs(), -1); // nothing grows while the screen is locked
    clock->advance(10min);
    tray.userActive();
    EXPECT_EQ(shown.count(), 0);
    expectArmedFor(tray, 50 * minute);
}

TEST_F(TrayRemindersTest, NotTodayLastsAcrossARestartUntilTomorrow)
{
    save(continuousUse());
    auto owned = std::make_unique<FakeClock>();
    FakeClock* clock = owned.get();
    const qint64 today = clock->day();
    {
        TrayReminders tray(std::move(owned), nullptr);
        QAction* notToday = action(tray, QStringLiteral("Not today"));
        ASSERT_NE(notToday, nullptr);
        notToday->trigger();
        EXPECT_FALSE(notToday->isEnabled());
        QSettings settings;
        EXPECT_EQ(ReminderPreferences::silencedDay(settings), today);
    }
    auto restarted = std::make_unique<FakeClock>();
    FakeClock* again = restarted.get();
    TrayReminders tray(std::move(restarted), nullptr);
    QSignalSpy shown(&tray, &TrayReminders::reminderShown);
    EXPECT_TRUE(tray.schedule().silenced_today(again->now()));
    expectArmedFor(tray, 16 * 60 * minute); // woken at midnight, not before
    again->advance(15h);
    tray.check();
    EXPECT_EQ(shown.count(), 0);
}

TEST_F(TrayRemindersTest, MenuStartsTheSuggestedRoutine)
{
    ReminderPreferences prefs = continuousUse();
    prefs.routineId = QStringLiteral("release-the-clutch");
    save(prefs);
    TrayReminders tray(std::make_unique<FakeClock>(), nullptr);
    tray.setRoutines(
        {{QStringLiteral("release-the-clutch"), QStringLiteral("Release the clutch")}});
    QSignalSpy requested(&tray, &TrayReminders::routineRequested);
    QAction* start = action(tray, QStringLiteral("Start"));
    ASSERT_NE(start, nullptr);
    EXPECT_EQ(start->text(), QStringLiteral("Start “Release the clutch”"));
    start->trigger();
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), QStringLiteral("release-the-clutch"));
}

TEST_F(TrayRemindersTest, ReloadSettingsSwitchesOff)
{
    save(continuousUse());
    TrayReminders tray(std::make_unique<FakeClock>(), nullptr);
    EXPECT_GT(tray.armedIntervalMs(), 0);
    ReminderPreferences off = continuousUse();
    off.schedule.enabled = false;
    save(off);
    tray.reloadSettings();
    EXPECT_EQ(tray.armedIntervalMs(), -1);
}
