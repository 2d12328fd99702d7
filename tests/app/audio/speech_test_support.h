#pragma once

#include <QByteArray>

#include <cmath>
#include <cstring>
#include <vector>

#include "app/audio/sound_mixer.h"

// What the synthesiser tests measure in 16-bit mono samples at SoundMixer::kSampleRate.
namespace unclutch::test {

inline std::vector<qint16> samplesOf(const QByteArray& bytes)
{
    std::vector<qint16> samples(static_cast<std::size_t>(bytes.size() / 2));
    std::memcpy(samples.data(), bytes.constData(), samples.size() * 2);
    return samples;
}

inline double seconds(const QByteArray& bytes)
{
    return static_cast<double>(bytes.size() / 2) / app::SoundMixer::kSampleRate;
}

inline double rms(const std::vector<qint16>& samples)
{
    double sum = 0;
    for (const qint16 s : samples)
        sum += static_cast<double>(s) * s;
    return samples.empty() ? 0.0 : std::sqrt(sum / static_cast<double>(samples.size()));
}

} // namespace unclutch::test
