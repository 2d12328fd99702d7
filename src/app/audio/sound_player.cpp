#include "sound_player.h"

#include <QAudio>
#include <QAudioSink>
#include <QSettings>

#include <algorithm>
#include <utility>

#include "stored_setting.h"
#include "wav_file.h"

// Q_INIT_RESOURCE cannot be used inside a namespace. The library is static, so without this call
// the linker would drop the resource's object file: nothing else refers to it.
static void initSoundResources()
{
    Q_INIT_RESOURCE(sounds);
}

namespace unclutch::app {

namespace {

const auto kVolumeKey = QStringLiteral("sound/volume");
const auto kMutedKey = QStringLiteral("sound/muted");

} // namespace

QStringList SoundPlayer::resourceFiles()
{
    initSoundResources();
    // In the order of Sound, the phase tones last.
    QStringList files{QStringLiteral(":/sounds/tick.wav"), QStringLiteral(":/sounds/accent.wav"),
                      QStringLiteral(":/sounds/get-ready.wav"),
                      QStringLiteral(":/sounds/step-start.wav"),
                      QStringLiteral(":/sounds/end.wav")};
    for (int phase = 0; phase < kPhaseTones; ++phase)
        files << QStringLiteral(":/sounds/phase-%1.wav").arg(phase);
    return files;
}

QAudioFormat SoundPlayer::format()
{
    QAudioFormat format;
    format.setSampleRate(44100);
    format.setChannelConfig(QAudioFormat::ChannelConfigMono);
    format.setSampleFormat(QAudioFormat::Int16);
    return format;
}

SoundPlayer::SoundPlayer(QObject* parent)
    : QObject(parent)
    , m_mediaDevices(new QMediaDevices(this))
    , m_mixer(std::chrono::milliseconds(kLatencyMs))
    , m_availability(
          this, [this](const QString& reason) { emit unavailable(reason); },
          [this] { emit available(); })
{
    QSettings settings;
    m_volume = std::clamp(settings.value(kVolumeKey, kDefaultVolume).toInt(), 0, 100);
    m_muted = settings.value(kMutedKey, false).toBool();

    for (const QString& file : resourceFiles()) {
        // Made by scripts/make-sounds.sh in the stream's format and checked by the tests, so
        // anything else is a build defect: asserted, and an empty clip (silence) in release.
        const QByteArray samples = WavFile::monoSamples(file, SoundMixer::kSampleRate);
        Q_ASSERT_X(!samples.isEmpty(), "SoundPlayer",
                   "a sound is missing or not 16-bit mono 44.1 kHz");
        m_mixer.addClip(samples);
    }
    applyVolume();
    m_feedTimer.setTimerType(Qt::PreciseTimer);
    m_feedTimer.setInterval(kFeedMs);
    connect(&m_feedTimer, &QTimer::timeout, this, &SoundPlayer::feed);

    connect(m_mediaDevices, &QMediaDevices::audioOutputsChanged, this, &SoundPlayer::updateDevice);
    updateDevice();
}

SoundPlayer::~SoundPlayer()
{
    closeStream();
}

void SoundPlayer::playBeat(bool accent)
{
    play(accent ? Accent : Tick);
}

void SoundPlayer::playPhase(int phaseIndex)
{
    if (phaseIndex < 0)
        return;
    play(FirstPhase + phaseIndex % kPhaseTones);
}

void SoundPlayer::playGetReady()
{
    play(GetReady);
}

void SoundPlayer::playStepStart()
{
    play(StepStart);
}

void SoundPlayer::playEnd()
{
    play(End);
}

void SoundPlayer::stopAll()
{
    m_mixer.stopAll();
}

void SoundPlayer::scheduleSpeech(quint64 id, const QByteArray& samples,
                                 SoundMixer::Clock::time_point when)
{
    if (!ensureStream())
        return;
    m_mixer.scheduleSpeech(id, samples, when);
}

void SoundPlayer::cancelPendingSpeech()
{
    m_mixer.cancelPendingSpeech();
}

void SoundPlayer::stopSpeech()
{
    m_mixer.stopSpeech();
}

void SoundPlayer::setSpeechStartedHandler(StartedHandler handler)
{
    m_speechStarted = std::move(handler);
}

bool SoundPlayer::isStreaming() const
{
    return m_sink != nullptr && 2 * m_framesWritten > m_sink->bufferSize();
}

void SoundPlayer::setVolume(int volume)
{
    if (!storeSetting(m_volume, std::clamp(volume, 0, 100), kVolumeKey))
        return;
    applyVolume();
    emit volumeChanged(m_volume);
}

void SoundPlayer::setMuted(bool muted)
{
    if (!storeSetting(m_muted, muted, kMutedKey))
        return;
    applyVolume();
    emit mutedChanged(m_muted);
}

void SoundPlayer::setStreamWanted(bool wanted)
{
    if (wanted == m_streamWanted)
        return;
    m_streamWanted = wanted;
    m_silentFeeds = 0;
    if (wanted && isAvailable() && !m_sink)
        openStream();
}

void SoundPlayer::play(int sound)
{
    if (m_muted || !ensureStream())
        return;
    m_mixer.trigger(sound);
}

bool SoundPlayer::ensureStream()
{
    if (!isAvailable())
        return false;
    if (!m_sink)
        openStream();
    if (!m_sink)
        return false;
    m_silentFeeds = 0;
    return true;
}

void SoundPlayer::updateDevice()
{
    QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        const QList<QAudioDevice> outputs = QMediaDevices::audioOutputs();
        if (!outputs.isEmpty())
            device = outputs.first();
    }
    if (device.isNull()) {
        closeStream();
        m_device = QAudioDevice();
        setUnavailable(tr("No audio output was found, so the routine plays without sounds."));
        return;
    }
    if (device == m_device && (m_sink || (!m_streamWanted && isAvailable())))
        return;
    m_device = device;
    openStream();
}

