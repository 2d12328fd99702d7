#include "espeak_synthesizer.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include <espeak-ng/speak_lib.h>

#include "sound_mixer.h"
#include "speech_samples.h"

namespace unclutch::app {

EspeakSynthesizer::~EspeakSynthesizer()
{
    if (m_sampleRate > 0)
        espeak_Terminate();
}

QString EspeakSynthesizer::load()
{
    if (m_sampleRate > 0)
        return {};
    // Synchronous: espeak_Synth returns once the whole text has passed through collect(), on
    // this thread; no audio device of its own.
    const int rate =
        espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
    if (rate <= 0)
        return QStringLiteral("eSpeak NG could not load its data (espeak-ng-data)");
    m_sampleRate = rate;
    espeak_SetSynthCallback([](short* samples, int count, espeak_EVENT* events) {
        return collect(samples, count, events);
    });
    // Each entry of a voice's `languages` is a priority byte and a NUL-terminated name; a
    // priority of 0 ends the list (and nothing follows it).
    for (const espeak_VOICE** voice = espeak_ListVoices(nullptr); voice && *voice; ++voice) {
        for (const char* entry = (*voice)->languages; entry && *entry != '\0';
             entry += std::strlen(entry + 1) + 2) {
            const QString language = QString::fromLatin1(entry + 1).toLower();
            if (!m_languages.contains(language))
                m_languages << language;
        }
    }
    return {};
}

QByteArray EspeakSynthesizer::synthesize(const QString& text, const QString& language, double rate)
{
    if (m_sampleRate <= 0)
        return {};
    const QString voice = voiceFor(language, m_languages);
    if (voice.isEmpty())
        return {};
    if (voice != m_voice) {
        espeak_VOICE wanted{};
        const QByteArray name = voice.toLatin1();
        wanted.languages = name.constData();
        if (espeak_SetVoiceByProperties(&wanted) != EE_OK)
            return {};
        m_voice = voice;
    }
    espeak_SetParameter(espeakRATE, wordsPerMinute(rate), 0);
    const QByteArray utf8 = text.trimmed().toUtf8();
    if (utf8.isEmpty())
        return {};
    m_collected.clear();
    const espeak_ERROR error = espeak_Synth(utf8.constData(), static_cast<size_t>(utf8.size()) + 1,
                                            0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, this);
    if (error != EE_OK || m_collected.empty())
        return {};
    return SpeechSamples::trimSilence(
        SpeechSamples::resample(m_collected.data(), static_cast<qsizetype>(m_collected.size()),
                                m_sampleRate, SoundMixer::kSampleRate),
        SpeechSamples::kLeadFrames, SpeechSamples::kTailFrames);
}

QString EspeakSynthesizer::voiceFor(const QString& language, const QStringList& languages)
{
    const QString tag = language.toLower();
    if (languages.contains(tag))
        return tag;
    const QString primary = tag.section(QLatin1Char('-'), 0, 0);
    return languages.contains(primary) ? primary : QString();
}

int EspeakSynthesizer::wordsPerMinute(double rate)
{
    const double words = espeakRATE_NORMAL * std::pow(2.0, std::clamp(rate, -1.0, 1.0));
    return std::clamp(static_cast<int>(std::lround(words)), espeakRATE_MINIMUM, espeakRATE_MAXIMUM);
}

int EspeakSynthesizer::collect(short* samples, int count, void* events)
{
    // The text's user data, handed to espeak_Synth, comes back with every event.
    auto* self = static_cast<EspeakSynthesizer*>(static_cast<espeak_EVENT*>(events)->user_data);
    if (self && samples && count > 0)
        self->m_collected.insert(self->m_collected.end(), samples, samples + count);
    return 0; // go on
}

} // namespace unclutch::app
