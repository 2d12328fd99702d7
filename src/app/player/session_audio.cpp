#include "session_audio.h"

#include "app/audio/sound_player.h"
#include "app/audio/voice.h"
#include "player_controller.h"
#include "player_controls.h"
#include "player_view.h"

namespace unclutch::app {

SessionAudio::SessionAudio(PlayerView* view, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_sound(new SoundPlayer(this))
    , m_voice(new Voice(m_sound, this))
{
    // Outside a running session nothing needs a sound on time: the stream closes once quiet.
    m_sound->setStreamWanted(false);
    connectController();
    connectControls();
    showSound();
    showVoice();
}

void SessionAudio::connectController()
{
    PlayerController* controller = m_view->controller();
    connect(controller, &PlayerController::getReadyStarted, m_sound, &SoundPlayer::playGetReady);
    connect(controller, &PlayerController::getReadyStarted, m_voice, &Voice::sayGetReady);
    connect(controller, &PlayerController::stepStarted, m_sound, &SoundPlayer::playStepStart);
    connect(controller, &PlayerController::stepStarted, m_voice, &Voice::sayStepStart);
    connect(controller, &PlayerController::phaseStarted, m_sound, &SoundPlayer::playPhase);
    connect(controller, &PlayerController::phaseStarted, m_voice,
            [this](int, const QString& name) { m_voice->sayPhase(name); });
    connect(controller, &PlayerController::beat, m_sound, &SoundPlayer::playBeat);
    connect(controller, &PlayerController::cueFired, m_voice, &Voice::sayCue);
    connect(controller, &PlayerController::finished, m_sound, &SoundPlayer::playEnd);
    connect(controller, &PlayerController::finished, m_voice, &Voice::sayEnd);
    // A sentence or a tone that goes on into a pause or past a stop describes a moment the
    // person is no longer in. (The end sound comes after Finished, so it is not cut.)
    connect(controller, &PlayerController::stateChanged, this, [this](core::SessionState state) {
        // Open from the moment a session is loaded and through its pauses, so that neither the
        // first cue nor a resume waits for the audio device; closed once it is over.
        m_sound->setStreamWanted(state == core::SessionState::Ready ||
                                 state == core::SessionState::Running ||
                                 state == core::SessionState::Paused);
        if (state == core::SessionState::Paused || state == core::SessionState::Stopped) {
            m_voice->stop();
            m_sound->stopAll();
        }
    });
}

void SessionAudio::connectControls()
{
    connect(m_view, &PlayerView::muteToggleRequested, m_sound,
            [this] { m_sound->setMuted(!m_sound->isMuted()); });
    connect(m_view, &PlayerView::voiceToggleRequested, m_voice,
            [this] { m_voice->setEnabled(!m_voice->isEnabled()); });
    connect(m_sound, &SoundPlayer::mutedChanged, this, &SessionAudio::showSound);
    connect(m_sound, &SoundPlayer::unavailable, this, &SessionAudio::showSound);
    connect(m_sound, &SoundPlayer::available, this, &SessionAudio::showSound);
    connect(m_voice, &Voice::enabledChanged, this, &SessionAudio::showVoice);
    connect(m_voice, &Voice::unavailable, this, &SessionAudio::showVoice);
    connect(m_voice, &Voice::available, this, &SessionAudio::showVoice);
}

// The on/off state first, then the availability: an unavailable button reads "No sound"
// whatever the setting, and the setting still toggles so it holds once an output appears.
void SessionAudio::showSound()
{
    PlayerControls* controls = m_view->controls();
    controls->setMuted(m_sound->isMuted());
    controls->setSoundAvailable(m_sound->isAvailable(), m_sound->unavailableReason());
}

void SessionAudio::showVoice()
{
    PlayerControls* controls = m_view->controls();
    controls->setVoiceEnabled(m_voice->isEnabled());
    controls->setVoiceAvailable(m_voice->isAvailable(), m_voice->unavailableReason());
}

} // namespace unclutch::app
