#pragma once

#include <QAudioDevice>
#include <QAudioFormat>
#include <QList>
#include <QMediaDevices>
#include <QObject>
#include <QString>
#include <QTimer>

#include <QtMultimedia/qaudio.h>

#include <optional>

#include "availability.h"
#include "sound_mixer.h"
#include "speech_output.h"

class QAudioSink;
class QIODevice;

namespace unclutch::app {

// Plays the routine's sounds: the beat, the accented first beat of a cycle, a tone per phase,
// the get-ready and step-start chimes and the end sound.
//
// Every sound is decoded once, at construction, into a SoundMixer; one output stream (a
// QAudioSink in push mode) stays open while there is an output, and a precise timer keeps its
// small buffer topped up with the mix. A play slot only adds a voice to the mixer, which places
// it so that it sounds a constant kLatencyMs after the call. (Qt 6.4's QSoundEffect loses most
// short sounds on PulseAudio, and its pull mode only takes whole 20 ms periods: see
// sound_mixer.h.)
//
// The player watches QMediaDevices itself, because Qt reports no error when there is nothing to
// play to: with no output it emits unavailable() once, and every play slot does nothing until an
// output appears (then available() is emitted and the stream is opened on the new default
// output, with that device set explicitly). A stream that fails to open is reported the same way.
//
// It is also where the built-in voices are heard (SpeechOutput): their sentences are mixed into
// the same stream, on the same clock as the sounds.
//
// Owns its settings: "sound/volume" (0–100) and "sound/muted".
class SoundPlayer : public QObject, public SpeechOutput {
    Q_OBJECT
    Q_PROPERTY(int volume READ volume WRITE setVolume NOTIFY volumeChanged)
    Q_PROPERTY(bool muted READ isMuted WRITE setMuted NOTIFY mutedChanged)

public:
    // The phase tones on disk: phases 0 to kPhaseTones − 1 (the format allows 8 phases).
    static constexpr int kPhaseTones = 8;
    static constexpr int kDefaultVolume = 70;
    // The output stream's buffer: short, so a sound is heard soon after its call, yet long
    // enough that a busy moment in the event loop does not starve the stream.
    static constexpr int kBufferMs = 20;
    // How often the buffer is topped up.
    static constexpr int kFeedMs = 5;
    // From a play slot's call to its sound leaving the stream: the buffer and one feed period,
    // so that every sound can be placed exactly, none late.
    static constexpr int kLatencyMs = kBufferMs + kFeedMs;
    // How long a stream that is not wanted stays open after its last sound ended.
    static constexpr int kIdleCloseMs = 500;

    explicit SoundPlayer(QObject* parent = nullptr);
    ~SoundPlayer() override;

    // The compiled-in sound files (":/sounds/tick.wav", …), in the order the player loads them.
    static QStringList resourceFiles();

    int volume() const { return m_volume; }
    bool isMuted() const { return m_muted; }

    // True while there is an audio output to play to.
    bool isAvailable() const { return m_availability.isAvailable(); }
    // Why the player is unavailable, for a status line; empty while available.
    QString unavailableReason() const { return m_availability.reason(); }
    // The output the sounds play to; null while unavailable.
    QAudioDevice device() const { return m_device; }
    // The format of every sound and of the stream: 16-bit mono at 44.1 kHz.
    static QAudioFormat format();

public slots:
    void playBeat(bool accent);
    // Phases past the last tone wrap around: a ninth phase cannot occur in a valid routine.
    void playPhase(int phaseIndex);
    void playGetReady();
    void playStepStart();
    void playEnd();
    // Silences whatever is sounding now, e.g. when the session is paused or stopped: the sounds
    // at once, the speech with a 5 ms fade.
    void stopAll();

    // Whether the output stream should stay open, ready to sound on time (a session is running).
    // While not wanted (the library, a pause, the end), the stream is closed once nothing has
    // sounded for kIdleCloseMs, so an idle app neither wakes every kFeedMs nor streams silence;
    // a sound asked for then opens it again (and is placed kLatencyMs after that). Wanted by
    // default.
    void setStreamWanted(bool wanted);
    // True once the output stream plays: it has taken more than its buffer holds, so from then
    // on a sound is heard on time. (PulseAudio takes up to a second or two to start a new
    // stream on a busy machine.)
    bool isStreaming() const;
    // True while speech is scheduled or sounding.
    bool isSpeaking() const { return m_mixer.isSpeaking(); }

    // SpeechOutput: the built-in voices' sentences, heard at their moments a constant kLatencyMs
    // after the `when` they are scheduled for. They follow the volume but not the mute, which is
    // for the sounds (the voice has its own switch). Nothing happens while unavailable.
    bool canSpeak() const override { return isAvailable(); }
    void scheduleSpeech(quint64 id, const QByteArray& samples,
                        SoundMixer::Clock::time_point when) override;
    void cancelPendingSpeech() override;
    // Ends the speech: a 5 ms fade, heard after what is already in the stream's buffer.
    void stopSpeech() override;
    void setSpeechStartedHandler(StartedHandler handler) override;

    // Clamped to 0–100 and saved.
    void setVolume(int volume);
    void setMuted(bool muted);

signals:
    void volumeChanged(int volume);
    void mutedChanged(bool muted);
    // Emitted once when the player finds itself without an output (also right after
    // construction, from the event loop, so whoever connects after `new` still hears it).
    void unavailable(const QString& reason);
    // Emitted when an output appears after unavailable().
    void available();
    // The output stream began to play (see isStreaming()).
    void streamStarted();

private:
    enum Sound { Tick, Accent, GetReady, StepStart, End, FirstPhase };

    void play(int sound);
    // Opens the stream if needed; false while there is no output to play to.
    bool ensureStream();
    void updateDevice();
    void openStream();
    void closeStream();
    void onSinkStateChanged(QAudio::State state);
    void feed();
    void setUnavailable(const QString& reason);
    void applyVolume();

    QMediaDevices* m_mediaDevices = nullptr;
    // Holds every sound, indexed by Sound (the phase tones from FirstPhase on).
    SoundMixer m_mixer;
    QAudioSink* m_sink = nullptr;
    QIODevice* m_stream = nullptr; // the sink's input, owned by the sink
    QTimer m_feedTimer;
    QByteArray m_block;
    // The stream's clock: when its first frame is heard, and how many frames it has been given.
    std::optional<SoundMixer::Clock::time_point> m_anchor;
    qint64 m_framesWritten = 0;
    QAudioDevice m_device;
    Availability m_availability;
    StartedHandler m_speechStarted;
    int m_volume = kDefaultVolume;
    bool m_muted = false;
    bool m_streamWanted = true;
    // Feeds in a row with nothing sounding, while the stream is not wanted.
    int m_silentFeeds = 0;
};

} // namespace unclutch::app
