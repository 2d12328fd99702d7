#pragma once

#include <QByteArray>
#include <QList>

#include <chrono>
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
    void stopAll();
    // Linear gain, 0–1, applied while mixing so a change is heard at once.
    void setGain(float gain) { m_gain = gain; }
    int activeVoices() const { return static_cast<int>(m_voices.size()); }

    // Renders `frames` samples into `out` (16-bit little endian). The first of them will be
    // heard at `heardAt`: the caller knows how much it has queued in front of them.
    void render(char* out, qsizetype frames, Clock::time_point heardAt);

private:
    struct Voice {
        int clip = 0;
        Clock::time_point due;  // when its first sample should be heard
        qsizetype position = 0; // samples already rendered
    };

    QList<QByteArray> m_clips;
    QList<Voice> m_voices;
    std::vector<float> m_mix; // one render's mix, kept to avoid an allocation per render
    Clock::duration m_latency;
    float m_gain = 1.0F;
};

} // namespace unclutch::app
