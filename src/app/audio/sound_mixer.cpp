#include "audio/sound_mixer.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace unclutch::app {

SoundMixer::SoundMixer(Clock::duration latency)
    : m_latency(latency)
{
}

int SoundMixer::addClip(const QByteArray& samples)
{
    m_clips.append(samples);
    return static_cast<int>(m_clips.size() - 1);
}

void SoundMixer::trigger(int clip, Clock::time_point when)
{
    if (clip < 0 || clip >= m_clips.size())
        return;
    if (m_voices.size() >= kMaxVoices)
        m_voices.removeFirst();
    m_voices.append({clip, when + m_latency, 0});
}

void SoundMixer::stopAll()
{
    m_voices.clear();
    m_speech.reset();
}

void SoundMixer::queueSpeech(const QByteArray& samples, Clock::time_point when)
{
    if (samples.size() < 2)
        return;
    if (m_speech && m_speech->fadeFrom < 0) {
        // Drop what has been heard, keep what has not, add the rest.
        m_speech->samples = m_speech->samples.mid(2 * m_speech->position) + samples;
        m_speech->position = 0;
        return;
    }
    m_speech = Speech{samples, when + m_latency, 0, -1};
}

void SoundMixer::stopSpeech()
{
    if (!m_speech)
        return;
    if (m_speech->position == 0) {
        // Not heard yet: nothing to fade.
        m_speech.reset();
        return;
    }
    if (m_speech->fadeFrom >= 0)
        return;
    m_speech->fadeFrom = m_speech->position;
    m_speech->samples.truncate(
        2 * std::min(m_speech->samples.size() / 2, m_speech->position + kSpeechFadeFrames));
}

void SoundMixer::mix(const char* samples, qsizetype from, qsizetype count, qsizetype at, float gain,
                     qsizetype fadeFrom)
{
    for (qsizetype i = 0; i < count; ++i) {
        std::int16_t sample = 0;
        std::memcpy(&sample, samples + 2 * (from + i), 2);
        float value = static_cast<float>(sample) * gain;
        if (fadeFrom >= 0) {
            const auto faded = static_cast<float>(from + i - fadeFrom);
            value *= std::max(0.0F, 1.0F - faded / static_cast<float>(kSpeechFadeFrames));
        }
        m_mix[static_cast<std::size_t>(at + i)] += value;
    }
}

void SoundMixer::render(char* out, qsizetype frames, Clock::time_point heardAt)
{
    if (frames <= 0)
        return;
    m_mix.assign(static_cast<std::size_t>(frames), 0.0F);
    // Where in this block a sound due at `due` starts: before the block (a late call) at once;
    // after the block, not in this one (-1).
    const auto startIn = [&](Clock::time_point due) -> qsizetype {
        const auto ahead = std::chrono::duration<double>(due - heardAt).count();
        const auto start =
            std::max<qsizetype>(0, static_cast<qsizetype>(ahead * kSampleRate + 0.5));
        return start < frames ? start : -1;
    };
    for (Voice& voice : m_voices) {
        const qsizetype start = voice.position == 0 ? startIn(voice.due) : 0;
        if (start < 0)
            continue;
        const QByteArray& clip = m_clips.at(voice.clip);
        const qsizetype count = std::min(frames - start, clip.size() / 2 - voice.position);
        mix(clip.constData(), voice.position, count, start, m_gain);
        voice.position += count;
    }
    m_voices.removeIf(
        [this](const Voice& voice) { return voice.position >= m_clips.at(voice.clip).size() / 2; });

    if (m_speech) {
        Speech& speech = *m_speech;
        const qsizetype start = speech.position == 0 ? startIn(speech.due) : 0;
        if (start >= 0) {
            const qsizetype count =
                std::min(frames - start, speech.samples.size() / 2 - speech.position);
            mix(speech.samples.constData(), speech.position, count, start, m_speechGain,
                speech.fadeFrom);
            speech.position += count;
            if (speech.position >= speech.samples.size() / 2)
                m_speech.reset();
        }
    }

    for (qsizetype i = 0; i < frames; ++i) {
        const float value = std::clamp(m_mix[static_cast<std::size_t>(i)], -32768.0F, 32767.0F);
        const auto sample = static_cast<std::int16_t>(value);
        std::memcpy(out + 2 * i, &sample, 2);
    }
}

} // namespace unclutch::app
