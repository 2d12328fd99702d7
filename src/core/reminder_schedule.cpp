#include "reminder_schedule.h"

#include <algorithm>
#include <cassert>
#include <utility>

namespace unclutch::core {

namespace {

using std::chrono::milliseconds;

constexpr std::int64_t seconds_per_day = 24 * 60 * 60;

// The wall clock moves back by at most an hour when summer time ends; further back means it was
// set by hand, and watching starts again from there instead of waiting for the old time.
constexpr std::int64_t largest_time_zone_step = 2 * 60 * 60;

std::int64_t local_seconds(const LocalTime& time)
{
    return time.day * seconds_per_day + time.second;
}

} // namespace

ReminderSchedule::ReminderSchedule(ReminderSettings settings)
    : m_settings(std::move(settings))
{
}

void ReminderSchedule::set_settings(const ReminderSettings& settings, const ReminderNow& now)
{
    advance(now);
    m_settings = settings;
    if (!m_settings.enabled || !m_settings.times_of_day_enabled)
        m_pending_time_of_day = false;
    if (!m_settings.enabled || !m_settings.continuous_use_enabled)
        m_pending_continuous_use = false;
}

void ReminderSchedule::user_active(const ReminderNow& now)
{
    advance(now);
    if (m_active)
        return;
    if (m_idle_since && now.elapsed - *m_idle_since >= m_settings.break_length) {
        // The break the reminder asks for has been taken, snoozed or not.
        m_used = milliseconds{0};
        m_pending_continuous_use = false;
    }
    m_active = true;
    m_active_since = now.elapsed;
    m_idle_since.reset();
}

void ReminderSchedule::user_idle(const ReminderNow& now)
{
    advance(now);
    if (!m_active)
        return;
    m_used += now.elapsed - m_active_since;
    m_active = false;
    m_idle_since = now.elapsed;
}

std::optional<ReminderKind> ReminderSchedule::due(const ReminderNow& now)
{
    advance(now);
    if (!m_settings.enabled || silenced_today(now) || quiet(now))
        return std::nullopt;
    // Both at once make one reminder; "you have been sitting for a while" is the more telling.
    if (m_pending_continuous_use)
        return ReminderKind::ContinuousUse;
    if (m_pending_time_of_day)
        return ReminderKind::TimeOfDay;
    return std::nullopt;
}

void ReminderSchedule::reminded(ReminderKind kind, const ReminderNow& now)
{
    advance(now);
    m_pending_time_of_day = false;
    m_pending_continuous_use = false;
    m_last_shown = kind;
    // Whatever the kind, the person was just asked to move: counting on would nag twice.
    restart_use(now);
}

void ReminderSchedule::snooze(std::chrono::minutes length, const ReminderNow& now)
{
    advance(now);
    m_quiet_until = now.elapsed + length;
    if (m_last_shown == ReminderKind::TimeOfDay)
        m_pending_time_of_day = true;
    else if (m_last_shown == ReminderKind::ContinuousUse)
        m_pending_continuous_use = true;
}

void ReminderSchedule::not_today(const ReminderNow& now)
{
    advance(now);
    m_silenced_day = now.local.day;
    m_pending_time_of_day = false;
    m_pending_continuous_use = false;
}

bool ReminderSchedule::silenced_today(const ReminderNow& now) const
{
    return m_silenced_day == now.local.day;
}

milliseconds ReminderSchedule::continuous_use(const ReminderNow& now) const
{
    if (m_active)
        return m_used + (now.elapsed - m_active_since);
    if (m_idle_since && now.elapsed - *m_idle_since >= m_settings.break_length)
        return milliseconds{0};
    return m_used;
}

ReminderWake ReminderSchedule::next_wake(const ReminderNow& now)
{
    advance(now);
    ReminderWake wake;
    if (!m_settings.enabled)
        return wake;
    if (silenced_today(now)) {
        wake.local = LocalTime{now.local.day + 1, 0};
        return wake;
    }
    if (m_pending_time_of_day || m_pending_continuous_use)
        wake.elapsed = std::max(now.elapsed, m_quiet_until);
    else if (m_settings.continuous_use_enabled && m_active)
        wake.elapsed = std::max(now.elapsed + (m_settings.continuous_use - continuous_use(now)),
                                m_quiet_until);
    wake.local = next_time_of_day(now);
    return wake;
}

void ReminderSchedule::advance(const ReminderNow& now)
{
    const std::int64_t local = local_seconds(now.local);
    if (!m_started) {
        // Times of day already past at start-up are not owed: nobody was watching.
        m_started = true;
        m_day = now.local.day;
        m_watched_until = local;
        m_last_elapsed = now.elapsed;
        return;
    }
    assert(now.elapsed >= m_last_elapsed && "the elapsed clock must not go back");
    m_last_elapsed = now.elapsed;

    if (now.local.day != m_day) {
        const bool was_silenced = m_silenced_day == m_day;
        m_day = now.local.day;
        if (was_silenced) {
            // A day off ends with a fresh count, not with the evening's use turned into a nag.
            m_silenced_day.reset();
            restart_use(now);
        }
    }
    if (local < m_watched_until - largest_time_zone_step)
        m_watched_until = local;

    const bool on = m_settings.enabled && !silenced_today(now);
    if (on && m_settings.times_of_day_enabled) {
        const std::int64_t late_limit_s =
            std::chrono::duration_cast<std::chrono::seconds>(late_limit).count();
        for (const int minute : m_settings.times_of_day) {
            assert(minute >= 0 && minute < 24 * 60);
            for (const std::int64_t day : {now.local.day - 1, now.local.day}) {
                const std::int64_t at = day * seconds_per_day + minute * 60;
                if (at > m_watched_until && at <= local && local - at <= late_limit_s)
                    m_pending_time_of_day = true;
            }
        }
    }
    m_watched_until = std::max(m_watched_until, local);

    if (on && m_settings.continuous_use_enabled && continuous_use(now) >= m_settings.continuous_use)
        m_pending_continuous_use = true;
}

void ReminderSchedule::restart_use(const ReminderNow& now)
{
    m_used = milliseconds{0};
    if (m_active)
        m_active_since = now.elapsed;
}

bool ReminderSchedule::quiet(const ReminderNow& now) const
{
    return now.elapsed < m_quiet_until;
}

std::optional<LocalTime> ReminderSchedule::next_time_of_day(const ReminderNow& now) const
{
    if (!m_settings.times_of_day_enabled)
        return std::nullopt;
    std::optional<LocalTime> next;
    for (const int minute : m_settings.times_of_day) {
        const LocalTime at = minute * 60 > now.local.second
                                 ? LocalTime{now.local.day, minute * 60}
                                 : LocalTime{now.local.day + 1, minute * 60};
        if (!next || local_seconds(at) < local_seconds(*next))
            next = at;
    }
    return next;
}

} // namespace unclutch::core
