#pragma once

#include <QByteArray>

#include <chrono>
#include <functional>

namespace unclutch::app {

// Where synthesised speech is heard: SoundPlayer's stream, or a test's fake. Every time is on
// the steady clock.
class SpeechOutput {
public:
    using Clock = std::chrono::steady_clock;
    // A sentence's first sample was handed to the audio stream at `handedAt`.
    using StartedHandler = std::function<void(quint64 id, Clock::time_point handedAt)>;

    virtual ~SpeechOutput() = default;

    // Whether there is a stream to speak into now.
    virtual bool canSpeak() const = 0;
    // `samples` (16-bit mono at SoundMixer::kSampleRate) heard from `when` on, a constant latency
    // later; a sentence that begins fades out the one sounding then.
    virtual void scheduleSpeech(quint64 id, const QByteArray& samples, Clock::time_point when) = 0;
    // Drops the sentences that have not begun; the one sounding goes on.
    virtual void cancelPendingSpeech() = 0;
    // Drops the sentences that have not begun and fades out the one sounding.
    virtual void stopSpeech() = 0;
    virtual void setSpeechStartedHandler(StartedHandler handler) = 0;
};

} // namespace unclutch::app
