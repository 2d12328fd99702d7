#include "flite_synthesizer.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "sound_mixer.h"

extern "C" {
#include <flite/flite.h>

// Exported by libflite_cmu_us_slt; flite's headers do not declare the voices.
cst_voice* register_cmu_us_slt(const char* voxdir);
}

namespace unclutch::app {

namespace {

using TextToWave = decltype(&flite_text_to_wave);
using DeleteWave = decltype(&delete_wave);
using SetFloat = decltype(&feat_set_float);
using Init = decltype(&flite_init);
using RegisterVoice = decltype(&register_cmu_us_slt);

// Debian's libflite1 (soname version 1): the library and the clearest of its US English voices.
const auto kFliteLibrary = QStringLiteral("flite");
const auto kVoiceLibrary = QStringLiteral("flite_cmu_us_slt");
constexpr int kLibraryVersion = 1;

} // namespace

bool FliteSynthesizer::load(QString* error)
{
    if (isLoaded())
        return true;
    const auto fail = [error](const QString& reason) {
        if (error)
            *error = reason;
        return false;
    };
    m_flite.setFileNameAndVersion(kFliteLibrary, kLibraryVersion);
    m_voiceLibrary.setFileNameAndVersion(kVoiceLibrary, kLibraryVersion);
    if (!m_flite.load())
        return fail(m_flite.errorString());
    if (!m_voiceLibrary.load())
        return fail(m_voiceLibrary.errorString());
    const auto init = reinterpret_cast<Init>(m_flite.resolve("flite_init"));
    const auto registerVoice =
        reinterpret_cast<RegisterVoice>(m_voiceLibrary.resolve("register_cmu_us_slt"));
    m_textToWave = m_flite.resolve("flite_text_to_wave");
    m_deleteWave = m_flite.resolve("delete_wave");
    m_setFloat = m_flite.resolve("feat_set_float");
    if (!init || !registerVoice || !m_textToWave || !m_deleteWave || !m_setFloat)
        return fail(QStringLiteral("libflite lacks a function this voice needs"));
    init();
    m_voice = registerVoice(nullptr);
    if (!m_voice)
        return fail(QStringLiteral("the voice cmu_us_slt could not be set up"));
    return true;
}

QByteArray FliteSynthesizer::synthesize(const QString& text, double rate)
{
    if (!isLoaded())
        return {};
    const QByteArray plain = plainText(text).trimmed();
    if (plain.isEmpty())
        return {};
    // Flite's pace is a stretch of every duration: 2 for half the speed, 0.5 for twice.
    const double stretch = std::pow(2.0, -std::clamp(rate, -1.0, 1.0));
    reinterpret_cast<SetFloat>(m_setFloat)(m_voice->features, "duration_stretch",
                                           static_cast<float>(stretch));
    cst_wave* wave = reinterpret_cast<TextToWave>(m_textToWave)(plain.constData(), m_voice);
    if (!wave)
        return {};
    QByteArray samples;
    if (wave->num_samples > 0 && wave->num_channels > 0 && wave->sample_rate > 0) {
        // Mono from the first channel; the voice has only one.
        std::vector<qint16> mono(static_cast<std::size_t>(wave->num_samples));
        for (int i = 0; i < wave->num_samples; ++i)
            mono[static_cast<std::size_t>(i)] = wave->samples[i * wave->num_channels];
        samples = trimSilence(resample(mono.data(), static_cast<qsizetype>(mono.size()),
                                       wave->sample_rate, SoundMixer::kSampleRate),
                              kKeptSilenceFrames);
    }
    reinterpret_cast<DeleteWave>(m_deleteWave)(wave);
    return samples;
}

QStringList FliteSynthesizer::sentences(const QString& text)
{
    static const QRegularExpression kAfterEnd(QStringLiteral("(?<=[.!?;:])\\s+"));
    QStringList pieces;
    for (const QString& piece : text.split(kAfterEnd, Qt::SkipEmptyParts)) {
        const QString trimmed = piece.trimmed();
        if (!trimmed.isEmpty())
            pieces << trimmed;
    }
    return pieces;
}

QByteArray FliteSynthesizer::plainText(const QString& text)
{
    QByteArray plain;
    plain.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x2018: // ‘ ’ ‚
        case 0x2019:
        case 0x201A:
            plain += '\'';
            break;
        case 0x201C: // “ ” „
        case 0x201D:
        case 0x201E:
            plain += '"';
            break;
        case 0x2013: // – — : a pause, as a comma
        case 0x2014:
            plain += ", ";
            break;
        case 0x2026: // …
            plain += "...";
            break;
        case 0x2192: // → reads as "to"
            plain += " to ";
            break;
        default:
            if (c.isSpace())
                plain += ' ';
            else if (c.unicode() < 0x100)
                plain += static_cast<char>(c.unicode());
            // Anything else (symbols, emoji) flite cannot read: left out.
            break;
        }
    }
    return plain;
}

QByteArray FliteSynthesizer::resample(const qint16* samples, qsizetype count, int fromRate,
                                      int toRate)
{
    if (count <= 0 || fromRate <= 0 || toRate <= 0)
        return {};
    const qsizetype outCount =
        static_cast<qsizetype>(static_cast<double>(count) * toRate / fromRate + 0.5);
    QByteArray out(outCount * 2, Qt::Uninitialized);
    const auto at = [&](qsizetype i) {
        return static_cast<double>(samples[std::clamp<qsizetype>(i, 0, count - 1)]);
    };
    const double step = static_cast<double>(fromRate) / toRate;
    for (qsizetype i = 0; i < outCount; ++i) {
        const double t = static_cast<double>(i) * step;
        const auto k = static_cast<qsizetype>(t);
        const double f = t - static_cast<double>(k);
        const double p0 = at(k - 1);
        const double p1 = at(k);
        const double p2 = at(k + 1);
        const double p3 = at(k + 2);
        const double value =
            p1 + 0.5 * f *
                     (p2 - p0 +
                      f * (2.0 * p0 - 5.0 * p1 + 4.0 * p2 - p3 + f * (3.0 * (p1 - p2) + p3 - p0)));
        const auto sample = static_cast<qint16>(std::clamp(std::lround(value), -32768L, 32767L));
        std::memcpy(out.data() + 2 * i, &sample, 2);
    }
    return out;
}

QByteArray FliteSynthesizer::trimSilence(const QByteArray& samples, qsizetype keepFrames)
{
    const qsizetype frames = samples.size() / 2;
    const auto loud = [&](qsizetype frame) {
        qint16 sample = 0;
        std::memcpy(&sample, samples.constData() + 2 * frame, 2);
        return sample > kSilence || sample < -kSilence;
    };
    qsizetype first = 0;
    while (first < frames && !loud(first))
        ++first;
    if (first == frames)
        return {};
    qsizetype last = frames - 1;
    while (!loud(last))
        --last;
    const qsizetype from = std::max<qsizetype>(0, first - keepFrames);
    const qsizetype to = std::min(frames, last + 1 + keepFrames);
    return samples.mid(2 * from, 2 * (to - from));
}

} // namespace unclutch::app
