#pragma once

#include <QDateTime>
#include <QtGlobal>

#include "core/reminder_schedule.h"

namespace unclutch::app {

// Reads the two clocks core::ReminderSchedule takes, and turns its wall-clock answers back into
// a timer interval. Virtual so that tests can drive the reminders with time they control.
class ReminderClock {
public:
    virtual ~ReminderClock() = default;

    // Elapsed time on a clock that keeps running while the machine sleeps (CLOCK_BOOTTIME on
    // Linux), so a night with the lid shut counts as a break; the local date and time.
    virtual core::ReminderNow now() const;

    // Milliseconds from now until the local wall clock shows `at`; Qt's time-zone rules take
    // care of summer time. 0 when `at` has passed.
    virtual qint64 msecsUntil(const core::LocalTime& at) const;

    static core::LocalTime toLocalTime(const QDateTime& dateTime);
    static QDateTime toDateTime(const core::LocalTime& local);
};

} // namespace unclutch::app
