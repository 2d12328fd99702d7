#pragma once

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <chrono>
#include <optional>
#include <utility>
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

    // Speech has a channel of its own, at its own gain (a voice stays audible when the clips are
    // muted): sentences placed, like the clips, `latency` after their `when`, so a sentence made
    // ahead of its moment starts on it to the sample. A sentence that begins while another sounds
    // fades that one out over kSpeechFadeFrames: the newest moment is the one that matters.
    // `samples` as for addClip; `id` names the sentence in takeSpeechStarts().
    void scheduleSpeech(quint64 id, const QByteArray& samples,
                        Clock::time_point when = Clock::now());
    // Drops every sentence that has not begun; what sounds goes on.
    void cancelPendingSpeech();
    // Ends the speech: what sounds fades out over kSpeechFadeFrames instead of stopping with a
    // click; what has not begun is dropped.
    void stopSpeech();
    bool isSpeaking() const { return !m_speech.isEmpty(); }
    void setSpeechGain(float gain) { m_speechGain = gain; }
    static constexpr qsizetype kSpeechFadeFrames = kSampleRate / 200; // 5 ms

    // The sentences whose first sample the renders since the last call placed, in order.
    QList<quint64> takeSpeechStarts() { return std::exchange(m_speechStarts, {}); }

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
        quint64 id = 0;
        QByteArray samples;
        Clock::time_point due;  // when its first sample should be heard
        qsizetype position = 0; // frames already rendered
        // When its first sample is heard, once it has begun.
        std::optional<Clock::time_point> heardFrom;
        // A later sentence begins then: this one fades out from there.
        std::optional<Clock::time_point> cutAt;
        // The frame of its own from which it fades out; negative while not known.
        qsizetype fadeFrom = -1;

        qsizetype frames() const { return samples.size() / 2; }
        // Its last frame to be rendered, plus one: its end, or the end of its fade.
        qsizetype endFrame() const
        {
            return fadeFrom < 0 ? frames() : std::min(frames(), fadeFrom + kSpeechFadeFrames);
        }
    };

    // Adds `count` frames of `samples` from frame `from` into m_mix at `at`, times `gain`.
    void mix(const char* samples, qsizetype from, qsizetype count, qsizetype at, float gain);
    // Adds `speech` into m_mix from frame `start` of a block of `frames` heard from `heardAt`.
    void mixSpeech(Speech& speech, qsizetype frames, qsizetype start, Clock::time_point heardAt);

    QList<QByteArray> m_clips;
    QList<Voice> m_voices;
    QList<Speech> m_speech; // in the order of their due times
    QList<quint64> m_speechStarts;
    float m_speechGain = 1.0F;
    std::vector<float> m_mix; // one render's mix, kept to avoid an allocation per render
    Clock::duration m_latency;
    float m_gain = 1.0F;
};

} // namespace unclutch::app
