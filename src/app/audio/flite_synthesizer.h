#pragma once

#include <QByteArray>
#include <QLibrary>
#include <QString>
#include <QStringList>

struct cst_voice_struct;

namespace unclutch::app {

// CMU Flite, the synthesiser behind Qt's own flite plug-in, driven directly: text in, 16-bit
// mono samples at SoundMixer::kSampleRate out, for SoundPlayer's stream.
//
// Why not QTextToSpeech's flite engine: in Qt 6.4 it plays through a QAudioSink of its own that
// gives up a sentence whenever PulseAudio takes less than a whole chunk ("Audio streaming
// error.") and deletes that sink inside flite's callback, which crashed the app at the end of a
// session. Synthesising here and mixing into the one stream that already carries the ticks keeps
// every sentence and puts the voice on the same clock as the sounds.
//
// The library and its US English voice (cmu_us_slt) are loaded at run time from Debian's
// libflite1, so a machine without them still runs the app, only without this voice. Not
// thread-safe: one synthesiser belongs to one thread (FliteSpeech's worker).
class FliteSynthesizer {
public:
    FliteSynthesizer() = default;
    FliteSynthesizer(const FliteSynthesizer&) = delete;
    FliteSynthesizer& operator=(const FliteSynthesizer&) = delete;

    // Loads libflite and the voice. False, with the reason in `error`, when they cannot be.
    bool load(QString* error);
    bool isLoaded() const { return m_voice != nullptr; }

    // The speech for `text` at `rate` (−1 slowest … 0 normal … 1 fastest: half to twice the
    // voice's pace), as 16-bit mono samples at SoundMixer::kSampleRate. Empty when not loaded or
    // nothing can be said.
    QByteArray synthesize(const QString& text, double rate);

    // `text` cut after each sentence's end (. ! ? ; :), so the first can be heard while the next
    // is synthesised. Never empty pieces.
    static QStringList sentences(const QString& text);
    // What flite can read: plain ASCII punctuation for typographic quotes, dashes and ellipses,
    // Latin-1 for the rest (flite reads bytes).
    static QByteArray plainText(const QString& text);
    // `count` 16-bit samples at `fromRate` to 16-bit samples at `toRate` (Catmull–Rom
    // interpolation: smooth enough for speech, cheap enough for a worker thread).
    static QByteArray resample(const qint16* samples, qsizetype count, int fromRate, int toRate);
    // 16-bit `samples` with at most `keepFrames` of silence (below kSilence) before the first
    // sound and after the last; empty when there is no sound at all. Flite pads every utterance
    // with about a quarter of a second of silence at each end: a sentence would start that much
    // after its moment, and two sentences would have half a second between them.
    static QByteArray trimSilence(const QByteArray& samples, qsizetype keepFrames);
    static constexpr qint16 kSilence = 256; // about −42 dBFS
    // The silence kept at either end of a sentence: a short breath between two.
    static constexpr qsizetype kKeptSilenceFrames = 2205; // 50 ms

private:
    QLibrary m_flite;
    QLibrary m_voiceLibrary;
    cst_voice_struct* m_voice = nullptr;
    // flite_text_to_wave, delete_wave and feat_set_float, typed in the .cpp from flite's header.
    QFunctionPointer m_textToWave = nullptr;
    QFunctionPointer m_deleteWave = nullptr;
    QFunctionPointer m_setFloat = nullptr;
};

} // namespace unclutch::app
