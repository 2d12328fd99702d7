#include "reminder_clock.h"

#include <QDate>
#include <QTime>

#include <algorithm>
#include <chrono>

#if defined(Q_OS_LINUX)
#include <time.h>
#endif

namespace unclutch::app {

namespace {

std::chrono::milliseconds elapsedIncludingSleep()
{
#if defined(Q_OS_LINUX)
    timespec ts{};
    if (clock_gettime(CLOCK_BOOTTIME, &ts) == 0)
        return std::chrono::seconds(ts.tv_sec) +
               std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::nanoseconds(ts.tv_nsec));
#endif
    // Elsewhere sleep may not count; the idle signal sent before sleeping still ends the use.
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
}

} // namespace

core::ReminderNow ReminderClock::now() const
{
    return {elapsedIncludingSleep(), toLocalTime(QDateTime::currentDateTime())};
}

qint64 ReminderClock::msecsUntil(const core::LocalTime& at) const
{
    return std::max<qint64>(0, QDateTime::currentDateTime().msecsTo(toDateTime(at)));
}

core::LocalTime ReminderClock::toLocalTime(const QDateTime& dateTime)
{
    const QDateTime local = dateTime.toLocalTime();
    return {local.date().toJulianDay(),
            static_cast<std::int32_t>(local.time().msecsSinceStartOfDay() / 1000)};
}

QDateTime ReminderClock::toDateTime(const core::LocalTime& local)
{
    // A time that does not exist (skipped when summer time begins) is moved forward by Qt.
    return QDateTime(QDate::fromJulianDay(local.day),
                     QTime::fromMSecsSinceStartOfDay(local.second * 1000));
}

} // namespace unclutch::app
