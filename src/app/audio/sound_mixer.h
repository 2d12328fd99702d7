#pragma once

#include <QByteArray>
#include <QList>

#include <chrono>
#include <optional>
#include <vector>

namespace unclutch::app {

// Mixes SoundPlayer's clips into the 16-bit mono samples of its one long-lived output stream, and
// renders silence when nothing plays, so the stream never runs dry.
//
// Why not a QSoundEffect per sound: in Qt 6.4 on PulseAudio a QSoundEffect opens a new stream
// for every play and stops it as soon as its data is written, not played; a 50 ms tick is shorter
// than PulseAudio's pre-buffer, so most ticks are flushed unheard (the sound check heard 7 of 20).
//
// Timing: a clip is not simply started in the next block rendered, which would make its delay
// depend on where in the feeding cycle play() happened (up to a whole feed period of jitter).
// Each trigger keeps the steady-clock time it was asked for, and render() places the clip at the
// sample that will sound exactly `latency` after that time, given when the block will be heard.
// Every sound thus comes the same constant latency after its call, to within a sample.
class SoundMixer {
public:
    using Clock = std::chrono::steady_clock;

    static constexpr int kSampleRate = 44100;
    // Overlapping voices beyond this drop the oldest: more would be noise, not information.
    static constexpr int kMaxVoices = 8;

    explicit SoundMixer(Clock::duration latency);

    // `samples` are 16-bit little-endian mono at kSampleRate; returns the clip's id.
    int addClip(const QByteArray& samples);
    void trigger(int clip, Clock::time_point when = Clock::now());
    // Silences everything: the clips at once, the speech with its fade (see stopSpeech()).
    void stopAll();
    // Forgets everything at once, the fade too: for a stream that is gone.
    void clear();
    // Linear gain, 0–1, applied to the clips while mixing so a change is heard at once.
    void setGain(float gain) { m_gain = gain; }
    int activeVoices() const { return static_cast<int>(m_voices.size()); }

    // Speech has a channel of its own: one sentence after another, at its own gain (a voice
    // stays audible when the clips are muted). `samples` as for addClip: they follow what is
    // still being said, or still fading out, without a gap; when nothing is, they start
    // `latency` after `when`.
    void queueSpeech(const QByteArray& samples, Clock::time_point when = Clock::now());
    // Ends the speech: what has begun to sound fades out over kSpeechFadeFrames instead of
    // stopping with a click; what has not is dropped.
    void stopSpeech();
    bool isSpeaking() const { return m_speech.has_value(); }
    void setSpeechGain(float gain) { m_speechGain = gain; }
    static constexpr qsizetype kSpeechFadeFrames = kSampleRate / 200; // 5 ms

    // Whether anything is sounding or due: clips or speech.
    bool isActive() const { return !m_voices.isEmpty() || isSpeaking(); }

    // Renders `frames` samples into `out` (16-bit little endian). The first of them will be
    // heard at `heardAt`: the caller knows how much it has queued in front of them.
    void render(char* out, qsizetype frames, Clock::time_point heardAt);

private:
    struct Voice {
        int clip = 0;
        Clock::time_point due;  // when its first sample should be heard
        qsizetype position = 0; // samples already rendered
    };

    struct Speech {
        QByteArray samples;
        Clock::time_point due;  // when its first sample should be heard
        qsizetype position = 0; // frames already rendered
        bool started = false;   // some of it has been rendered (heard)
        // Frames from fadeFrom to fadeEnd fade out to silence (stopSpeech()); what is queued
        // after fadeEnd follows at full gain. No fade while fadeFrom is negative.
        qsizetype fadeFrom = -1;
        qsizetype fadeEnd = -1;
    };

    // Adds `count` frames of `samples` from frame `from` into m_mix at `at`, times `gain`.
    void mix(const char* samples, qsizetype from, qsizetype count, qsizetype at, float gain);
    // Adds the speech into m_mix from frame `start` of a block of `frames`.
    void mixSpeech(qsizetype frames, qsizetype start);

    QList<QByteArray> m_clips;
    QList<Voice> m_voices;
    std::optional<Speech> m_speech;
    float m_speechGain = 1.0F;
    std::vector<float> m_mix; // one render's mix, kept to avoid an allocation per render
    Clock::duration m_latency;
    float m_gain = 1.0F;
};

} // namespace unclutch::app
