#include "player_view.h"

#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "cautions_page.h"
#include "end_page.h"
#include "key_help_overlay.h"
#include "pacer_widget.h"
#include "pain_rating_widget.h"
#include "player_controller.h"
#include "player_controls.h"
#include "player_key_filter.h"
#include "player_type.h"
#include "session_page.h"
#include "stop_confirm_bar.h"

namespace unclutch::app {

namespace {

// Stopping loses the session's place; past this much practice, Esc asks first.
constexpr std::int64_t kStopWithoutAskingMs = 10'000;
// Milliseconds until a countdown of `ms` (shown in whole seconds, rounded up) changes.
std::int64_t untilCountdownTick(std::int64_t ms)
{
    const std::int64_t rest = ms % 1000;
    return rest <= 0 ? 1000 : rest;
}

} // namespace

PlayerView::PlayerView(PlayerController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_pages(new QStackedWidget)
    , m_cautions(new CautionsPage)
    , m_session(new SessionPage)
    , m_end(new EndPage)
    , m_controls(new PlayerControls)
    , m_help(new KeyHelpOverlay(this))
    , m_keys(new PlayerKeyFilter(
          this, [this](const PlayerKey& key) { return perform(key); }, this))
{
    setObjectName(QStringLiteral("playerView"));
    setAccessibleName(tr("Session player"));
    m_pages->addWidget(m_cautions);
    m_pages->addWidget(m_session);
    m_pages->addWidget(m_end);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_controls);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_refreshTimer, &QTimer::timeout, this, &PlayerView::refresh);
    m_session->pacer()->setFrameSource([this] { return m_controller->paceNow(); });

    connect(controller, &PlayerController::changed, this, &PlayerView::refresh);
    connect(controller, &PlayerController::finished, this, &PlayerView::showEnd);
    connect(controller, &PlayerController::stopped, this, &PlayerView::showEnd);
    connect(m_controls, &PlayerControls::command, this,
            [this](PlayerCommand command) { perform(PlayerKey{command}); });
    connect(m_session->stopConfirm(), &StopConfirmBar::stopConfirmed, controller,
            &PlayerController::stop);
    connect(m_session->painBefore(), &PainRatingWidget::rated, controller,
            &PlayerController::setPainBefore);
    connect(m_end->painAfter(), &PainRatingWidget::rated, controller,
            &PlayerController::setPainAfter);
    connect(m_end, &EndPage::backToLibrary, this, &PlayerView::backToLibrary);
    connect(m_cautions, &CautionsPage::back, this, &PlayerView::backToLibrary);
    connect(m_cautions, &CautionsPage::acknowledged, this, [this] {
        if (const core::Routine* routine = m_controller->routine())
            m_acknowledgements.acknowledge(*routine, m_controller->routineFile());
        startSession();
    });
    applyScale();
}

PlayerView::~PlayerView()
{
    m_keys->setInstalled(false);
}

QWidget* PlayerView::currentPage() const
{
    return m_pages->currentWidget();
}

bool PlayerView::isHelpShown() const
{
    return m_help->isVisibleTo(this);
}

void PlayerView::play(const core::Routine& routine, const QString& file, SessionStart start)
{
    // A session that will not be kept asks for no rating: there would be nowhere to keep it.
    QString notKept;
    if (start.isTry)
        notKept = tr("A try from the editor: not kept in the history.");
    else if (!m_historyWritable)
        notKept = tr("This session won't be kept: the history could not be opened for writing.");
    m_controller->load(routine, file, std::move(start));
    m_session->painBefore()->reset();
    m_end->painAfter()->reset();
    m_session->setPainBeforeOffered(notKept.isEmpty());
    m_end->setPainAfterOffered(notKept.isEmpty());
    m_session->setNotKeptNotice(notKept);
    m_session->stopConfirm()->dismiss();
    m_help->hide();
    if (!m_cautionsSkipped && !m_acknowledgements.isAcknowledged(routine, file)) {
        m_cautions->showRoutine(routine);
        m_pages->setCurrentWidget(m_cautions);
        m_controls->hide();
        m_cautions->understandButton()->setFocus();
        return;
    }
    startSession();
}

void PlayerView::startSession()
{
    m_pages->setCurrentWidget(m_session);
    m_controls->show();
    m_controls->button(PlayerCommand::TogglePause)->setFocus();
    m_controller->start();
    refresh();
}

void PlayerView::showEnd()
{
    m_session->stopConfirm()->dismiss();
    m_end->showSummary(m_controller->summary());
    m_pages->setCurrentWidget(m_end);
    m_controls->hide();
    m_end->focusBackButton();
    m_refreshTimer.stop();
    m_session->pacer()->setAnimating(false);
}

