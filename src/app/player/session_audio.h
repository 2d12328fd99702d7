#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include "app/audio/spoken_text.h"

namespace unclutch::app {

class PlayerView;
class SessionSpeech;
class SoundPlayer;
class Voice;

// Gives the player its sounds and its voice: the controller's moments to SoundPlayer, the
// session's sentences to Voice's SessionSpeech (made when a routine is loaded, so they are
// synthesised before their moments), the view's M and V to mute and voice on/off, and the state
// of both back to the controls.
//
// A session's start waits, at most kStartHoldMs, for the voice to make its opening sentences
// and for the audio stream to run, so that the first sentence and sound are heard on time too.
//
// Without an audio output or a speech engine the controls say so (disabled, "No sound" or
// "No voice", the reason as tooltip) and the session plays on silently: SoundPlayer and Voice
// report the loss once and ignore their slots until it is over, so nothing here checks first.
class SessionAudio : public QObject {
    Q_OBJECT

public:
    static constexpr int kStartHoldMs = 3000;

    explicit SessionAudio(PlayerView* view, QObject* parent = nullptr);
    ~SessionAudio() override;

    SoundPlayer* sound() const { return m_sound; }
    Voice* voice() const { return m_voice; }
    SessionSpeech* speech() const;

private:
    void connectController();
    void connectControls();
    void onLoaded();
    // The session's sentences, from what it shows now and what the voice is set to say.
    void speakSession(bool replace);
    // Starts a held session once the voice is ready for it, or when `anyway`.
    void releaseStart(bool anyway);
    bool readyToStart() const;
    void showSound();
    void showVoice();

    PlayerView* m_view;
    SoundPlayer* m_sound;
    Voice* m_voice;
    // The player's own words (get ready, sides, counts) in the session's language, set with it
    // when a routine is loaded: another language than the interface's loads its translation.
    SpokenText m_spoken;
    QTimer m_startHold;
    QElapsedTimer m_held;
};

} // namespace unclutch::app
