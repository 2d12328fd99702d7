#include "reminder_preferences.h"

#include <QSettings>
#include <QStringList>
#include <QTime>

#include <algorithm>

#include <spdlog/spdlog.h>

#include "app/logging.h"

namespace unclutch::app {

namespace {

const QString enabledKey = QStringLiteral("reminders/enabled");
const QString timesEnabledKey = QStringLiteral("reminders/timesOfDayEnabled");
const QString timesKey = QStringLiteral("reminders/timesOfDay");
const QString continuousEnabledKey = QStringLiteral("reminders/continuousUseEnabled");
const QString continuousKey = QStringLiteral("reminders/continuousUseMinutes");
const QString breakKey = QStringLiteral("reminders/breakMinutes");
const QString snoozeKey = QStringLiteral("reminders/snoozeMinutes");
const QString routineKey = QStringLiteral("reminders/routineId");
const QString silencedDayKey = QStringLiteral("reminders/silencedDay");

// Times are kept as "HH:mm" so that the settings file stays readable and editable by hand.
const QString timeFormat = QStringLiteral("HH:mm");

int boundedMinutes(QSettings& settings, const QString& key, int fallback, int min, int max)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    if (ok && value >= min && value <= max)
        return value;
    spdlog::warn("settings: {} is not a number of minutes in {}..{}; using {}", key, min, max,
                 fallback);
    return fallback;
}

} // namespace

ReminderPreferences ReminderPreferences::load(QSettings& settings)
{
    ReminderPreferences prefs;
    core::ReminderSettings& schedule = prefs.schedule;
    schedule.enabled = settings.value(enabledKey, schedule.enabled).toBool();
    schedule.times_of_day_enabled =
        settings.value(timesEnabledKey, schedule.times_of_day_enabled).toBool();
    if (settings.contains(timesKey)) {
        schedule.times_of_day.clear();
        for (const QString& text : settings.value(timesKey).toStringList()) {
            const QTime time = QTime::fromString(text, timeFormat);
            if (time.isValid())
                schedule.times_of_day.push_back(time.hour() * 60 + time.minute());
            else
                spdlog::warn("settings: {} has '{}', which is not a time HH:mm", timesKey, text);
        }
        std::sort(schedule.times_of_day.begin(), schedule.times_of_day.end());
        schedule.times_of_day.erase(
            std::unique(schedule.times_of_day.begin(), schedule.times_of_day.end()),
            schedule.times_of_day.end());
    }
    schedule.continuous_use_enabled =
        settings.value(continuousEnabledKey, schedule.continuous_use_enabled).toBool();
    schedule.continuous_use = std::chrono::minutes(
        boundedMinutes(settings, continuousKey, static_cast<int>(schedule.continuous_use.count()),
                       minContinuousUseMinutes, maxContinuousUseMinutes));
    schedule.break_length = std::chrono::minutes(
        boundedMinutes(settings, breakKey, static_cast<int>(schedule.break_length.count()),
                       minBreakMinutes, maxBreakMinutes));
    prefs.snoozeMinutes = boundedMinutes(settings, snoozeKey, prefs.snoozeMinutes, minSnoozeMinutes,
                                         maxSnoozeMinutes);
    prefs.routineId = settings.value(routineKey, prefs.routineId).toString();
    return prefs;
}

void ReminderPreferences::save(QSettings& settings) const
{
    QStringList times;
    for (const int minute : schedule.times_of_day)
        times << QTime(minute / 60, minute % 60).toString(timeFormat);
    settings.setValue(enabledKey, schedule.enabled);
    settings.setValue(timesEnabledKey, schedule.times_of_day_enabled);
    settings.setValue(timesKey, times);
    settings.setValue(continuousEnabledKey, schedule.continuous_use_enabled);
    settings.setValue(continuousKey, static_cast<int>(schedule.continuous_use.count()));
    settings.setValue(breakKey, static_cast<int>(schedule.break_length.count()));
    settings.setValue(snoozeKey, snoozeMinutes);
    settings.setValue(routineKey, routineId);
}

std::optional<qint64> ReminderPreferences::silencedDay(QSettings& settings)
{
    bool ok = false;
    const qint64 day = settings.value(silencedDayKey).toLongLong(&ok);
    return ok ? std::optional<qint64>(day) : std::nullopt;
}

void ReminderPreferences::saveSilencedDay(QSettings& settings, qint64 julianDay)
{
    settings.setValue(silencedDayKey, julianDay);
}

} // namespace unclutch::app
