#include "session_audio.h"

#include <chrono>

#include <spdlog/spdlog.h>

#include "app/audio/session_speech.h"
#include "app/audio/sound_player.h"
#include "app/audio/speech_schedule.h"
#include "app/audio/spoken_text.h"
#include "app/audio/voice.h"
#include "player_controller.h"
#include "player_controls.h"
#include "player_view.h"

namespace unclutch::app {

namespace {

double toMs(core::Session::Duration duration)
{
    return std::chrono::duration<double, std::milli>(duration).count();
}

} // namespace

SessionAudio::SessionAudio(PlayerView* view, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_sound(new SoundPlayer(this))
    , m_voice(new Voice(m_sound, this))
{
    // Outside a running session nothing needs a sound on time: the stream closes once quiet.
    m_sound->setStreamWanted(false);
    m_startHold.setSingleShot(true);
    m_startHold.setInterval(kStartHoldMs);
    connect(&m_startHold, &QTimer::timeout, this, [this] { releaseStart(true); });
    connect(speech(), &SessionSpeech::openingReady, this, [this] { releaseStart(false); });
    connect(m_sound, &SoundPlayer::streamStarted, this, [this] { releaseStart(false); });
    connectController();
    connectControls();
    showSound();
    showVoice();
    // Made for a session already loaded (a --play start makes the audio at once, but after the
    // player page).
    if (m_view->controller()->hasSession())
        onLoaded();
}

SessionAudio::~SessionAudio()
{
    // The voice speaks through the sound player: it goes first (children go in the order they
    // were made, the sound player first).
    delete m_voice;
    m_voice = nullptr;
}

SessionSpeech* SessionAudio::speech() const
{
    return m_voice->speech();
}

void SessionAudio::connectController()
{
    PlayerController* controller = m_view->controller();
    connect(controller, &PlayerController::loaded, this, &SessionAudio::onLoaded);
    connect(controller, &PlayerController::getReadyStarted, m_sound, &SoundPlayer::playGetReady);
    connect(controller, &PlayerController::stepStarted, m_sound, &SoundPlayer::playStepStart);
    connect(controller, &PlayerController::phaseStarted, m_sound, &SoundPlayer::playPhase);
    connect(controller, &PlayerController::beat, m_sound, &SoundPlayer::playBeat);
    connect(controller, &PlayerController::finished, m_sound, &SoundPlayer::playEnd);
    connect(controller, &PlayerController::easierToggled, this,
            [this](bool shown, const QString& pose) {
                speakSession(false);
                m_voice->say(m_spoken.easierToggled(shown, pose));
            });
    connect(m_voice, &Voice::optionsChanged, this, [this] { speakSession(false); });
    connect(controller, &PlayerController::stateChanged, this, [this](core::SessionState state) {
        // Open from the moment a session is loaded and through its pauses, so that neither the
        // first cue nor a resume waits for the audio device; closed once it is over.
        m_sound->setStreamWanted(state == core::SessionState::Ready ||
                                 state == core::SessionState::Running ||
                                 state == core::SessionState::Paused);
        // A sentence or a tone that goes on into a pause or past a stop describes a moment the
        // person is no longer in. (The end sound and sentence come at Finished: not cut.)
        switch (state) {
        case core::SessionState::Running:
            speech()->wake();
            break;
        case core::SessionState::Paused:
            speech()->pause();
            m_sound->stopAll();
            break;
        case core::SessionState::Stopped:
            speech()->endSession();
            m_sound->stopAll();
            break;
        default:
            break;
        }
    });
}

void SessionAudio::onLoaded()
{
    PlayerController* controller = m_view->controller();
    SessionRunner* runner = controller->runner();
    if (!runner)
        return;
    connect(runner, &SessionRunner::jumped, speech(), &SessionSpeech::jump);
    // Open from the moment a session is loaded, so that neither its first sound nor its first
    // sentence waits for the audio device.
    m_sound->setStreamWanted(true);
    // The routine's own `language` picks the voice; without one (empty) the voice takes its
    // texts to be in the interface's language (bundled routines are shown translated into it).
    const core::Routine* routine = controller->routine();
    m_voice->setLanguage(routine && routine->language ? QString::fromStdString(*routine->language)
                                                      : QString());
    m_spoken = SpokenText::forLanguage(m_voice->language());
    speakSession(true);
    if (!readyToStart()) {
        controller->holdStart();
        m_startHold.start();
        m_held.start();
    } else if (!m_voice->isAvailable()) {
        spdlog::info("session loaded without a voice: {}",
                     m_voice->unavailableReason().toStdString());
    }
}

void SessionAudio::speakSession(bool replace)
{
    PlayerController* controller = m_view->controller();
    SessionRunner* runner = controller->runner();
    if (!runner)
        return;
    const core::Timeline& timeline = runner->session().timeline();
    if (timeline.instances().empty())
        return;
    QList<ScheduledSentence> sentences = SpeechSchedule::build(
        runner->routine(), timeline, m_voice->options(), m_spoken,
        [controller](std::size_t instance) { return controller->showsEasier(instance); });
    if (!replace) {
        speech()->updateSentences(std::move(sentences));
        return;
    }
    const auto time = [controller] {
        SessionSpeech::Moment moment;
        moment.steady = SessionSpeech::Clock::now();
        if (const SessionRunner* playing = controller->runner()) {
            const core::Session& session = playing->session();
            const auto now = playing->now();
            moment.positionMs = toMs(session.position(now));
            moment.activeMs = toMs(session.active_time(now));
            moment.running = session.state() == core::SessionState::Running;
        }
        return moment;
    };
    // The opening: what the get-ready and the start of the first step say.
    const std::size_t first = runner->session().progress(runner->now()).instance;
    speech()->setSession(std::move(sentences), m_voice->language(), time,
                         timeline.instances()[first].step_start_ms);
}

bool SessionAudio::readyToStart() const
{
    return speech()->isOpeningReady() && (!m_sound->isAvailable() || m_sound->isStreaming());
}

void SessionAudio::releaseStart(bool anyway)
{
    if (!m_startHold.isActive() && !anyway)
        return;
    if (!anyway && !readyToStart())
        return;
    m_startHold.stop();
    spdlog::info("the session's start waited {} ms for the audio stream and the voice's opening "
                 "sentences{}",
                 m_held.elapsed(), anyway ? " and gave up" : "");
    m_view->controller()->releaseStart();
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
