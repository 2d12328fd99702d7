#include "dev_fast_forward.h"

#include <QTimer>

#include "app/session_clock.h"
#include "player_controller.h"

namespace unclutch::app {

namespace {

// Small enough that no beat is late by more than the session's limit and dropped.
constexpr std::chrono::milliseconds kStep{100};

} // namespace

DevFastForward::DevFastForward(PlayerController* controller, std::chrono::milliseconds target)
    : QObject(controller)
    , m_controller(controller)
    , m_target(target)
    , m_offset(std::make_shared<std::chrono::steady_clock::duration>())
{
    controller->setClock([offset = m_offset] { return sessionClockNow() + *offset; });
    connect(controller, &PlayerController::stateChanged, this, [this](core::SessionState state) {
        if (state == core::SessionState::Running && !m_done) {
            m_done = true;
            QTimer::singleShot(0, this, &DevFastForward::run);
        }
    });
}

void DevFastForward::run()
{
    SessionRunner* runner = m_controller->runner();
    if (!runner)
        return;
    const auto played = [runner] { return runner->session().active_time(runner->now()); };
    while (runner->session().state() == core::SessionState::Running && played() < m_target) {
        *m_offset += std::min<std::chrono::steady_clock::duration>(kStep, m_target - played());
        runner->wake();
    }
}

} // namespace unclutch::app
