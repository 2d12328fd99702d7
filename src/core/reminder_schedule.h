#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

namespace unclutch::core {

// A local wall-clock reading. The caller converts from its time zone, so the schedule never
// needs one and tests can name exact days and times.
struct LocalTime {
    std::int64_t day = 0;    // consecutive day number of the local calendar (the app: Julian day)
    std::int32_t second = 0; // seconds since local midnight, 0..86399

    friend bool operator==(const LocalTime&, const LocalTime&) = default;
};

// Both clocks at one moment. `elapsed` measures durations (use, breaks, snoozes) and must never
// go back; the app reads a clock that keeps running while the machine sleeps, so a night with
// the lid closed counts as a break. `local` places the times-of-day reminders and the days.
struct ReminderNow {
    std::chrono::milliseconds elapsed{0};
    LocalTime local;
};

enum class ReminderKind { TimeOfDay, ContinuousUse };

struct ReminderSettings {
    bool enabled = false; // reminders are opt-in: nobody is nagged who did not ask for it
    bool times_of_day_enabled = true;
    std::vector<int> times_of_day{11 * 60, 16 * 60}; // minutes since local midnight
    bool continuous_use_enabled = true;
    std::chrono::minutes continuous_use{50}; // this much use without a break earns a reminder
    std::chrono::minutes break_length{5};    // idle this long and the use count starts again

    friend bool operator==(const ReminderSettings&, const ReminderSettings&) = default;
};

// When the caller should look again: at `elapsed` on the elapsed clock or at `local` on the
// wall clock, whichever comes first; neither set means nothing can become due by itself.
struct ReminderWake {
    std::optional<std::chrono::milliseconds> elapsed;
    std::optional<LocalTime> local;
};

// Decides when a movement reminder is due, from nothing but what the caller tells it.
//
// Times of day: a time fires when the wall clock passes it while the schedule is watching;
// times already past when it starts do not, and one noticed more than `late_limit` late (the
// machine was asleep) is dropped. Continuous use: use accumulates while the user is active; a
// pause shorter than `break_length` neither counts nor resets, a longer one resets to zero.
// Any reminder shown restarts the use count. `snooze` brings the last reminder back after the
// given time and keeps everything else quiet until then; `not_today` silences everything until
// the local day changes.
//
// Every call takes the current moment; calls must come in time order.
class ReminderSchedule {
public:
    static constexpr std::chrono::minutes late_limit{60};

    explicit ReminderSchedule(ReminderSettings settings = {});

    const ReminderSettings& settings() const { return m_settings; }
    void set_settings(const ReminderSettings& settings, const ReminderNow& now);

    void user_active(const ReminderNow& now);
    void user_idle(const ReminderNow& now);

    // The reminder to show now, if any. The caller shows it and then calls `reminded`.
    std::optional<ReminderKind> due(const ReminderNow& now);
    void reminded(ReminderKind kind, const ReminderNow& now);

    void snooze(std::chrono::minutes length, const ReminderNow& now);
    void not_today(const ReminderNow& now);
    bool silenced_today(const ReminderNow& now) const;

    // Use counted towards the continuous-use reminder at `now`.
    std::chrono::milliseconds continuous_use(const ReminderNow& now) const;

    ReminderWake next_wake(const ReminderNow& now);

private:
    void advance(const ReminderNow& now);
    void restart_use(const ReminderNow& now);
    bool quiet(const ReminderNow& now) const;
    std::optional<LocalTime> next_time_of_day(const ReminderNow& now) const;

    ReminderSettings m_settings;
    bool m_started = false;
    std::int64_t m_day = 0;
    std::int64_t m_watched_until = 0; // local seconds (day * 86400 + second) already looked at
    std::chrono::milliseconds m_last_elapsed{0};

    bool m_active = false;
    std::chrono::milliseconds m_active_since{0};
    std::optional<std::chrono::milliseconds> m_idle_since;
    std::chrono::milliseconds m_used{0}; // use before the current active stretch

    bool m_pending_time_of_day = false;
    bool m_pending_continuous_use = false;
    std::optional<ReminderKind> m_last_shown;
    std::chrono::milliseconds m_quiet_until{0};
    std::optional<std::int64_t> m_silenced_day;
};

} // namespace unclutch::core
