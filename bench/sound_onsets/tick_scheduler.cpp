#include "tick_scheduler.h"

namespace unclutch::bench {

TickScheduler::TickScheduler(Clock::time_point first, Clock::duration interval, int count,
                             std::function<void(int)> tick, QObject* parent)
    : QObject(parent)
    , m_first(first)
    , m_interval(interval)
    , m_count(count)
    , m_tick(std::move(tick))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TickScheduler::fire);
}

void TickScheduler::start()
{
    m_called.clear();
    m_next = 0;
    arm();
}

void TickScheduler::arm()
{
    if (isFinished()) {
        emit finished();
        return;
    }
    // Rounded up: a tick is never played before its time, only up to a millisecond after.
    const auto wait =
        std::chrono::ceil<std::chrono::milliseconds>(scheduled(m_next) - Clock::now());
    m_timer.start(std::max<std::chrono::milliseconds::rep>(0, wait.count()));
}

void TickScheduler::fire()
{
    if (Clock::now() < scheduled(m_next)) {
        // A timer may wake a hair early; wait out the rest rather than play early.
        arm();
        return;
    }
    m_called.push_back(Clock::now());
    m_tick(m_next);
    ++m_next;
    arm();
}

} // namespace unclutch::bench
