#include "session_runner.h"

#include "session_clock.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <thread>
#include <utility>

namespace unclutch::app {

namespace {

double toMs(core::Session::Duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

} // namespace

SessionRunner::SessionRunner(core::Routine routine, QObject* parent)
    : SessionRunner(
          std::move(routine), Clock(&sessionClockNow),
          [](core::Session::Duration wait) { std::this_thread::sleep_for(wait); }, parent)
{
}

SessionRunner::SessionRunner(core::Routine routine, Clock clock, Sleep sleep, QObject* parent)
    : QObject(parent)
    , m_routine(std::move(routine))
    , m_session(core::Timeline(m_routine))
    , m_clock(clock ? std::move(clock) : Clock(&sessionClockNow))
    , m_sleep(std::move(sleep))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SessionRunner::wake);
}

int SessionRunner::armedIntervalMs() const
{
    return m_timer.isActive() ? m_timer.interval() : -1;
}

void SessionRunner::start()
{
    control([this](TimePoint now) { return m_session.start(now); });
}

void SessionRunner::pause()
{
    control([this](TimePoint now) { return m_session.pause(now); });
}

void SessionRunner::resume()
{
    control([this](TimePoint now) { return m_session.resume(now); });
}

void SessionRunner::togglePause()
{
    switch (m_session.state()) {
    case core::SessionState::Ready:
        start();
        break;
    case core::SessionState::Paused:
        resume();
        break;
    default:
        pause();
        break;
    }
}

void SessionRunner::next()
{
    if (control([this](TimePoint now) { return m_session.next(now); }) &&
        m_session.state() != core::SessionState::Finished)
        emit jumped(m_session.progress(m_clock()).instance);
}

void SessionRunner::previous()
{
    if (control([this](TimePoint now) { return m_session.previous(now); }))
        emit jumped(m_session.progress(m_clock()).instance);
}

void SessionRunner::stop()
{
    control([this](TimePoint now) { return m_session.stop(now); });
}

bool SessionRunner::setEasier(std::size_t step, bool shown)
{
    const bool changed = m_session.set_easier(step, shown, m_clock());
    // It may have found the computer asleep and paused: that is worth reporting either way.
    report();
    arm();
    return changed;
}

void SessionRunner::wake()
{
    TimePoint now = m_clock();
    // The final approach: a deadline at most kApproach away is slept out here, on the spot.
    if (const auto deadline = m_session.next_deadline();
        m_sleep && deadline && *deadline > now && *deadline - now <= kApproach) {
        while (now < *deadline) {
            m_sleep(*deadline - now);
            now = m_clock();
        }
    }
    // One at a time: a slot that pauses leaves the rest pending for the resume, and one that
    // skips passes them over, as if the control had come just before them.
    while (const auto fired = m_session.take_due(now)) {
        emit eventFired(m_session.timeline().events()[fired->event], toMs(fired->scheduled),
                        toMs(fired->fired));
    }
    report();
    arm();
}

template <typename Control>
bool SessionRunner::control(Control action)
{
    if (!action(m_clock()))
        return false;
    report();
    arm();
    return true;
}

void SessionRunner::report()
{
    if (m_session.dropped_beats() != m_reportedDropped) {
        m_reportedDropped = m_session.dropped_beats();
        emit beatsDropped(m_reportedDropped);
    }
    if (m_session.state() != m_reportedState) {
        m_reportedState = m_session.state();
        emit stateChanged(m_reportedState);
    }
}

void SessionRunner::arm()
{
    const auto deadline = m_session.next_deadline();
    if (!deadline) {
        m_timer.stop();
        return;
    }
    // QTimer counts whole milliseconds from when it is started and never fires early. Without a
    // sleep, rounding the wait up means it never wakes before the deadline, so no event is ever
    // handed out early; with one, it wakes within kApproach of it and wake() sleeps out the rest.
    const auto remaining = *deadline - m_clock();
    const auto approach = m_sleep ? kApproach : std::chrono::milliseconds(0);
    const auto wait = std::chrono::ceil<std::chrono::milliseconds>(remaining - approach).count();
    const auto clamped = std::clamp<std::int64_t>(wait, 0, std::numeric_limits<int>::max());
    m_timer.start(static_cast<int>(clamped));
}

} // namespace unclutch::app
