#include "voice.h"

#include <QLibraryInfo>
#include <QMediaDevices>
#include <QMetaObject>
#include <QSettings>
#include <QVersionNumber>

#include <algorithm>

#include "sound_player.h"
#include "spoken_text.h"
#ifdef UNCLUTCH_BUILTIN_VOICE
#include "flite_speech.h"
#endif

namespace unclutch::app {

namespace {

const auto kEnabledKey = QStringLiteral("voice/enabled");
const auto kRateKey = QStringLiteral("voice/rate");
const auto kEngineKey = QStringLiteral("voice/engine");
const auto kInstructionsKey = QStringLiteral("voice/instructions");
const auto kPhaseNamesKey = QStringLiteral("voice/phaseNames");
const auto kBuiltInEngine = QStringLiteral("flite");

} // namespace

Voice::Voice(QObject* parent)
    : Voice(nullptr, parent)
{
}

Voice::Voice(SoundPlayer* sound, QObject* parent)
    : QObject(parent)
    , m_sound(sound)
    , m_mediaDevices(new QMediaDevices(this))
{
    QSettings settings;
    m_enabled = settings.value(kEnabledKey, true).toBool();
    m_rate = std::clamp(settings.value(kRateKey, 0.0).toDouble(), -1.0, 1.0);
    m_engine = settings.value(kEngineKey).toString();
    m_speaksInstructions = settings.value(kInstructionsKey, true).toBool();
    m_speaksPhaseNames = settings.value(kPhaseNamesKey, false).toBool();

    // An engine that failed for want of an output may work once an output appears.
    connect(m_mediaDevices, &QMediaDevices::audioOutputsChanged, this,
            &Voice::onAudioOutputsChanged);
    if (m_sound) {
        // The built-in voice speaks through the sound player: it comes and goes with its output.
        connect(m_sound, &SoundPlayer::available, this, &Voice::onAudioOutputsChanged);
        connect(m_sound, &SoundPlayer::unavailable, this, [this] {
            if (m_flite)
                dropEngine(tr("There is no working audio output, so the routine is not spoken."));
        });
    }
    createEngine();
}

Voice::~Voice() = default;

QStringList Voice::availableEngines()
{
    QStringList engines = QTextToSpeech::availableEngines();
    if (hasBuiltInVoice() && !engines.contains(kBuiltInEngine))
        engines.prepend(kBuiltInEngine);
    return engines;
}

bool Voice::hasBuiltInVoice()
{
#ifdef UNCLUTCH_BUILTIN_VOICE
    return true;
#else
    return false;
#endif
}

QString Voice::engineDisplayName(const QString& engine)
{
    if (engine == kBuiltInEngine)
        return tr("Flite");
    if (engine == QStringLiteral("speechd"))
        return tr("Speech Dispatcher");
    return engine;
}

QString Voice::engineProblem(const QStringList& installed, const QString& wanted)
{
    if (installed.isEmpty())
        return tr("No speech engine is installed, so the routine is not spoken.");
    if (!wanted.isEmpty() && !installed.contains(wanted))
        return tr("The speech engine “%1” is not installed, so the routine is not spoken.")
            .arg(wanted);
    return {};
}

bool Voice::isFatal(QTextToSpeech::ErrorReason reason, int failuresBefore)
{
    if (reason == QTextToSpeech::ErrorReason::NoError)
        return false;
    return reason != QTextToSpeech::ErrorReason::Playback ||
           failuresBefore >= kPlaybackFailuresTolerated;
}

bool Voice::isSpeaking() const
{
#ifdef UNCLUTCH_BUILTIN_VOICE
    if (m_flite)
        return m_flite->isSpeaking();
#endif
    return m_speech && m_speech->state() == QTextToSpeech::Speaking;
}

void Voice::say(const QString& text)
{
    if (text.isEmpty())
        return;
    emit sentence(text);
    if (!m_enabled || !isAvailable())
        return;
    // Both stop what is being said before they start: the interrupting policy.
    m_sentenceFailed = false;
#ifdef UNCLUTCH_BUILTIN_VOICE
    if (m_flite) {
        m_flite->say(text, m_rate);
        return;
    }
#endif
    m_speech->say(text);
}

void Voice::sayGetReady(const QString& pose, core::Side side)
{
    m_readyPose = pose;
    m_readySide = side;
    m_readyPending = true;
    say(SpokenText::getReady(pose, side));
}

void Voice::sayStepStart(const QString& pose, core::Side side, const QString& instructions)
{
    const bool heardPose = m_readyPending && m_readyPose == pose && m_readySide == side;
    m_readyPending = false;
    say(SpokenText::stepStart(pose, side, instructions, !heardPose, m_speaksInstructions));
}

void Voice::sayCue(const QString& text)
{
    say(SpokenText::cue(text));
}

void Voice::sayPhase(const QString& name)
{
    if (!m_speaksPhaseNames || isSpeaking())
        return;
    say(SpokenText::phase(name));
}

void Voice::sayEnd()
{
    m_readyPending = false;
    say(SpokenText::end());
}

void Voice::stop()
{
#ifdef UNCLUTCH_BUILTIN_VOICE
    if (m_flite)
        m_flite->stop();
#endif
    if (m_speech)
        m_speech->stop();
}

void Voice::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    QSettings().setValue(kEnabledKey, m_enabled);
    if (!m_enabled)
        stop();
    emit enabledChanged(m_enabled);
}

