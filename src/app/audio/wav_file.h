#pragma once

#include <QByteArray>
#include <QString>

namespace unclutch::app {

// Reads the sounds Unclutch ships: RIFF WAVE files made by scripts/make-sounds.sh.
class WavFile {
public:
    // The samples of the WAV file at `path` when it is 16-bit PCM mono at `sampleRate`; empty
    // when it cannot be read or is in any other format.
    static QByteArray monoSamples(const QString& path, int sampleRate);
};

} // namespace unclutch::app