bool PlayerView::perform(const PlayerKey& key)
{
    if (key.command == PlayerCommand::Help) {
        toggleHelp();
        return true;
    }
    if (isHelpShown()) {
        m_help->hide();
        if (key.command == PlayerCommand::Stop)
            return true;
    }
    if (key.command == PlayerCommand::FullScreen) {
        emit fullScreenToggleRequested();
        return true;
    }
    QWidget* page = currentPage();
    if (page == m_cautions) {
        // Acknowledging is deliberate (Enter or a click): a Space pressed out of habit to
        // "start" must not click the focused "I understand" past cautions left unread.
        if (key.command == PlayerCommand::Stop)
            emit backToLibrary();
        return key.command == PlayerCommand::Stop || key.command == PlayerCommand::TogglePause;
    }
    if (page == m_end) {
        switch (key.command) {
        case PlayerCommand::Stop:
            emit backToLibrary();
            break;
        case PlayerCommand::Digit:
            if (m_end->isPainAfterOffered())
                m_end->painAfter()->handleDigit(key.digit);
            break;
        case PlayerCommand::Mute:
            emit muteToggleRequested();
            break;
        case PlayerCommand::Voice:
            emit voiceToggleRequested();
            break;
        default:
            break; // nothing left to control; Space must not press a focused button
        }
        return true;
    }
    return performInSession(key);
}

bool PlayerView::performInSession(const PlayerKey& key)
{
    if (key.command != PlayerCommand::Stop)
        m_session->stopConfirm()->dismiss();
    switch (key.command) {
    case PlayerCommand::TogglePause:
        m_controller->togglePause();
        break;
    case PlayerCommand::Next:
        m_controller->next();
        break;
    case PlayerCommand::Previous:
        m_controller->previous();
        break;
    case PlayerCommand::Stop:
        requestStop();
        break;
    case PlayerCommand::Easier:
        m_controller->toggleEasier();
        break;
    case PlayerCommand::Mute:
        emit muteToggleRequested();
        break;
    case PlayerCommand::Voice:
        emit voiceToggleRequested();
        break;
    case PlayerCommand::Digit:
        if (m_session->painBefore()->isVisible())
            m_session->painBefore()->handleDigit(key.digit);
        break;
    case PlayerCommand::FullScreen:
    case PlayerCommand::Help:
        break;
    }
    refresh();
    return true;
}

void PlayerView::requestStop()
{
    StopConfirmBar* confirm = m_session->stopConfirm();
    if (confirm->isAsking() || m_controller->frame().activeMs <= kStopWithoutAskingMs) {
        confirm->dismiss();
        m_controller->stop();
        return;
    }
    confirm->ask();
}

void PlayerView::toggleHelp()
{
    if (isHelpShown()) {
        m_help->hide();
        return;
    }
    m_help->setGeometry(rect());
    m_help->raise();
    m_help->show();
}

void PlayerView::refresh()
{
    if (!m_controller->hasSession())
        return;
    const PlayerFrame frame = m_controller->frame();
    if (currentPage() == m_session) {
        m_session->showFrame(frame);
        m_controls->showFrame(frame);
    }
    if (frame.state == core::SessionState::Running && isVisible())
        scheduleRefresh(frame.remainingMs, frame.positionMs);
    else
        m_refreshTimer.stop();
}

void PlayerView::scheduleRefresh(std::int64_t remainingMs, std::int64_t positionMs)
{
    // Wake when a shown second changes: the countdown (rounded up) or the time done (rounded
    // to the nearest second), and not in between.
    const std::int64_t untilDone = (1500 - positionMs % 1000) % 1000;
    std::int64_t wait = untilCountdownTick(remainingMs);
    if (untilDone > 0)
        wait = std::min(wait, untilDone);
    m_refreshTimer.start(static_cast<int>(std::clamp<std::int64_t>(wait + 1, 5, 1000)));
}

void PlayerView::setFloorMode(bool floorMode)
{
    m_floorMode = floorMode;
    m_controls->setFullScreen(floorMode);
    applyScale();
    refresh();
}

void PlayerView::applyScale()
{
    const double scale = playerScale(width(), height(), m_floorMode);
    const QScreen* screen = this->screen();
    const bool compact = screen && screen->availableSize().height() < kCompactScreenHeight;
    m_session->setCompact(compact);
    m_controls->setCompact(compact);
    m_end->painAfter()->setCompact(compact);
    m_session->applyType(PlayerType(width(), height(), m_floorMode));
    m_end->applyScale(scale);
    m_cautions->applyScale(scale);
    m_controls->applyScale(scale);
    m_help->applyScale(scale);
}

void PlayerView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_keys->setInstalled(true);
    refresh();
}

void PlayerView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_keys->setInstalled(false);
    m_refreshTimer.stop();
}

void PlayerView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applyScale();
    m_help->setGeometry(rect());
}

} // namespace unclutch::app
