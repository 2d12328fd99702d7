#pragma once

#include <QKeyCombination>
#include <QString>

#include <optional>

namespace unclutch::app {

// What one key press in the player asks for. The player reacts to these alone, whether they come
// from a key, a media key or a button, so the two can never disagree.
enum class PlayerCommand {
    TogglePause,
    Next,
    Previous,
    Stop,
    FullScreen,
    Mute,
    Voice,
    Easier,
    Help,
    Digit, // a pain rating digit; PlayerKey::digit says which
};

struct PlayerKey {
    PlayerCommand command = PlayerCommand::TogglePause;
    int digit = -1; // 0–9 for PlayerCommand::Digit
    // A media key means the same everywhere; the others only while the player has the window.
    bool media = false;
};

// The player command of a key press, if any. Keys held with Ctrl, Alt or Meta are left to the
// rest of the application; Shift is allowed, since "?" needs it on most layouts.
std::optional<PlayerKey> playerKeyFor(QKeyCombination key);

// The keys of a command as shown in tooltips and the help overlay, e.g. "Space" or "→ or N".
QString keyNames(PlayerCommand command);

} // namespace unclutch::app
