#pragma once

#include <QObject>

namespace unclutch::app {

class PlayerView;
class SoundPlayer;
class Voice;

// Gives the player its sounds and its voice: the controller's moments to SoundPlayer and Voice,
// the view's M and V to mute and voice on/off, and the state of both back to the controls.
//
// Without an audio output or a speech engine the controls say so (disabled, "No sound" or
// "No voice", the reason as tooltip) and the session plays on silently: SoundPlayer and Voice
// report the loss once and ignore their slots until it is over, so nothing here checks first.
class SessionAudio : public QObject {
    Q_OBJECT

public:
    explicit SessionAudio(PlayerView* view, QObject* parent = nullptr);

    SoundPlayer* sound() const { return m_sound; }
    Voice* voice() const { return m_voice; }

private:
    void connectController();
    void connectControls();
    void showSound();
    void showVoice();

    PlayerView* m_view;
    SoundPlayer* m_sound;
    Voice* m_voice;
};

} // namespace unclutch::app
