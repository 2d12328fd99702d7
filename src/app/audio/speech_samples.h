#pragma once

#include <QByteArray>
#include <QStringList>

namespace unclutch::app {

// What every built-in synthesiser does to its output before it is mixed: one sample rate, and
// no padding of silence at the ends.
class SpeechSamples {
public:
    // `text` cut after each sentence's end (. ! ? ; :), so each piece can be synthesised alone
    // and its padding trimmed. Never empty pieces.
    static QStringList sentences(const QString& text);
    // `count` 16-bit samples at `fromRate` to 16-bit samples at `toRate` (Catmull–Rom
    // interpolation: smooth enough for speech, cheap enough for a worker thread).
    static QByteArray resample(const qint16* samples, qsizetype count, int fromRate, int toRate);
    // 16-bit `samples` with at most `leadFrames` of silence (below kSilence) before the first
    // sound and `tailFrames` after the last; empty when there is no sound at all. Synthesisers
    // pad an utterance with up to a quarter of a second of silence at each end: a sentence would
    // start that much after its moment, and two sentences would have half a second between them.
    static QByteArray trimSilence(const QByteArray& samples, qsizetype leadFrames,
                                  qsizetype tailFrames);
    static constexpr qint16 kSilence = 256; // about −42 dBFS
    // Before the first sound: just enough for its rise, so a sentence is heard on its moment.
    static constexpr qsizetype kLeadFrames = 220; // 5 ms at 44.1 kHz
    // After the last: a short breath before the next sentence of the same text.
    static constexpr qsizetype kTailFrames = 4410; // 100 ms
};

} // namespace unclutch::app
