#include "sound_mixer.h"

#include <cmath>
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
    stopSpeech();
}

void SoundMixer::clear()
{
    m_voices.clear();
    m_speech.clear();
    m_speechStarts.clear();
}

void SoundMixer::scheduleSpeech(quint64 id, const QByteArray& samples, Clock::time_point when)
{
    if (samples.size() < 2)
        return;
    Speech speech;
    speech.id = id;
    speech.samples = samples;
    speech.due = when + m_latency;
    const auto at = std::upper_bound(
        m_speech.begin(), m_speech.end(), speech.due,
        [](Clock::time_point due, const Speech& other) { return due < other.due; });
    // The sentences before it end where it begins; it ends where the next one begins.
    for (auto it = m_speech.begin(); it != at; ++it)
        it->cutAt = std::min(it->cutAt.value_or(speech.due), speech.due);
    if (at != m_speech.end())
        speech.cutAt = at->due;
    m_speech.insert(at, speech);
}

void SoundMixer::cancelPendingSpeech()
{
    m_speech.removeIf([](const Speech& speech) { return !speech.heardFrom; });
    // Nothing comes after what sounds now: it plays to its end, unless already fading.
    for (Speech& speech : m_speech) {
        if (!speech.cutAt)
            continue;
        speech.cutAt.reset();
        if (speech.fadeFrom > speech.position)
            speech.fadeFrom = -1;
    }
}

void SoundMixer::stopSpeech()
{
    m_speech.removeIf([](const Speech& speech) { return !speech.heardFrom; });
    for (Speech& speech : m_speech) {
        speech.cutAt.reset();
        if (speech.fadeFrom < 0 || speech.fadeFrom > speech.position)
            speech.fadeFrom = speech.position;
    }
}

void SoundMixer::mix(const char* samples, qsizetype from, qsizetype count, qsizetype at, float gain)
{
    for (qsizetype i = 0; i < count; ++i) {
        std::int16_t sample = 0;
        std::memcpy(&sample, samples + 2 * (from + i), 2);
        m_mix[static_cast<std::size_t>(at + i)] += static_cast<float>(sample) * gain;
    }
}

void SoundMixer::mixSpeech(Speech& speech, qsizetype frames, qsizetype start,
                           Clock::time_point heardAt)
{
    if (!speech.heardFrom) {
        speech.heardFrom =
            heardAt + std::chrono::duration_cast<Clock::duration>(
                          std::chrono::duration<double>(static_cast<double>(start) / kSampleRate));
        m_speechStarts.append(speech.id);
    }
    if (speech.fadeFrom < 0 && speech.cutAt) {
        const double into =
            std::chrono::duration<double>(*speech.cutAt - *speech.heardFrom).count();
        speech.fadeFrom =
            std::max(speech.position, static_cast<qsizetype>(std::lround(into * kSampleRate)));
    }
    const qsizetype count = std::min(frames - start, speech.endFrame() - speech.position);
    const char* data = speech.samples.constData();
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype frame = speech.position + i;
        std::int16_t sample = 0;
        std::memcpy(&sample, data + 2 * frame, 2);
        float gain = m_speechGain;
        if (speech.fadeFrom >= 0 && frame >= speech.fadeFrom)
            gain *= 1.0F - static_cast<float>(frame - speech.fadeFrom) /
                               static_cast<float>(kSpeechFadeFrames);
        m_mix[static_cast<std::size_t>(start + i)] += static_cast<float>(sample) * gain;
    }
    speech.position += std::max<qsizetype>(0, count);
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
    for (Speech& speech : m_speech) {
        const qsizetype start = speech.heardFrom ? 0 : startIn(speech.due);
        if (start >= 0)
            mixSpeech(speech, frames, start, heardAt);
    }
    m_speech.removeIf([](const Speech& speech) { return speech.position >= speech.endFrame(); });

    for (qsizetype i = 0; i < frames; ++i) {
        const float value = std::clamp(m_mix[static_cast<std::size_t>(i)], -32768.0F, 32767.0F);
        const auto sample = static_cast<std::int16_t>(value);
        std::memcpy(out + 2 * i, &sample, 2);
    }
}

} // namespace unclutch::app
