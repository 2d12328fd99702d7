#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <vector>

namespace unclutch::bench {

// Calls `tick(i)` for i = 0…count−1 at `first + i × interval` on std::chrono::steady_clock, the
// way the session runner wakes: one single-shot Qt::PreciseTimer, re-armed after every tick for
// the next deadline computed from the clock (never a repeating interval, so no drift adds up).
// Records when each call really happened.
class TickScheduler : public QObject {
    Q_OBJECT

public:
    using Clock = std::chrono::steady_clock;

    TickScheduler(Clock::time_point first, Clock::duration interval, int count,
                  std::function<void(int)> tick, QObject* parent = nullptr);

    void start();
    bool isFinished() const { return m_next >= m_count; }
    Clock::time_point scheduled(int i) const { return m_first + i * m_interval; }
    const std::vector<Clock::time_point>& called() const { return m_called; }

signals:
    void finished();

private:
    void arm();
    void fire();

    Clock::time_point m_first;
    Clock::duration m_interval;
    int m_count;
    int m_next = 0;
    std::function<void(int)> m_tick;
    QTimer m_timer;
    std::vector<Clock::time_point> m_called;
};

} // namespace unclutch::bench
