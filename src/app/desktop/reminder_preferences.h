#pragma once

#include <QList>
#include <QString>

#include <optional>

#include "core/reminder_schedule.h"

class QSettings;

namespace unclutch::app {

// A routine the reminders can suggest, as the library knows it.
struct RoutineChoice {
    QString id;
    QString title;
};

// What a person chose for the movement reminders, and the only code that knows their settings
// keys (group "reminders"). Values from a hand-edited file that make no sense are replaced by
// the defaults with a warning in the log.
struct ReminderPreferences {
    static constexpr int minContinuousUseMinutes = 10;
    static constexpr int maxContinuousUseMinutes = 240;
    static constexpr int minBreakMinutes = 1;
    static constexpr int maxBreakMinutes = 60;
    static constexpr int minSnoozeMinutes = 1;
    static constexpr int maxSnoozeMinutes = 120;

    core::ReminderSettings schedule;
    int snoozeMinutes = 10;
    QString routineId = QStringLiteral("after-long-sitting");

    static ReminderPreferences load(QSettings& settings);
    void save(QSettings& settings) const;

    // "Not today" outlives a restart: the local day (Julian day number) it was chosen on.
    static std::optional<qint64> silencedDay(QSettings& settings);
    static void saveSilencedDay(QSettings& settings, qint64 julianDay);

    friend bool operator==(const ReminderPreferences&, const ReminderPreferences&) = default;
};

} // namespace unclutch::app
