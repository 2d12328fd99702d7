#include "flite_synthesizer.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "sound_mixer.h"
#include "speech_samples.h"

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

QString FliteSynthesizer::load()
{
    if (isLoaded())
        return {};
    m_flite.setFileNameAndVersion(kFliteLibrary, kLibraryVersion);
    m_voiceLibrary.setFileNameAndVersion(kVoiceLibrary, kLibraryVersion);
    if (!m_flite.load())
        return m_flite.errorString();
    if (!m_voiceLibrary.load())
        return m_voiceLibrary.errorString();
    const auto init = reinterpret_cast<Init>(m_flite.resolve("flite_init"));
    const auto registerVoice =
        reinterpret_cast<RegisterVoice>(m_voiceLibrary.resolve("register_cmu_us_slt"));
    m_textToWave = m_flite.resolve("flite_text_to_wave");
    m_deleteWave = m_flite.resolve("delete_wave");
    m_setFloat = m_flite.resolve("feat_set_float");
    if (!init || !registerVoice || !m_textToWave || !m_deleteWave || !m_setFloat)
        return QStringLiteral("libflite lacks a function this voice needs");
    init();
    m_voice = registerVoice(nullptr);
    if (!m_voice)
        return QStringLiteral("the voice cmu_us_slt could not be set up");
    return {};
}

QByteArray FliteSynthesizer::synthesize(const QString& text, const QString& language, double rate)
{
    if (!isLoaded() || !language.startsWith(QLatin1String("en")))
        return {};
    // Each sentence alone, so that its padding of silence can be trimmed to a short breath.
    QByteArray samples;
    for (const QString& sentence : SpeechSamples::sentences(text))
        samples += synthesizeSentence(sentence, rate);
    return samples;
}

QByteArray FliteSynthesizer::synthesizeSentence(const QString& text, double rate)
{
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
        samples = SpeechSamples::trimSilence(
            SpeechSamples::resample(mono.data(), static_cast<qsizetype>(mono.size()),
                                    wave->sample_rate, SoundMixer::kSampleRate),
            SpeechSamples::kLeadFrames, SpeechSamples::kTailFrames);
    }
    reinterpret_cast<DeleteWave>(m_deleteWave)(wave);
    return samples;
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

} // namespace unclutch::app
