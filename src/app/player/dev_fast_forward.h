#pragma once

#include <QObject>

#include <chrono>
#include <memory>

namespace unclutch::app {

class PlayerController;

// A developer's aid for screenshots and manual checks (UNCLUTCH_START_AT=SECONDS): once the
// session starts, its clock is moved ahead in small steps, each followed by a wake, until the
// session has played that long; then it plays on in real time. Every event on the way fires as
// it would (beats a little late), so the screen shows exactly what it shows at that moment.
// Not for measurements: the event log's times are those of the moved clock.
class DevFastForward : public QObject {
    Q_OBJECT

public:
    // Gives the controller a clock that can be moved; call before the routine is loaded.
    DevFastForward(PlayerController* controller, std::chrono::milliseconds target);

private:
    void run();

    PlayerController* m_controller;
    std::chrono::milliseconds m_target;
    std::shared_ptr<std::chrono::steady_clock::duration> m_offset;
    bool m_done = false;
};

} // namespace unclutch::app
