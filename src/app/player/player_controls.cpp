#include "player_controls.h"

#include <QGridLayout>
#include <QPushButton>

#include "player_type.h"

namespace unclutch::app {

PlayerControls::PlayerControls(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
{
    setObjectName(QStringLiteral("playerControls"));
    setAccessibleName(tr("Player controls"));
    m_layout->setContentsMargins(24, 6, 24, 12);
    m_layout->setSpacing(8);

    add(PlayerCommand::Previous, "previousButton", tr("◀ Back"), tr("Previous step"));
    add(PlayerCommand::TogglePause, "playPauseButton", tr("Start"), tr("Start, pause or resume"));
    add(PlayerCommand::Next, "nextButton", tr("Next ▶"), tr("Next step"));
    add(PlayerCommand::Stop, "stopButton", tr("Stop"), tr("Stop the session"));
    add(PlayerCommand::Easier, "easierButton", tr("Easier"), tr("Easier variant"));
    add(PlayerCommand::Mute, "muteButton", tr("Sound"), tr("Sound on or off"));
    add(PlayerCommand::Voice, "voiceButton", tr("Voice"), tr("Voice on or off"));
    add(PlayerCommand::FullScreen, "fullScreenButton", tr("Full screen"), tr("Floor mode"));
    add(PlayerCommand::Help, "helpButton", tr("Keys"), tr("Show the keys"));

    setToolTipFor(PlayerCommand::Previous, tr("Back to this step's get-ready, or the step before"));
    setToolTipFor(PlayerCommand::TogglePause, tr("Start, pause or go on"));
    setToolTipFor(PlayerCommand::Next, tr("Skip to the next step"));
    setToolTipFor(PlayerCommand::Stop, tr("Stop the session"));
    setToolTipFor(PlayerCommand::Easier, tr("Switch to the easier variant of this pose and back"));
    setToolTipFor(PlayerCommand::Mute, tr("Sounds on or off"));
    setToolTipFor(PlayerCommand::Voice, tr("Spoken guidance on or off"));
    setToolTipFor(PlayerCommand::FullScreen, tr("Floor mode: full screen, even bigger type"));
    setToolTipFor(PlayerCommand::Help, tr("Show every key"));
    for (PlayerCommand checkable : {PlayerCommand::Easier, PlayerCommand::Mute,
                                    PlayerCommand::Voice, PlayerCommand::FullScreen})
        m_buttons[checkable]->setCheckable(true);
    setSoundAvailable(false);
    setVoiceAvailable(false);
    reflow();
}

QPushButton* PlayerControls::add(PlayerCommand command, const char* objectName, const QString& text,
                                 const QString& accessibleName)
{
    auto* button = new QPushButton(text);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(true); // Enter presses the focused button; Space belongs to the player
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setMinimumWidth(48); // below the style's 80 px, so two rows fit a small screen
    connect(button, &QPushButton::clicked, this, [this, command] { emit this->command(command); });
    m_order << button;
    m_buttons.insert(command, button);
    return button;
}

void PlayerControls::setToolTipFor(PlayerCommand command, const QString& what)
{
    QPushButton* button = m_buttons[command];
    button->setToolTip(tr("%1 (%2)").arg(what, keyNames(command)));
    button->setAccessibleDescription(tr("%1. Key: %2").arg(what, keyNames(command)));
}

void PlayerControls::showFrame(const PlayerFrame& frame)
{
    using core::SessionState;
    const bool over = frame.state == SessionState::Finished || frame.state == SessionState::Stopped;
    QPushButton* playPause = m_buttons[PlayerCommand::TogglePause];
    switch (frame.state) {
    case SessionState::Ready:
        playPause->setText(tr("Start"));
        break;
    case SessionState::Running:
        playPause->setText(tr("Pause"));
        break;
    default:
        playPause->setText(tr("Go on"));
        break;
    }
    playPause->setEnabled(!over);
    m_buttons[PlayerCommand::Previous]->setEnabled(!over);
    m_buttons[PlayerCommand::Next]->setEnabled(!over);
    m_buttons[PlayerCommand::Stop]->setEnabled(!over);
    QPushButton* easier = m_buttons[PlayerCommand::Easier];
    easier->setEnabled(frame.easierAvailable && !over);
    easier->setChecked(frame.easierShown);
}

void PlayerControls::setMuted(bool muted)
{
    m_buttons[PlayerCommand::Mute]->setChecked(!muted);
    m_buttons[PlayerCommand::Mute]->setText(muted ? tr("Sound off") : tr("Sound on"));
}

void PlayerControls::setVoiceEnabled(bool enabled)
{
    m_buttons[PlayerCommand::Voice]->setChecked(enabled);
    m_buttons[PlayerCommand::Voice]->setText(enabled ? tr("Voice on") : tr("Voice off"));
}

void PlayerControls::setSoundAvailable(bool available, const QString& reason)
{
    QPushButton* button = m_buttons[PlayerCommand::Mute];
    button->setEnabled(available);
    if (!available)
        button->setText(tr("No sound"));
    button->setToolTip(available ? tr("Sounds on or off (%1)").arg(keyNames(PlayerCommand::Mute))
                                 : (reason.isEmpty() ? tr("Sound is not available") : reason));
}

void PlayerControls::setVoiceAvailable(bool available, const QString& reason)
{
    QPushButton* button = m_buttons[PlayerCommand::Voice];
    button->setEnabled(available);
    if (!available)
        button->setText(tr("No voice"));
    button->setToolTip(
        available ? tr("Spoken guidance on or off (%1)").arg(keyNames(PlayerCommand::Voice))
                  : (reason.isEmpty() ? tr("Speech is not available") : reason));
}

void PlayerControls::setFullScreen(bool fullScreen)
{
    m_buttons[PlayerCommand::FullScreen]->setChecked(fullScreen);
}

void PlayerControls::applyScale(double scale)
{
    m_layout->setContentsMargins(m_compact ? QMargins(12, 2, 12, 4) : QMargins(24, 6, 24, 12));
    m_layout->setSpacing(m_compact ? 4 : 8);
    for (QPushButton* button : m_order) {
        setTextSize(button, 18, scale);
        button->setMinimumHeight(
            static_cast<int>(button->fontMetrics().height() * (m_compact ? 1.3 : 1.8)));
    }
    reflow();
}

void PlayerControls::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    reflow();
}

void PlayerControls::reflow()
{
    int needed = m_layout->contentsMargins().left() + m_layout->contentsMargins().right();
    for (QPushButton* button : m_order)
        needed += button->sizeHint().width() + m_layout->spacing();
    const int rows = needed > width() && width() > 0 ? 2 : 1;
    if (rows == m_rows)
        return;
    m_rows = rows;
    const int perRow = (static_cast<int>(m_order.size()) + rows - 1) / rows;
    for (int i = 0; i < m_order.size(); ++i) {
        m_layout->removeWidget(m_order[i]);
        m_layout->addWidget(m_order[i], i / perRow, i % perRow);
    }
}

} // namespace unclutch::app
