#include "sound_mixer.h"

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
    stopSpeech();
}

void SoundMixer::clear()
{
    m_voices.clear();
    m_speech.reset();
}

void SoundMixer::queueSpeech(const QByteArray& samples, Clock::time_point when)
{
    if (samples.size() < 2)
        return;
    if (!m_speech) {
        m_speech = Speech{samples, when + m_latency};
        return;
    }
    Speech& speech = *m_speech;
    if (speech.fadeFrom < 0 && speech.position > 0) {
        // Drop what has been heard, so a long session does not keep all it said.
        speech.samples.remove(0, 2 * speech.position);
        speech.position = 0;
    }
    speech.samples += samples;
}

void SoundMixer::stopSpeech()
{
    if (!m_speech)
        return;
    Speech& speech = *m_speech;
    if (!speech.started) {
        m_speech.reset();
        return;
    }
    if (speech.fadeFrom < 0) {
        speech.fadeFrom = speech.position;
        speech.fadeEnd = std::min(speech.samples.size() / 2, speech.position + kSpeechFadeFrames);
    }
    // Whatever was queued behind the fade goes too.
    speech.samples.truncate(2 * speech.fadeEnd);
}

void SoundMixer::mix(const char* samples, qsizetype from, qsizetype count, qsizetype at, float gain)
{
    for (qsizetype i = 0; i < count; ++i) {
        std::int16_t sample = 0;
        std::memcpy(&sample, samples + 2 * (from + i), 2);
        m_mix[static_cast<std::size_t>(at + i)] += static_cast<float>(sample) * gain;
    }
}

void SoundMixer::mixSpeech(qsizetype frames, qsizetype start)
{
    Speech& speech = *m_speech;
    const qsizetype count = std::min(frames - start, speech.samples.size() / 2 - speech.position);
    const char* data = speech.samples.constData();
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype frame = speech.position + i;
        std::int16_t sample = 0;
        std::memcpy(&sample, data + 2 * frame, 2);
        float gain = m_speechGain;
        if (speech.fadeFrom >= 0 && frame >= speech.fadeFrom && frame < speech.fadeEnd)
            gain *= 1.0F - static_cast<float>(frame - speech.fadeFrom) /
                               static_cast<float>(kSpeechFadeFrames);
        m_mix[static_cast<std::size_t>(start + i)] += static_cast<float>(sample) * gain;
    }
    speech.started = true;
    speech.position += count;
    if (speech.fadeFrom >= 0 && speech.position >= speech.fadeEnd) {
        // Faded out: what follows is a sentence queued since, heard in full.
        speech.fadeFrom = speech.fadeEnd = -1;
    }
    if (speech.position >= speech.samples.size() / 2)
        m_speech.reset();
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
        const qsizetype start = m_speech->started ? 0 : startIn(m_speech->due);
        if (start >= 0)
            mixSpeech(frames, start);
    }

    for (qsizetype i = 0; i < frames; ++i) {
        const float value = std::clamp(m_mix[static_cast<std::size_t>(i)], -32768.0F, 32767.0F);
        const auto sample = static_cast<std::int16_t>(value);
        std::memcpy(out + 2 * i, &sample, 2);
    }
}

} // namespace unclutch::app
