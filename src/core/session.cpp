#include "session.h"

#include <algorithm>
#include <utility>

#include "session_time.h"

namespace unclutch::core {

const char* to_string(SessionState state)
{
    switch (state) {
    case SessionState::Ready:
        return "ready";
    case SessionState::Running:
        return "running";
    case SessionState::Paused:
        return "paused";
    case SessionState::Finished:
        return "finished";
    case SessionState::Stopped:
        break;
    }
    return "stopped";
}

const char* to_string(PauseReason reason)
{
    switch (reason) {
    case PauseReason::User:
        return "user";
    case PauseReason::ClockGap:
        return "clock-gap";
    case PauseReason::None:
        break;
    }
    return "none";
}

Session::Session(Timeline timeline)
    : m_timeline(std::move(timeline))
    , m_ledger(m_timeline)
{
}

bool Session::start(TimePoint now)
{
    if (m_state != SessionState::Ready)
        return false;
    run_from(now);
    return true;
}

bool Session::pause(TimePoint now)
{
    if (pause_at_clock_gap(now))
        return true;
    if (m_state != SessionState::Running)
        return false;
    freeze(now);
    m_state = SessionState::Paused;
    m_pause_reason = PauseReason::User;
    return true;
}

bool Session::resume(TimePoint now)
{
    if (m_state != SessionState::Paused)
        return false;
    run_from(now);
    return true;
}

bool Session::stop(TimePoint now)
{
    if (m_state == SessionState::Finished || m_state == SessionState::Stopped)
        return false;
    pause_at_clock_gap(now);
    freeze(now);
    m_ledger.leave(m_position, false);
    m_state = SessionState::Stopped;
    m_pause_reason = PauseReason::None;
    return true;
}

bool Session::next(TimePoint now)
{
    if (m_state == SessionState::Finished || m_state == SessionState::Stopped)
        return false;
    pause_at_clock_gap(now);
    if (m_state == SessionState::Running)
        account(position(now));
    m_ledger.leave(position(now), true);
    const auto& instances = m_timeline.instances();
    const std::size_t current = instances.empty() ? 0 : progress(now).instance;
    if (current + 1 < instances.size())
        jump_to(current + 1, now);
    else
        finish(now);
    return true;
}

bool Session::previous(TimePoint now)
{
    if (m_state == SessionState::Finished || m_state == SessionState::Stopped)
        return false;
    if (m_timeline.instances().empty())
        return false;
    pause_at_clock_gap(now);
    if (m_state == SessionState::Running)
        account(position(now));
    m_ledger.leave(position(now), false);
    const Progress where = progress(now);
    const bool restart = where.since_start > restart_threshold || where.instance == 0;
    jump_to(restart ? where.instance : where.instance - 1, now);
    return true;
}

bool Session::begin_at(std::size_t instance)
{
    if (m_state != SessionState::Ready || instance >= m_timeline.instances().size())
        return false;
    m_ledger.pass_over_before(instance);
    jump_to(instance, TimePoint{});
    return true;
}

bool Session::continue_at(std::size_t instance, const std::vector<InstanceRecord>& so_far)
{
    if (m_state != SessionState::Ready || instance >= m_timeline.instances().size())
        return false;
    std::optional<SessionLedger> restored = SessionLedger::restored(m_timeline, so_far);
    if (!restored)
        return false;
    for (std::size_t step : m_ledger.easier_steps())
        restored->set_easier(step, true);
    m_ledger = std::move(*restored);
    jump_to(instance, TimePoint{});
    return true;
}

bool Session::set_easier(std::size_t step, bool shown, TimePoint now)
{
    if (m_state == SessionState::Finished || m_state == SessionState::Stopped)
        return false;
    pause_at_clock_gap(now);
    if (m_state == SessionState::Running)
        account(position(now));
    if (m_ledger.easier(step) == shown)
        return false;
    m_ledger.set_easier(step, shown);
    return true;
}

std::vector<Session::Fired> Session::due(TimePoint now)
{
    std::vector<Fired> fired;
    while (const auto event = take_due(now))
        fired.push_back(*event);
    return fired;
}

std::optional<Session::Fired> Session::take_due(TimePoint now)
{
    if (m_state != SessionState::Running || pause_at_clock_gap(now))
        return std::nullopt;
    const auto& events = m_timeline.events();
    for (; m_cursor < events.size(); ++m_cursor) {
        const TimePoint at = deadline(m_cursor);
        if (at > now)
            break;
        const Event& event = events[m_cursor];
        if (event.type == EventType::Beat && now - at > late_beat_limit) {
            ++m_dropped_beats;
            continue;
        }
        const Fired fired{m_cursor++, at - m_active_origin, now - m_active_origin};
        if (event.type == EventType::End) {
            freeze(now);
            m_state = SessionState::Finished;
        }
        return fired;
    }
    return std::nullopt;
}

std::optional<Session::TimePoint> Session::next_deadline() const
{
    if (m_state != SessionState::Running || m_cursor >= m_timeline.events().size())
        return std::nullopt;
    return deadline(m_cursor);
}

Session::Duration Session::active_time(TimePoint now) const
{
    if (m_state != SessionState::Running)
        return m_active;
    return std::max(now - m_active_origin, Duration::zero());
}

Session::Duration Session::position(TimePoint now) const
{
    if (m_state != SessionState::Running)
        return m_position;
    return std::clamp(now - m_origin, Duration::zero(), of_ms(m_timeline.total_ms()));
}

Session::Progress Session::progress(TimePoint now) const
{
    const Duration at = position(now);
    Progress where;
    where.instance = m_timeline.instance_at(floor_ms(at));
    const Instance& instance = m_timeline.instances()[where.instance];
    const Duration start = of_ms(instance.start_ms);
    const Duration step_start = of_ms(instance.step_start_ms);
    const Duration end = of_ms(instance.end_ms);
    where.since_start = at - start;
    where.getting_ready = at < step_start;
    if (where.getting_ready) {
        where.elapsed = at - start;
        where.remaining = step_start - at;
    } else {
        where.elapsed = at - step_start;
        where.remaining = std::max(end - at, Duration::zero());
    }
    return where;
}

SessionLedger Session::ledger(TimePoint now) const
{
    SessionLedger ledger = m_ledger;
    if (m_state == SessionState::Running)
        ledger.play(m_accounted, position(now));
    return ledger;
}

std::optional<Session::Pace> Session::pace(TimePoint now) const
{
    const Progress where = progress(now);
    const Instance& instance = m_timeline.instances()[where.instance];
    if (where.getting_ready || !instance.paced() || instance.cycles <= 0 ||
        instance.phase_offsets_ms.empty())
        return std::nullopt;
    const Duration cycle = of_ms(instance.cycle_ms);
    Pace pace;
    pace.cycle = std::min<std::int64_t>(where.elapsed / cycle, instance.cycles - 1);
    pace.into_cycle = where.elapsed - pace.cycle * cycle;
    const auto& offsets = instance.phase_offsets_ms;
    while (pace.phase + 1 < offsets.size() && of_ms(offsets[pace.phase + 1]) <= pace.into_cycle)
        ++pace.phase;
    const Duration phase_start = of_ms(offsets[pace.phase]);
    const Duration phase_end =
        pace.phase + 1 < offsets.size() ? of_ms(offsets[pace.phase + 1]) : cycle;
    pace.into_phase = pace.into_cycle - phase_start;
    pace.phase_length = phase_end - phase_start;
    return pace;
}

bool Session::pause_at_clock_gap(TimePoint now)
{
    if (m_state != SessionState::Running || m_cursor >= m_timeline.events().size())
        return false;
    const TimePoint missed = deadline(m_cursor);
    if (now - missed <= clock_gap_limit)
        return false;
    // Resume exactly where the gap began: the missed event becomes the first one due.
    m_clock_gap = now - missed;
    account(of_ms(m_timeline.events()[m_cursor].t_ms));
    m_active = missed - m_active_origin;
    m_position = of_ms(m_timeline.events()[m_cursor].t_ms);
    m_state = SessionState::Paused;
    m_pause_reason = PauseReason::ClockGap;
    return true;
}

void Session::freeze(TimePoint now)
{
    if (m_state == SessionState::Running)
        account(position(now));
    m_position = position(now);
    m_active = active_time(now);
}

void Session::account(Duration position)
{
    // A clock gap can put the position back a little: what is played again counts again,
    // within the instance's length.
    if (position > m_accounted)
        m_ledger.play(m_accounted, position);
    m_accounted = position;
}

void Session::run_from(TimePoint now)
{
    m_accounted = m_position;
    m_origin = now - m_position;
    m_active_origin = now - m_active;
    m_state = SessionState::Running;
    m_pause_reason = PauseReason::None;
    m_clock_gap = Duration::zero();
}

void Session::jump_to(std::size_t instance, TimePoint now)
{
    const Instance& target = m_timeline.instances()[instance];
    m_cursor = target.first_event;
    m_accounted = of_ms(target.start_ms);
    if (m_state == SessionState::Running)
        m_origin = now - of_ms(target.start_ms);
    else
        m_position = of_ms(target.start_ms);
}

Session::TimePoint Session::deadline(std::size_t event) const
{
    return m_origin + of_ms(m_timeline.events()[event].t_ms);
}

void Session::finish(TimePoint now)
{
    freeze(now);
    m_position = of_ms(m_timeline.total_ms());
    m_cursor = m_timeline.events().size();
    m_state = SessionState::Finished;
    m_pause_reason = PauseReason::None;
}

} // namespace unclutch::core
