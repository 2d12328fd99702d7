#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace unclutch::app {

// A speech synthesiser library driven directly (CMU Flite, eSpeak NG): text in, 16-bit mono
// samples at SoundMixer::kSampleRate out, for SoundPlayer's stream. Neither library is
// thread-safe, so one synthesiser belongs to one thread: SynthesizingEngine's worker makes it,
// loads it and uses it there.
class Synthesizer {
public:
    virtual ~Synthesizer() = default;

    // Loads the library and its voices: the reason they cannot be, or an empty string.
    virtual QString load() = 0;
    // The languages it has a voice for (BCP 47 tags, lower case: "en", "de", "en-gb"), once
    // loaded.
    virtual QStringList languages() const = 0;
    // The speech for `text` in `language` at `rate` (−1 slowest … 0 normal … 1 fastest: half
    // to twice the voice's pace), its padding of silence trimmed. Empty when not loaded, when
    // there is no voice for `language`, or when there is nothing to say.
    virtual QByteArray synthesize(const QString& text, const QString& language, double rate) = 0;
};

} // namespace unclutch::app
