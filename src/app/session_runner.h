#pragma once

#include <QObject>
#include <QTimer>

#include <cstddef>
#include <functional>

#include "core/event.h"
#include "core/routine.h"
#include "core/session.h"

namespace unclutch::app {

// Plays a routine in real time: owns a core::Session and wakes exactly when its next event
// is due, with one single-shot precise timer armed afresh from the monotonic clock at every
// wake, so no error accumulates. Views, sounds and voice connect to its signals; they only
// read the session and call the slots.
class SessionRunner : public QObject {
    Q_OBJECT

public:
    using TimePoint = core::Session::TimePoint;
    // Where "now" comes from; tests pass a fake and call wake() themselves.
    using Clock = std::function<TimePoint()>;

    explicit SessionRunner(core::Routine routine, QObject* parent = nullptr);
    SessionRunner(core::Routine routine, Clock clock, QObject* parent = nullptr);

    const core::Routine& routine() const { return m_routine; }
    const core::Session& session() const { return m_session; }
    TimePoint now() const { return m_clock(); }
    // The whole milliseconds the wake timer is armed for, or -1 when it is not armed.
    int armedIntervalMs() const;
    // Before the start: the session will start at `instance`, the events before it passed over.
    bool beginAt(std::size_t instance) { return m_session.begin_at(instance); }

public slots:
    void start();
    void pause();
    void resume();
    void togglePause(); // what a play/pause button does: start, pause or resume
    void next();
    void previous();
    void stop();
    // The timer's handler: hands out what is due, then re-arms.
    void wake();

signals:
    // An event's time came. Both times are ms of active session time (pauses excluded):
    // when it was due and when it was handed out.
    void eventFired(const unclutch::core::Event& event, double scheduledMs, double firedMs);
    void stateChanged(unclutch::core::SessionState state);
    // next() or previous() moved to the start of `instance`; its first event follows.
    void jumped(std::size_t instance);
    // Beats dropped for being late, in total so far.
    void beatsDropped(std::size_t total);

private:
    // Runs a session control at the clock's now; on a change, reports and re-arms.
    template <typename Control>
    bool control(Control action);
    void report();
    void arm();

    core::Routine m_routine;
    core::Session m_session;
    Clock m_clock;
    QTimer m_timer;
    core::SessionState m_reported_state = core::SessionState::Ready;
    std::size_t m_reported_dropped = 0;
};

} // namespace unclutch::app
