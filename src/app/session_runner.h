#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

#include <cstddef>
#include <functional>
#include <vector>

#include "core/event.h"
#include "core/routine.h"
#include "core/session.h"

namespace unclutch::app {

// Plays a routine in real time: owns a core::Session and wakes exactly when its next event
// is due, with one single-shot precise timer armed afresh from the monotonic clock at every
// wake, so no error accumulates.
//
// A QTimer alone is late by about a millisecond on average: it counts whole milliseconds, rounded
// up so it never fires early, and the GLib event loop rounds its poll timeout up to a millisecond
// again. So, given a way to sleep (the real clock's runner has one), the timer is armed
// kApproach before the deadline and the wake sleeps out the rest: an event is then handed out a
// fraction of a millisecond after its time, and still never before it. Without one (a fake clock
// in tests) the timer is armed for the whole wait, rounded up.
//
// Views, sounds and voice connect to its signals; they only read the session and call the slots.
class SessionRunner : public QObject {
    Q_OBJECT

public:
    using TimePoint = core::Session::TimePoint;
    // Where "now" comes from; tests pass a fake and call wake() themselves.
    using Clock = std::function<TimePoint()>;
    // Blocks for about the given time (std::this_thread::sleep_for for the real clock).
    using Sleep = std::function<void(core::Session::Duration)>;
    // How long before a deadline the timer wakes when there is a Sleep, to sleep out the rest.
    static constexpr std::chrono::milliseconds kApproach{2};

    // Plays on the session clock (session_clock.h), sleeping out the final approach.
    explicit SessionRunner(core::Routine routine, QObject* parent = nullptr);
    // Plays on `clock`; with a `sleep`, each deadline's final approach is slept out.
    SessionRunner(core::Routine routine, Clock clock, Sleep sleep = {}, QObject* parent = nullptr);

    const core::Routine& routine() const { return m_routine; }
    const core::Session& session() const { return m_session; }
    TimePoint now() const { return m_clock(); }
    // The whole milliseconds the wake timer is armed for, or -1 when it is not armed.
    int armedIntervalMs() const;
    // Before the start: the session will start at `instance`, the events before it passed over.
    bool beginAt(std::size_t instance) { return m_session.begin_at(instance); }
    // Before the start: a resumed session goes on at `instance` from what was played so far.
    bool continueAt(std::size_t instance, const std::vector<core::InstanceRecord>& soFar)
    {
        return m_session.continue_at(instance, soFar);
    }
    // `step` shows its easier variant from now on, or not (core::Session::set_easier()).
    bool setEasier(std::size_t step, bool shown);

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
    Sleep m_sleep;
    QTimer m_timer;
    core::SessionState m_reportedState = core::SessionState::Ready;
    std::size_t m_reportedDropped = 0;
};

} // namespace unclutch::app
