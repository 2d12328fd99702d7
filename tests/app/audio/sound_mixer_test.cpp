#include <QByteArray>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <cstring>
#include <vector>

#include "app/audio/sound_mixer.h"

using unclutch::app::SoundMixer;
using namespace std::chrono_literals;

namespace {

QByteArray constantClip(std::int16_t value, int frames)
{
    QByteArray bytes(frames * 2, Qt::Uninitialized);
    for (int i = 0; i < frames; ++i)
        std::memcpy(bytes.data() + 2 * i, &value, 2);
    return bytes;
}

std::vector<std::int16_t> render(SoundMixer& mixer, int frames, SoundMixer::Clock::time_point at)
{
    QByteArray bytes(frames * 2, Qt::Uninitialized);
    mixer.render(bytes.data(), frames, at);
    std::vector<std::int16_t> samples(static_cast<std::size_t>(frames));
    std::memcpy(samples.data(), bytes.constData(), bytes.size());
    return samples;
}

int firstNonZero(const std::vector<std::int16_t>& samples)
{
    for (std::size_t i = 0; i < samples.size(); ++i) {
        if (samples[i] != 0)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace

TEST(SoundMixer, RendersSilenceWhenNothingPlays)
{
    SoundMixer mixer(20ms);
    const auto samples = render(mixer, 441, SoundMixer::Clock::now());
    EXPECT_EQ(firstNonZero(samples), -1);
}

TEST(SoundMixer, PlacesAClipExactlyTheLatencyAfterItsCall)
{
    SoundMixer mixer(20ms);
    const int clip = mixer.addClip(constantClip(1000, 100));
    const auto called = SoundMixer::Clock::now();
    mixer.trigger(clip, called);
    // This block is heard 10 ms after the call: the clip is due 10 ms (441 frames) into it.
    const auto samples = render(mixer, 882, called + 10ms);
    EXPECT_EQ(firstNonZero(samples), 441);
    EXPECT_EQ(samples[441 + 99], 1000);
    EXPECT_EQ(samples[441 + 100], 0);
    EXPECT_EQ(mixer.activeVoices(), 0);
}

TEST(SoundMixer, AClipDueAfterTheBlockWaitsAndOneDueBeforeStartsAtOnce)
{
    SoundMixer mixer(20ms);
    const int clip = mixer.addClip(constantClip(1000, 10));
    const auto called = SoundMixer::Clock::now();
    mixer.trigger(clip, called);
    EXPECT_EQ(firstNonZero(render(mixer, 441, called)), -1); // due 20 ms in, block is 10 ms
    EXPECT_EQ(mixer.activeVoices(), 1);
    EXPECT_EQ(firstNonZero(render(mixer, 441, called + 50ms)), 0); // late: at once
}

TEST(SoundMixer, AClipContinuesAcrossBlocks)
{
    SoundMixer mixer(0ms);
    const int clip = mixer.addClip(constantClip(500, 300));
    const auto now = SoundMixer::Clock::now();
    mixer.trigger(clip, now);
    const auto first = render(mixer, 200, now);
    const auto second = render(mixer, 200, now + 200 * 1s / 44100);
    EXPECT_EQ(first[199], 500);
    EXPECT_EQ(second[99], 500);
    EXPECT_EQ(second[100], 0);
}

TEST(SoundMixer, MixesScalesAndSaturates)
{
    SoundMixer mixer(0ms);
    const int loud = mixer.addClip(constantClip(30000, 10));
    const auto now = SoundMixer::Clock::now();
    mixer.trigger(loud, now);
    mixer.trigger(loud, now);
    EXPECT_EQ(render(mixer, 10, now)[0], 32767);

    mixer.setGain(0.5F);
    mixer.trigger(loud, now);
    EXPECT_EQ(render(mixer, 10, now)[0], 15000);
}

TEST(SoundMixer, KeepsAtMostEightVoicesAndStopsAll)
{
    SoundMixer mixer(0ms);
    const int clip = mixer.addClip(constantClip(1, 1000));
    for (int i = 0; i < 20; ++i)
        mixer.trigger(clip);
    EXPECT_EQ(mixer.activeVoices(), SoundMixer::kMaxVoices);
    mixer.stopAll();
    EXPECT_EQ(mixer.activeVoices(), 0);
    mixer.trigger(-1);
    mixer.trigger(5);
    EXPECT_EQ(mixer.activeVoices(), 0);
}

TEST(SoundMixerSpeech, SpeechHasItsOwnGainSoMutedClipsLeaveItAudible)
{
    SoundMixer mixer(20ms);
    const int clip = mixer.addClip(constantClip(1000, 441));
    mixer.setGain(0.0F);
    mixer.setSpeechGain(0.5F);
    const auto called = SoundMixer::Clock::now();
    mixer.trigger(clip, called);
    mixer.queueSpeech(constantClip(2000, 441), called);
    ASSERT_TRUE(mixer.isSpeaking());
    const auto samples = render(mixer, 441, called + 20ms);
    EXPECT_EQ(samples.front(), 1000); // the speech at half gain, the muted clip adds nothing
    EXPECT_EQ(samples.back(), 1000);
    EXPECT_FALSE(mixer.isSpeaking());
}

TEST(SoundMixerSpeech, ASentenceQueuedWhileSpeakingFollowsWithoutAGap)
{
    SoundMixer mixer(0ms);
    const auto now = SoundMixer::Clock::now();
    mixer.queueSpeech(constantClip(100, 300), now);
    const auto first = render(mixer, 200, now);
    EXPECT_EQ(first.front(), 100);
    // The next sentence arrives while 100 frames of the first are still to come.
    mixer.queueSpeech(constantClip(200, 300), now + 1s);
    const auto rest = render(mixer, 500, now + 200 * 1s / SoundMixer::kSampleRate);
    EXPECT_EQ(rest[99], 100);
    EXPECT_EQ(rest[100], 200) << "placed right after the first, not a latency after its call";
    EXPECT_EQ(rest[399], 200);
    EXPECT_EQ(rest[400], 0);
    EXPECT_FALSE(mixer.isSpeaking());
}

TEST(SoundMixerSpeech, StoppingFadesOutInFiveMillisecondsInsteadOfClicking)
{
    SoundMixer mixer(0ms);
    const auto now = SoundMixer::Clock::now();
    mixer.queueSpeech(constantClip(10000, 4410), now);
    render(mixer, 100, now);
    mixer.stopSpeech();
    EXPECT_TRUE(mixer.isSpeaking()) << "the fade is still to be heard";
    const auto tail = render(mixer, 441, now + 100 * 1s / SoundMixer::kSampleRate);
    EXPECT_EQ(tail[0], 10000);
    EXPECT_GT(tail[SoundMixer::kSpeechFadeFrames / 2], 4000);
    EXPECT_LT(tail[SoundMixer::kSpeechFadeFrames / 2], 6000);
    for (qsizetype i = 1; i < SoundMixer::kSpeechFadeFrames; ++i)
        EXPECT_LE(tail[static_cast<std::size_t>(i)], tail[static_cast<std::size_t>(i - 1)]);
    EXPECT_EQ(firstNonZero(std::vector<std::int16_t>(tail.begin() + SoundMixer::kSpeechFadeFrames,
                                                     tail.end())),
              -1);
    EXPECT_FALSE(mixer.isSpeaking());
}

TEST(SoundMixerSpeech, SpeechNotYetHeardIsDroppedAtOnce)
{
    SoundMixer mixer(20ms);
    const auto now = SoundMixer::Clock::now();
    mixer.queueSpeech(constantClip(1000, 441), now);
    EXPECT_TRUE(mixer.isActive());
    mixer.stopSpeech();
    EXPECT_FALSE(mixer.isSpeaking());
    EXPECT_EQ(firstNonZero(render(mixer, 2000, now)), -1);
}

TEST(SoundMixerSpeech, StoppingJustAfterASentenceWasQueuedStillFades)
{
    SoundMixer mixer(0ms);
    const auto now = SoundMixer::Clock::now();
    mixer.queueSpeech(constantClip(10000, 4410), now);
    render(mixer, 100, now);
    mixer.queueSpeech(constantClip(10000, 4410), now); // the next sentence arrives
    mixer.stopSpeech();                                // and at once a pause
    ASSERT_TRUE(mixer.isSpeaking());
    const auto tail = render(mixer, 441, now + 100 * 1s / SoundMixer::kSampleRate);
    EXPECT_EQ(tail[0], 10000) << "no click: the sound goes on into its fade";
    EXPECT_EQ(tail[SoundMixer::kSpeechFadeFrames], 0);
    EXPECT_FALSE(mixer.isSpeaking());
}

TEST(SoundMixerSpeech, ASentenceQueuedDuringAFadeFollowsTheFade)
{
    SoundMixer mixer(0ms);
    const auto now = SoundMixer::Clock::now();
    mixer.queueSpeech(constantClip(10000, 4410), now);
    render(mixer, 100, now);
    mixer.stopSpeech();
    render(mixer, SoundMixer::kSpeechFadeFrames / 2, now); // halfway through the fade
    mixer.queueSpeech(constantClip(2000, 441), now);
    const auto rest = render(mixer, 1000, now);
    const qsizetype fadeLeft = SoundMixer::kSpeechFadeFrames - SoundMixer::kSpeechFadeFrames / 2;
    EXPECT_GT(rest[0], 4000) << "the fade goes on where it was";
    EXPECT_LT(rest[0], 6000);
    EXPECT_LT(rest[static_cast<std::size_t>(fadeLeft - 1)], 200);
    EXPECT_EQ(rest[static_cast<std::size_t>(fadeLeft)], 2000) << "then the new sentence, in full";
    EXPECT_EQ(rest[static_cast<std::size_t>(fadeLeft + 440)], 2000);
    EXPECT_EQ(rest[static_cast<std::size_t>(fadeLeft + 441)], 0);
}

TEST(SoundMixerSpeech, StopAllCutsTheClipsAndFadesTheSpeechClearForgetsBoth)
{
    SoundMixer mixer(0ms);
    const int clip = mixer.addClip(constantClip(1000, 4410));
    const auto now = SoundMixer::Clock::now();
    mixer.trigger(clip, now);
    mixer.queueSpeech(constantClip(2000, 4410), now);
    render(mixer, 100, now);
    mixer.stopAll();
    EXPECT_EQ(mixer.activeVoices(), 0);
    const auto tail = render(mixer, 441, now);
    EXPECT_EQ(tail[0], 2000) << "the speech fades, the clip is gone";
    EXPECT_EQ(tail[SoundMixer::kSpeechFadeFrames], 0);

    mixer.trigger(clip, now);
    mixer.queueSpeech(constantClip(2000, 4410), now);
    render(mixer, 100, now);
    mixer.clear();
    EXPECT_FALSE(mixer.isActive());
    EXPECT_EQ(firstNonZero(render(mixer, 441, now)), -1);
}
