#include "player_command.h"

#include <QCoreApplication>

namespace unclutch::app {

namespace {

// lupdate files the tr() calls of this file under the context it would give a member tr().
QString tr(const char* text)
{
    return QCoreApplication::translate("unclutch::app", text);
}

std::optional<PlayerKey> mediaKey(int key)
{
    switch (key) {
    case Qt::Key_MediaPlay:
    case Qt::Key_MediaPause:
    case Qt::Key_MediaTogglePlayPause:
        return PlayerKey{PlayerCommand::TogglePause, -1, true};
    case Qt::Key_MediaNext:
        return PlayerKey{PlayerCommand::Next, -1, true};
    case Qt::Key_MediaPrevious:
        return PlayerKey{PlayerCommand::Previous, -1, true};
    case Qt::Key_MediaStop:
        return PlayerKey{PlayerCommand::Stop, -1, true};
    case Qt::Key_VolumeMute:
        return PlayerKey{PlayerCommand::Mute, -1, true};
    default:
        return std::nullopt;
    }
}

} // namespace

std::optional<PlayerKey> playerKeyFor(QKeyCombination combination)
{
    const int key = combination.key();
    if (auto media = mediaKey(key))
        return media;
    const Qt::KeyboardModifiers ignored = Qt::ShiftModifier | Qt::KeypadModifier;
    if (combination.keyboardModifiers() & ~ignored)
        return std::nullopt;
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        return PlayerKey{PlayerCommand::Digit, key - Qt::Key_0};
    switch (key) {
    case Qt::Key_Space:
        return PlayerKey{PlayerCommand::TogglePause};
    case Qt::Key_Right:
    case Qt::Key_N:
        return PlayerKey{PlayerCommand::Next};
    case Qt::Key_Left:
    case Qt::Key_P:
        return PlayerKey{PlayerCommand::Previous};
    case Qt::Key_Escape:
        return PlayerKey{PlayerCommand::Stop};
    case Qt::Key_F11:
        return PlayerKey{PlayerCommand::FullScreen};
    case Qt::Key_M:
        return PlayerKey{PlayerCommand::Mute};
    case Qt::Key_V:
        return PlayerKey{PlayerCommand::Voice};
    case Qt::Key_E:
        return PlayerKey{PlayerCommand::Easier};
    case Qt::Key_Question:
    case Qt::Key_F1:
        return PlayerKey{PlayerCommand::Help};
    default:
        return std::nullopt;
    }
}

QString keyNames(PlayerCommand command)
{
    switch (command) {
    case PlayerCommand::TogglePause:
        return tr("Space");
    case PlayerCommand::Next:
        return tr("→ or N");
    case PlayerCommand::Previous:
        return tr("← or P");
    case PlayerCommand::Stop:
        return tr("Esc");
    case PlayerCommand::FullScreen:
        return tr("F11");
    case PlayerCommand::Mute:
        return tr("M");
    case PlayerCommand::Voice:
        return tr("V");
    case PlayerCommand::Easier:
        return tr("E");
    case PlayerCommand::Help:
        return tr("?");
    case PlayerCommand::Digit:
        break;
    }
    return tr("0 to 9");
}

} // namespace unclutch::app
