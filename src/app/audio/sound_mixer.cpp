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
}

void SoundMixer::render(char* out, qsizetype frames, Clock::time_point heardAt)
{
    if (frames <= 0)
        return;
    m_mix.assign(static_cast<std::size_t>(frames), 0.0F);
    for (Voice& voice : m_voices) {
        qsizetype start = 0;
        if (voice.position == 0) {
            // Not started yet: where in this block is it due? Before the block (a late call):
            // at once. After the block: a later render's job.
            const auto ahead = std::chrono::duration<double>(voice.due - heardAt).count();
            start = std::max<qsizetype>(0, static_cast<qsizetype>(ahead * kSampleRate + 0.5));
            if (start >= frames)
                continue;
        }
        const QByteArray& clip = m_clips.at(voice.clip);
        const qsizetype count = std::min(frames - start, clip.size() / 2 - voice.position);
        const char* from = clip.constData() + 2 * voice.position;
        for (qsizetype i = 0; i < count; ++i) {
            std::int16_t sample = 0;
            std::memcpy(&sample, from + 2 * i, 2);
            m_mix[static_cast<std::size_t>(start + i)] += static_cast<float>(sample);
        }
        voice.position += count;
    }
    m_voices.removeIf(
        [this](const Voice& voice) { return voice.position >= m_clips.at(voice.clip).size() / 2; });

    for (qsizetype i = 0; i < frames; ++i) {
        const float value =
            std::clamp(m_mix[static_cast<std::size_t>(i)] * m_gain, -32768.0F, 32767.0F);
        const auto sample = static_cast<std::int16_t>(value);
        std::memcpy(out + 2 * i, &sample, 2);
    }
}

} // namespace unclutch::app
