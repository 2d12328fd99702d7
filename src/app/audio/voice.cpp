#include "voice.h"

#include <QMediaDevices>
#include <QSettings>

#include <algorithm>
#include <memory>

#include "qt_speech_engine.h"
#include "session_speech.h"
#include "sound_player.h"
#include "spoken_text.h"
#include "stored_setting.h"
#ifdef UNCLUTCH_BUILTIN_VOICE
#include "espeak_synthesizer.h"
#include "flite_synthesizer.h"
#include "synthesizing_engine.h"
#endif

namespace unclutch::app {

namespace {

const auto kEnabledKey = QStringLiteral("voice/enabled");
const auto kRateKey = QStringLiteral("voice/rate");
const auto kEngineKey = QStringLiteral("voice/engine");
const auto kInstructionsKey = QStringLiteral("voice/instructions");
const auto kPhaseNamesKey = QStringLiteral("voice/phaseNames");
const auto kPoseAtGetReadyKey = QStringLiteral("voice/poseAtGetReady");
const auto kSideChangeKey = QStringLiteral("voice/sideChange");
const auto kCountKey = QStringLiteral("voice/count");
const auto kHalfwayKey = QStringLiteral("voice/halfway");
const auto kFlite = QStringLiteral("flite");

// Version 1 kept "flite" for the built-in voice, which is now the default.
QString currentName(const QString& engine)
{
    return engine == kFlite ? QString() : engine;
}

bool isEnglish(const QString& language)
{
    return language.section(QLatin1Char('-'), 0, 0).toLower() == QLatin1String("en");
}

// Where speech goes without a SoundPlayer: nowhere, so only Qt's engines, which speak by
// themselves, can be heard.
class NoSpeechOutput : public SpeechOutput {
public:
    bool canSpeak() const override { return false; }
    void scheduleSpeech(quint64, const QByteArray&, Clock::time_point) override {}
    void cancelPendingSpeech() override {}
    void stopSpeech() override {}
    void setSpeechStartedHandler(StartedHandler) override {}
};

} // namespace

const QString Voice::kEspeakEngine = QStringLiteral("espeak-ng");

Voice::Voice(SoundPlayer* sound, QObject* parent)
    : QObject(parent)
    , m_sound(sound)
    , m_mediaDevices(new QMediaDevices(this))
    , m_availability(
          this, [this](const QString& reason) { emit unavailable(reason); },
          [this] { emit available(); })
    , m_language(SpokenText::interfaceLanguage())
{
    QSettings settings;
    m_enabled = settings.value(kEnabledKey, true).toBool();
    m_rate = std::clamp(settings.value(kRateKey, 0.0).toDouble(), -1.0, 1.0);
    m_engine = currentName(settings.value(kEngineKey).toString());
    m_options.instructions = settings.value(kInstructionsKey, true).toBool();
    m_options.phaseNames = settings.value(kPhaseNamesKey, false).toBool();
    m_options.poseAtGetReady = settings.value(kPoseAtGetReadyKey, true).toBool();
    m_options.sideChange = settings.value(kSideChangeKey, true).toBool();
    m_options.count = settings.value(kCountKey, true).toBool();
    m_options.halfway = settings.value(kHalfwayKey, false).toBool();

    static NoSpeechOutput noOutput;
    m_speech =
        new SessionSpeech(m_sound ? static_cast<SpeechOutput*>(m_sound.data()) : &noOutput, this);
    m_speech->setEnabled(m_enabled);
    m_speech->setRate(m_rate);

    // An engine that failed for want of an output may work once an output appears.
    connect(m_mediaDevices, &QMediaDevices::audioOutputsChanged, this,
            &Voice::onAudioOutputsChanged);
    if (m_sound) {
        // The built-in voices speak through the sound player: they come and go with its output.
        connect(m_sound, &SoundPlayer::available, this, &Voice::onAudioOutputsChanged);
        connect(m_sound, &SoundPlayer::unavailable, this, [this] {
            if (usesBuiltInVoice())
                dropEngine(tr("There is no working audio output, so the routine is not spoken."));
        });
    }
    chooseEngine();
}

Voice::~Voice()
{
    // Before the engines it uses.
    delete m_speech;
    m_speech = nullptr;
}

QList<Voice::EngineChoice> Voice::engineChoices()
{
    QList<EngineChoice> choices;
    if (hasBuiltInVoice()) {
        choices.append({QString(), engineDisplayName(QString())});
        choices.append({kEspeakEngine, engineDisplayName(kEspeakEngine)});
    }
    for (const QString& engine : QtSpeechEngine::usableEngines())
        choices.append({engine, engineDisplayName(engine)});
    return choices;
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
    const QString name = currentName(engine);
    if (name.isEmpty())
        return hasBuiltInVoice() ? tr("Flite and eSpeak NG (built in)")
                                 : tr("The system's speech engine");
    if (name == kEspeakEngine)
        return tr("eSpeak NG only (built in)");
    if (name == QLatin1String("speechd"))
        return tr("Speech Dispatcher");
    return name;
}

QString Voice::engineProblem(const QStringList& installed, const QString& wanted)
{
    if (installed.isEmpty())
        return tr("No speech engine is installed, so the routine is not spoken.");
    const QString name = currentName(wanted);
    if (!installed.contains(name) && !(name.isEmpty() && !hasBuiltInVoice()))
        return tr("The speech engine “%1” is not installed, so the routine is not spoken.")
            .arg(name);
    return {};
}

bool Voice::usesBuiltInVoice() const
{
    return m_current && (m_current == m_flite || m_current == m_espeak);
}

void Voice::setLanguage(const QString& language)
{
    const QString wanted = language.isEmpty() ? SpokenText::interfaceLanguage() : language;
    if (wanted == m_language)
        return;
    m_language = wanted;
    chooseEngine();
}

void Voice::say(const QString& text)
{
    if (text.isEmpty())
        return;
    emit sentence(text);
    m_speech->sayNow(text);
}

void Voice::stop()
{
    m_speech->stop();
}

void Voice::setEnabled(bool enabled)
{
    if (!storeSetting(m_enabled, enabled, kEnabledKey))
        return;
    m_speech->setEnabled(m_enabled);
    emit enabledChanged(m_enabled);
}

void Voice::setRate(double rate)
{
    rate = std::clamp(rate, -1.0, 1.0);
    if (qFuzzyCompare(1.0 + rate, 1.0 + m_rate))
        return;
    m_rate = rate;
    QSettings().setValue(kRateKey, m_rate);
    m_speech->setRate(m_rate);
    emit rateChanged(m_rate);
}

void Voice::setEngine(const QString& engine)
{
    if (!storeSetting(m_engine, currentName(engine), kEngineKey))
        return;
    chooseEngine();
    emit engineChanged(m_engine);
}

void Voice::setOptions(const SpeechOptions& options)
{
    bool changed = false;
    changed |= storeSetting(m_options.instructions, options.instructions, kInstructionsKey);
    changed |= storeSetting(m_options.phaseNames, options.phaseNames, kPhaseNamesKey);
    changed |= storeSetting(m_options.poseAtGetReady, options.poseAtGetReady, kPoseAtGetReadyKey);
    changed |= storeSetting(m_options.sideChange, options.sideChange, kSideChangeKey);
    changed |= storeSetting(m_options.count, options.count, kCountKey);
    changed |= storeSetting(m_options.halfway, options.halfway, kHalfwayKey);
    if (changed)
        emit optionsChanged(m_options);
}

void Voice::chooseEngine()
{
    QStringList installed;
    for (const EngineChoice& choice : engineChoices())
        installed << choice.engine;
    // Checked first: QTextToSpeech with an unknown engine logs a critical message on its own.
    if (const QString problem = engineProblem(installed, m_engine); !problem.isEmpty()) {
        dropEngine(problem);
        return;
    }
    if (hasBuiltInVoice() && (m_engine.isEmpty() || m_engine == kEspeakEngine)) {
        if (!m_sound || !m_sound->isAvailable()) {
            dropEngine(tr("There is no working audio output, so the routine is not spoken."));
            return;
        }
        const bool flite = m_engine.isEmpty() && isEnglish(m_language);
        SpeechEngine* engine = builtInEngine(flite ? kFlite : kEspeakEngine);
        if (!engine->isWorking()) {
            dropEngine(tr("The built-in voice could not start: %1")
                           .arg(m_builtInProblems.value(engine->name())));
            return;
        }
        if (!engine->speaks(m_language)) {
            dropEngine(tr("The built-in voice has no voice for the language “%1”, so the "
                          "routine is not spoken.")
                           .arg(m_language));
            return;
        }
        useEngine(engine);
        return;
    }
    if (m_qtEngine && m_qtEngine->isWorking() &&
        (m_engine.isEmpty() || m_qtEngine->name() == m_engine)) {
        useEngine(m_qtEngine);
        return;
    }
    delete m_qtEngine;
    m_qtEngine = new QtSpeechEngine(m_engine, this);
    if (!m_qtEngine->problem().isEmpty()) {
        dropEngine(m_qtEngine->problem());
        return;
    }
    connect(m_qtEngine, &SpeechEngine::failed, this, [this](const QString& reason) {
        if (m_current == m_qtEngine)
            dropEngine(reason);
    });
    if (!m_qtEngine->speaks(m_language)) {
        dropEngine(tr("The speech engine “%1” has no voice for the language “%2”, so the "
                      "routine is not spoken.")
                       .arg(engineDisplayName(m_engine), m_language));
        return;
    }
    useEngine(m_qtEngine);
}

SpeechEngine* Voice::builtInEngine(const QString& name)
{
#ifdef UNCLUTCH_BUILTIN_VOICE
    SpeechEngine*& engine = name == kFlite ? m_flite : m_espeak;
    if (engine)
        return engine;
    if (name == kFlite)
        engine = new SynthesizingEngine(name, std::make_unique<FliteSynthesizer>(),
                                        {QStringLiteral("en")}, this);
    else
        engine = new SynthesizingEngine(name, std::make_unique<EspeakSynthesizer>(),
                                        {QStringLiteral("*")}, this);
    connect(engine, &SpeechEngine::failed, this, [this, engine](const QString& reason) {
        m_builtInProblems.insert(engine->name(), reason);
        if (engine == m_current)
            dropEngine(tr("The built-in voice could not start: %1").arg(reason));
    });
    // Loaded: now it knows its languages.
    connect(engine, &SpeechEngine::ready, this, [this, engine] {
        if (engine == m_current)
            chooseEngine();
    });
    return engine;
#else
    Q_UNUSED(name);
    return nullptr;
#endif
}

void Voice::useEngine(SpeechEngine* engine)
{
    m_current = engine;
    m_speech->setEngine(engine);
    m_availability.setAvailable();
}

void Voice::dropEngine(const QString& reason)
{
    m_current = nullptr;
    m_speech->setEngine(nullptr);
    m_availability.setUnavailable(reason);
}

void Voice::onAudioOutputsChanged()
{
    if (!isAvailable())
        chooseEngine();
}

} // namespace unclutch::app