void Voice::setRate(double rate)
{
    rate = std::clamp(rate, -1.0, 1.0);
    if (qFuzzyCompare(1.0 + rate, 1.0 + m_rate))
        return;
    m_rate = rate;
    QSettings().setValue(kRateKey, m_rate);
    if (m_speech)
        m_speech->setRate(m_rate);
    emit rateChanged(m_rate);
}

void Voice::setEngine(const QString& engine)
{
    if (engine == m_engine)
        return;
    m_engine = engine;
    QSettings().setValue(kEngineKey, m_engine);
    createEngine();
    emit engineChanged(m_engine);
}

void Voice::setSpeaksInstructions(bool speaks)
{
    if (speaks == m_speaksInstructions)
        return;
    m_speaksInstructions = speaks;
    QSettings().setValue(kInstructionsKey, m_speaksInstructions);
    emit speaksInstructionsChanged(m_speaksInstructions);
}

void Voice::setSpeaksPhaseNames(bool speaks)
{
    if (speaks == m_speaksPhaseNames)
        return;
    m_speaksPhaseNames = speaks;
    QSettings().setValue(kPhaseNamesKey, m_speaksPhaseNames);
    emit speaksPhaseNamesChanged(m_speaksPhaseNames);
}

bool Voice::wantsBuiltInVoice(const QString& engine) const
{
#ifdef UNCLUTCH_BUILTIN_VOICE
    if (!m_sound)
        return false;
    if (engine == kBuiltInEngine)
        return true;
    // The default: the built-in voice for the sentences it can read, Qt's for the others.
    return engine.isEmpty() && SpokenText::language() == FliteSpeech::language();
#else
    Q_UNUSED(engine);
    return false;
#endif
}

QString Voice::defaultQtEngine()
{
    if (QLibraryInfo::version() >= QVersionNumber(6, 5))
        return {};
    const QStringList engines = QTextToSpeech::availableEngines();
    const auto other = std::find_if(engines.begin(), engines.end(),
                                    [](const QString& engine) { return engine != kBuiltInEngine; });
    return other != engines.end() ? *other : QString();
}

void Voice::createEngine()
{
    delete m_speech;
    m_speech = nullptr;
#ifdef UNCLUTCH_BUILTIN_VOICE
    if (m_flite) {
        // Its sentence, still in the sound player, would go on over the new engine.
        m_flite->stop();
        delete m_flite;
    }
#endif
    m_flite = nullptr;

    // Checked first: QTextToSpeech with an unknown engine logs a critical message on its own.
    const QString problem = engineProblem(availableEngines(), m_engine);
    if (!problem.isEmpty()) {
        dropEngine(problem);
        return;
    }
    if (wantsBuiltInVoice(m_engine)) {
        createBuiltInVoice();
        return;
    }

    const QString engine = m_engine.isEmpty() ? defaultQtEngine() : m_engine;
    auto* speech = engine.isEmpty() ? new QTextToSpeech(this) : new QTextToSpeech(engine, this);
    // Qt 6.4's flite engine crashes the app now and then while it speaks (it deletes its audio
    // sink from inside flite's synthesis callback) and drops sentences with "Audio streaming
    // error."; Qt 6.5 reworked it. Silence is better than a crash in the middle of a session.
    if (QLibraryInfo::version() < QVersionNumber(6, 5) &&
        speech->engine() == QStringLiteral("flite")) {
        delete speech;
        dropEngine(tr("The flite speech engine of Qt 6.4 is not reliable, so the routine is not "
                      "spoken. Install the speech-dispatcher engine "
                      "(qt6-speech-speechd-plugin) for a voice."));
        return;
    }
    // An engine can fail while it starts (flite finds no audio output) and still say Ready, with
    // an error reason and message. A reason without a message is no failure: Qt 6.4's flite
    // engine starts with the reason Initialization and never clears it, working all the same.
    if (speech->state() == QTextToSpeech::Error ||
        (speech->errorReason() != QTextToSpeech::ErrorReason::NoError &&
         !speech->errorString().isEmpty())) {
        const QString message = speech->errorString();
        delete speech;
        dropEngine(message.isEmpty() ? tr("The speech engine could not start.")
                                     : tr("The speech engine could not start: %1").arg(message));
        return;
    }

    m_speech = speech;
    m_speech->setRate(m_rate);
    connect(m_speech, &QTextToSpeech::stateChanged, this, &Voice::onStateChanged);
    connect(m_speech, &QTextToSpeech::errorOccurred, this, &Voice::onErrorOccurred);
    engineReady();
}