void SoundPlayer::openStream()
{
    closeStream();
    if (!m_device.isFormatSupported(format())) {
        setUnavailable(tr("The audio output “%1” cannot play the routine's sounds.")
                           .arg(m_device.description()));
        return;
    }
    m_sink = new QAudioSink(m_device, format(), this);
    m_sink->setBufferSize(format().bytesForDuration(qint64{kBufferMs} * 1000));
    connect(m_sink, &QAudioSink::stateChanged, this, &SoundPlayer::onSinkStateChanged);
    m_stream = m_sink->start();
    if (!m_stream) {
        const QString description = m_device.description();
        closeStream();
        setUnavailable(tr("The audio output “%1” could not be opened, so the routine plays "
                          "without sounds.")
                           .arg(description));
        return;
    }
    feed();
    m_feedTimer.start();
    m_availability.setAvailable();
}

void SoundPlayer::closeStream()
{
    if (!m_sink)
        return;
    m_feedTimer.stop();
    m_sink->disconnect(this);
    m_sink->stop();
    // It may be inside its own stateChanged() right now.
    m_sink->deleteLater();
    m_sink = nullptr;
    m_stream = nullptr;
    m_anchor.reset();
    m_framesWritten = 0;
    // A stream opened later starts its own count: a stale one would close it at its first feed,
    // before the sound that opened it was mixed in.
    m_silentFeeds = 0;
    m_mixer.clear();
}

void SoundPlayer::feed()
{
    if (!m_sink || !m_stream)
        return;
    const qsizetype free = m_sink->bytesFree() / 2 * 2;
    if (free <= 0)
        return;
    const auto framesToTime = [](qint64 frames) {
        return std::chrono::duration_cast<Clock::duration>(
            std::chrono::duration<double>(static_cast<double>(frames) / SoundMixer::kSampleRate));
    };
    // When will this block be heard? What is still queued in front of it plays first, but the
    // sink only learns what the server has played in coarse steps, so "now + queued" is late by
    // up to a few ms, never early. The stream is a steadier clock: the block starts
    // m_framesWritten frames after the stream's first frame was heard (the anchor). The anchor
    // is the earliest estimate seen, and may creep later by at most kCreep per feed, which
    // follows an audio clock slower than steady_clock (200 ppm at a 5 ms feed, far beyond real
    // hardware); an underrun delays the stream for real and resets it.
    constexpr auto kCreep = std::chrono::microseconds(1);
    const qsizetype queued = std::max<qsizetype>(0, m_sink->bufferSize() - free);
    const Clock::time_point candidate =
        Clock::now() + framesToTime(queued / 2) - framesToTime(m_framesWritten);
    // Stale by more than the whole buffer cannot be: the stream fell behind (an underrun).
    const auto behind = std::chrono::milliseconds(kBufferMs);
    if (!m_anchor || candidate < *m_anchor || candidate - *m_anchor > behind)
        m_anchor = candidate;
    else
        *m_anchor += std::min<Clock::duration>(candidate - *m_anchor, kCreep);
    const Clock::time_point heardAt = *m_anchor + framesToTime(m_framesWritten);

    m_block.resize(free);
    m_mixer.render(m_block.data(), free / 2, heardAt);
    m_stream->write(m_block);
    const bool wasStreaming = isStreaming();
    m_framesWritten += free / 2;
    if (!wasStreaming && isStreaming())
        emit streamStarted();
    if (const QList<quint64> started = m_mixer.takeSpeechStarts();
        !started.isEmpty() && m_speechStarted) {
        const Clock::time_point handedAt = Clock::now();
        for (const quint64 id : started)
            m_speechStarted(id, handedAt);
    }

    if (m_streamWanted || m_mixer.isActive()) {
        m_silentFeeds = 0;
        return;
    }
    // The last sound's tail is still in the buffer: close only once it has been heard.
    if (++m_silentFeeds * kFeedMs >= kIdleCloseMs)
        closeStream();
}

void SoundPlayer::onSinkStateChanged(QAudio::State state)
{
    // Idle means an underrun (a busy moment): heard as a gap, and the next feed resumes the
    // stream, now later than its clock said. A stream that stops on its own or fails is gone
    // until the outputs change.
    if (!m_sink)
        return;
    if (state == QAudio::IdleState) {
        m_anchor.reset();
        return;
    }
    if (state != QAudio::StoppedState)
        return;
    if (m_sink->error() == QAudio::NoError || m_sink->error() == QAudio::UnderrunError)
        return;
    const QString description = m_device.description();
    closeStream();
    setUnavailable(tr("The audio output “%1” stopped working, so the routine plays without "
                      "sounds.")
                       .arg(description));
}

void SoundPlayer::setUnavailable(const QString& reason)
{
    m_mixer.clear();
    m_availability.setUnavailable(reason);
}

void SoundPlayer::applyVolume()
{
    // The slider is perceptual; the mixer wants a linear gain. Mute is for the sounds only.
    const float gain =
        QAudio::convertVolume(static_cast<float>(m_volume) / 100.0F, QAudio::LogarithmicVolumeScale,
                              QAudio::LinearVolumeScale);
    m_mixer.setGain(m_muted ? 0.0F : gain);
    m_mixer.setSpeechGain(gain);
}

} // namespace unclutch::app
