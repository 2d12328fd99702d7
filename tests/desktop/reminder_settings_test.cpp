#include <gtest/gtest.h>

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTimeEdit>

#include "app/desktop/reminder_preferences.h"
#include "app/desktop/reminder_settings_widget.h"

using namespace unclutch::app;
using namespace std::chrono_literals;

namespace {

class ReminderSettingsTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().remove(QStringLiteral("reminders")); }
};

ReminderPreferences someChoices()
{
    ReminderPreferences prefs;
    prefs.schedule.enabled = true;
    prefs.schedule.times_of_day = {9 * 60 + 30, 14 * 60};
    prefs.schedule.continuous_use_enabled = false;
    prefs.schedule.continuous_use = 35min;
    prefs.schedule.break_length = 7min;
    prefs.snoozeMinutes = 20;
    prefs.routineId = QStringLiteral("release-the-clutch");
    return prefs;
}

} // namespace

TEST_F(ReminderSettingsTest, OffByDefault)
{
    QSettings settings;
    EXPECT_FALSE(ReminderPreferences::load(settings).schedule.enabled);
    EXPECT_FALSE(ReminderPreferences::silencedDay(settings));
}

TEST_F(ReminderSettingsTest, SavedPreferencesLoadBack)
{
    QSettings settings;
    someChoices().save(settings);
    EXPECT_EQ(ReminderPreferences::load(settings), someChoices());
    EXPECT_EQ(settings.value(QStringLiteral("reminders/timesOfDay")).toStringList(),
              (QStringList{QStringLiteral("09:30"), QStringLiteral("14:00")}));
}

TEST_F(ReminderSettingsTest, NonsenseFromAHandEditedFileFallsBackToDefaults)
{
    QSettings settings;
    settings.setValue(QStringLiteral("reminders/timesOfDay"),
                      QStringList{QStringLiteral("17:00"), QStringLiteral("25:99"),
                                  QStringLiteral("08:15"), QStringLiteral("17:00")});
    settings.setValue(QStringLiteral("reminders/continuousUseMinutes"), QStringLiteral("lots"));
    settings.setValue(QStringLiteral("reminders/breakMinutes"), 0);
    const ReminderPreferences prefs = ReminderPreferences::load(settings);
    EXPECT_EQ(prefs.schedule.times_of_day, (std::vector<int>{8 * 60 + 15, 17 * 60}));
    EXPECT_EQ(prefs.schedule.continuous_use, ReminderPreferences{}.schedule.continuous_use);
    EXPECT_EQ(prefs.schedule.break_length, ReminderPreferences{}.schedule.break_length);
}

TEST_F(ReminderSettingsTest, FormShowsAndReturnsThePreferences)
{
    ReminderSettingsWidget widget;
    widget.setRoutines(
        {{QStringLiteral("after-long-sitting"), QStringLiteral("After long sitting")},
         {QStringLiteral("release-the-clutch"), QStringLiteral("Release the clutch")}});
    widget.setPreferences(someChoices());
    EXPECT_EQ(widget.preferences(), someChoices());
    const auto* combo = widget.findChild<QComboBox*>(QStringLiteral("routineCombo"));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->currentText(), QStringLiteral("Release the clutch"));
}

TEST_F(ReminderSettingsTest, AddingAndRemovingTimesKeepsThemSorted)
{
    ReminderSettingsWidget widget;
    widget.setPreferences(someChoices());
    QSignalSpy changed(&widget, &ReminderSettingsWidget::changed);
    auto* edit = widget.findChild<QTimeEdit*>(QStringLiteral("timeEdit"));
    auto* add = widget.findChild<QPushButton*>(QStringLiteral("addTimeButton"));
    auto* remove = widget.findChild<QPushButton*>(QStringLiteral("removeTimeButton"));
    auto* list = widget.findChild<QListWidget*>(QStringLiteral("timesList"));
    ASSERT_TRUE(edit && add && remove && list);

    edit->setTime(QTime(12, 0));
    add->click();
    add->click(); // the same time twice is one time
    EXPECT_EQ(widget.preferences().schedule.times_of_day,
              (std::vector<int>{9 * 60 + 30, 12 * 60, 14 * 60}));
    EXPECT_GE(changed.count(), 1);

    EXPECT_FALSE(remove->isEnabled());
    list->item(0)->setSelected(true);
    EXPECT_TRUE(remove->isEnabled());
    remove->click();
    EXPECT_EQ(widget.preferences().schedule.times_of_day, (std::vector<int>{12 * 60, 14 * 60}));
}

TEST_F(ReminderSettingsTest, UnknownRoutineIsKeptNotReplaced)
{
    ReminderSettingsWidget widget;
    ReminderPreferences prefs = someChoices();
    prefs.routineId = QStringLiteral("my-own-routine");
    widget.setPreferences(prefs);
    widget.setRoutines(
        {{QStringLiteral("after-long-sitting"), QStringLiteral("After long sitting")}});
    EXPECT_EQ(widget.preferences().routineId, QStringLiteral("my-own-routine"));
}

TEST_F(ReminderSettingsTest, ApplyWritesTheSettingsAndLoadReadsThem)
{
    ReminderSettingsWidget widget;
    QSignalSpy applied(&widget, &ReminderSettingsWidget::applied);
    widget.setPreferences(someChoices());
    widget.apply();
    EXPECT_EQ(applied.count(), 1);
    QSettings settings;
    EXPECT_EQ(ReminderPreferences::load(settings), someChoices());

    ReminderSettingsWidget fresh;
    fresh.load();
    EXPECT_EQ(fresh.preferences(), someChoices());
}
