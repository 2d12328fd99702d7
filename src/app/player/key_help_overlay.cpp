#include "key_help_overlay.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "player_command.h"
#include "player_type.h"

namespace unclutch::app {

KeyHelpOverlay::KeyHelpOverlay(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Keys")))
    , m_close(
          new QLabel(tr("Press ? or Esc to close. Tab moves between buttons, Enter presses one.")))
{
    setObjectName(QStringLiteral("keyHelp"));
    setAccessibleName(tr("Keys"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);

    const QList<std::pair<QString, QString>> rows = {
        {keyNames(PlayerCommand::TogglePause), tr("Start, pause, go on")},
        {keyNames(PlayerCommand::Next), tr("Next step")},
        {keyNames(PlayerCommand::Previous),
         tr("Back to this step's get-ready; again for the one before")},
        {keyNames(PlayerCommand::Stop), tr("Stop (asks first once you have begun)")},
        {keyNames(PlayerCommand::Easier), tr("Easier variant of the pose, and back")},
        {keyNames(PlayerCommand::Mute), tr("Sounds on or off")},
        {keyNames(PlayerCommand::Voice), tr("Voice on or off")},
        {keyNames(PlayerCommand::FullScreen), tr("Floor mode: full screen, bigger type")},
        {keyNames(PlayerCommand::Digit), tr("Rate your pain when asked (1 then 0 for 10)")},
        {keyNames(PlayerCommand::Help), tr("This list")},
        {tr("Media keys"), tr("Play/pause, next, previous, stop")},
    };
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(32);
    grid->setVerticalSpacing(8);
    for (int i = 0; i < rows.size(); ++i) {
        auto* key = new QLabel(rows[i].first);
        auto* action = new QLabel(rows[i].second);
        key->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        action->setWordWrap(true);
        grid->addWidget(key, i, 0);
        grid->addWidget(action, i, 1);
        m_keys << key;
        m_actions << action;
    }
    grid->setColumnStretch(1, 1);
    m_close->setForegroundRole(QPalette::PlaceholderText);
    m_close->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 32, 64, 32);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addSpacing(12);
    layout->addLayout(grid);
    layout->addSpacing(12);
    layout->addWidget(m_close);
    layout->addStretch(1);
    hide();
}

void KeyHelpOverlay::applyScale(double scale)
{
    setTextSize(m_title, 40, scale, true);
    for (QLabel* key : m_keys)
        setTextSize(key, 24, scale, true);
    for (QLabel* action : m_actions)
        setTextSize(action, 24, scale);
    setTextSize(m_close, 20, scale);
}

void KeyHelpOverlay::mousePressEvent(QMouseEvent*)
{
    hide();
}

} // namespace unclutch::app