void Voice::createBuiltInVoice()
{
#ifdef UNCLUTCH_BUILTIN_VOICE
    if (SpokenText::language() != FliteSpeech::language()) {
        dropEngine(tr("The built-in voice speaks only English. For a voice in your language, "
                      "install the speech-dispatcher engine (qt6-speech-speechd-plugin) and "
                      "choose it."));
        return;
    }
    if (!m_sound->isAvailable()) {
        dropEngine(tr("There is no working audio output, so the routine is not spoken."));
        return;
    }
    m_flite = new FliteSpeech(m_sound, this);
    connect(m_flite, &FliteSpeech::failed, this, [this](const QString& reason) {
        dropEngine(tr("The built-in voice could not start: %1").arg(reason));
    });
    engineReady();
#endif
}

void Voice::engineReady()
{
    m_reason.clear();
    m_playbackFailures = 0;
    m_sentenceFailed = false;
    if (m_reported) {
        m_reported = false;
        emit available();
    }
}

void Voice::dropEngine(const QString& reason)
{
    if (m_speech) {
        m_speech->disconnect(this);
        // It may be inside one of its own signals right now.
        m_speech->deleteLater();
        m_speech = nullptr;
    }
#ifdef UNCLUTCH_BUILTIN_VOICE
    if (m_flite) {
        m_flite->disconnect(this);
        m_flite->stop();
        m_flite->deleteLater();
        m_flite = nullptr;
    }
#endif
    m_reason = reason;
    // From the event loop: in the constructor nobody is connected yet.
    QMetaObject::invokeMethod(this, &Voice::reportUnavailable, Qt::QueuedConnection);
}

void Voice::onStateChanged(QTextToSpeech::State state)
{
    if (!m_speech)
        return;
    if (state == QTextToSpeech::Ready && !m_sentenceFailed)
        m_playbackFailures = 0;
    // Engines say Error before errorOccurred() gives the reason (flite then goes back to Ready):
    // the reason decides, so look again once this signal is over.
    if (state == QTextToSpeech::Error)
        QMetaObject::invokeMethod(this, &Voice::checkErrorState, Qt::QueuedConnection);
}

void Voice::checkErrorState()
{
    if (!m_speech || m_speech->state() != QTextToSpeech::Error || m_sentenceFailed)
        return;
    onErrorOccurred(m_speech->errorReason(), m_speech->errorString());
}

void Voice::onErrorOccurred(QTextToSpeech::ErrorReason reason, const QString& message)
{
    if (!m_speech)
        return;
    // An engine in state Error that gives no reason has still failed.
    if (reason == QTextToSpeech::ErrorReason::NoError)
        reason = QTextToSpeech::ErrorReason::Configuration;
    if (!isFatal(reason, m_playbackFailures)) {
        ++m_playbackFailures;
        m_sentenceFailed = true;
        return;
    }
    dropEngine(message.isEmpty() ? tr("The speech engine stopped working.")
                                 : tr("The speech engine stopped working: %1").arg(message));
}

void Voice::onAudioOutputsChanged()
{
    if (!isAvailable())
        createEngine();
}

void Voice::reportUnavailable()
{
    if (isAvailable() || m_reported)
        return;
    m_reported = true;
    emit unavailable(m_reason);
}

} // namespace unclutch::app
