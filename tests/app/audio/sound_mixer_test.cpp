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
    mixer.scheduleSpeech(1, constantClip(2000, 441), called);
    ASSERT_TRUE(mixer.isSpeaking());
    const auto samples = render(mixer, 441, called + 20ms);
    EXPECT_EQ(samples.front(), 1000); // the speech at half gain, the muted clip adds nothing
    EXPECT_EQ(samples.back(), 1000);
    EXPECT_FALSE(mixer.isSpeaking());
    EXPECT_EQ(mixer.takeSpeechStarts(), QList<quint64>{1});
    EXPECT_TRUE(mixer.takeSpeechStarts().isEmpty());
}

TEST(SoundMixerSpeech, ASentenceMadeAheadStartsOnItsMomentToTheSample)
{
    SoundMixer mixer(25ms);
    const auto now = SoundMixer::Clock::now();
    // Scheduled half a second ahead of its moment, as SessionSpeech hands sentences out.
    mixer.scheduleSpeech(7, constantClip(300, 100), now + 500ms);
    EXPECT_EQ(firstNonZero(render(mixer, 441, now)), -1);
    EXPECT_TRUE(mixer.takeSpeechStarts().isEmpty());
    // The block heard from 520 ms on: the sentence begins 5 ms (220.5 frames) into it.
    const auto block = render(mixer, 441, now + 520ms);
    EXPECT_EQ(firstNonZero(block), 221);
    EXPECT_EQ(mixer.takeSpeechStarts(), QList<quint64>{7});
}

TEST(SoundMixerSpeech, ASentenceThatBeginsFadesOutTheOneStillSounding)
{
    SoundMixer mixer(0ms);
    const auto now = SoundMixer::Clock::now();
    mixer.scheduleSpeech(1, constantClip(100, 4410), now);
    // The next moment comes 200 frames in, while 4210 frames of the first are still to come.
    const auto second = now + std::chrono::duration_cast<SoundMixer::Clock::duration>(
                                  std::chrono::duration<double>(200.0 / SoundMixer::kSampleRate));
    mixer.scheduleSpeech(2, constantClip(1000, 300), second);
    const auto samples = render(mixer, 1000, now);
    EXPECT_EQ(samples[199], 100);
    EXPECT_EQ(samples[200], 1100) << "the first fades from where the second begins";
    EXPECT_LT(samples[200 + SoundMixer::kSpeechFadeFrames / 2], 1060);
    EXPECT_EQ(samples[200 + SoundMixer::kSpeechFadeFrames], 1000) << "faded out";
    EXPECT_EQ(samples[499], 1000);
    EXPECT_EQ(samples[500], 0);
    EXPECT_EQ(mixer.takeSpeechStarts(), (QList<quint64>{1, 2}));
    EXPECT_FALSE(mixer.isSpeaking());
}

TEST(SoundMixerSpeech, ASentenceScheduledBeforeAnotherEndsWhereThatOneBegins)
{
    SoundMixer mixer(0ms);
    const auto now = SoundMixer::Clock::now();
    const auto at = [now](int frame) {
        return now + std::chrono::duration_cast<SoundMixer::Clock::duration>(
                         std::chrono::duration<double>(frame * 1.0 / SoundMixer::kSampleRate));
    };
    mixer.scheduleSpeech(2, constantClip(1000, 300), at(400));
    mixer.scheduleSpeech(1, constantClip(100, 4410), at(100)); // made later, due earlier
    const auto samples = render(mixer, 1000, now);
    EXPECT_EQ(samples[99], 0);
    EXPECT_EQ(samples[100], 100);
    EXPECT_EQ(samples[399], 100);
    EXPECT_EQ(samples[400 + SoundMixer::kSpeechFadeFrames], 1000);
    EXPECT_EQ(samples[700], 0);
}

TEST(SoundMixerSpeech, StoppingFadesOutInFiveMillisecondsInsteadOfClicking)
{
    SoundMixer mixer(0ms);
    const auto now = SoundMixer::Clock::now();
    mixer.scheduleSpeech(1, constantClip(10000, 4410), now);
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
    mixer.scheduleSpeech(1, constantClip(1000, 441), now);
    EXPECT_TRUE(mixer.isActive());
    mixer.stopSpeech();
    EXPECT_FALSE(mixer.isSpeaking());
    EXPECT_EQ(firstNonZero(render(mixer, 2000, now)), -1);
    EXPECT_TRUE(mixer.takeSpeechStarts().isEmpty());
}

TEST(SoundMixerSpeech, CancellingDropsWhatIsToComeAndLetsTheSentenceSoundingEnd)
{
    SoundMixer mixer(0ms);
    const auto now = SoundMixer::Clock::now();
    mixer.scheduleSpeech(1, constantClip(100, 1000), now);
    mixer.scheduleSpeech(2, constantClip(1000, 1000), now + 10ms); // frame 441
    render(mixer, 100, now);
    mixer.cancelPendingSpeech();
    const auto rest = render(mixer, 1000, now + 100 * 1s / SoundMixer::kSampleRate);
    EXPECT_EQ(rest[500], 100) << "no longer cut where the cancelled one would have begun";
    EXPECT_EQ(rest[899], 100);
    EXPECT_EQ(rest[900], 0);
}

TEST(SoundMixerSpeech, StoppingJustAfterASentenceWasScheduledStillFades)
{
    SoundMixer mixer(0ms);
    const auto now = SoundMixer::Clock::now();
    mixer.scheduleSpeech(1, constantClip(10000, 4410), now);
    render(mixer, 100, now);
    mixer.scheduleSpeech(2, constantClip(10000, 4410), now + 1s); // the next sentence arrives
    mixer.stopSpeech();                                           // and at once a pause
    ASSERT_TRUE(mixer.isSpeaking());
    const auto tail = render(mixer, 441, now + 100 * 1s / SoundMixer::kSampleRate);
    EXPECT_EQ(tail[0], 10000) << "no click: the sound goes on into its fade";
    EXPECT_EQ(tail[SoundMixer::kSpeechFadeFrames], 0);
    EXPECT_FALSE(mixer.isSpeaking());
}

TEST(SoundMixerSpeech, StopAllCutsTheClipsAndFadesTheSpeechClearForgetsBoth)
{
    SoundMixer mixer(0ms);
    const int clip = mixer.addClip(constantClip(1000, 4410));
    const auto now = SoundMixer::Clock::now();
    mixer.trigger(clip, now);
    mixer.scheduleSpeech(1, constantClip(2000, 4410), now);
    render(mixer, 100, now);
    mixer.stopAll();
    EXPECT_EQ(mixer.activeVoices(), 0);
    const auto tail = render(mixer, 441, now);
    EXPECT_EQ(tail[0], 2000) << "the speech fades, the clip is gone";
    EXPECT_EQ(tail[SoundMixer::kSpeechFadeFrames], 0);

    mixer.trigger(clip, now);
    mixer.scheduleSpeech(2, constantClip(2000, 4410), now);
    render(mixer, 100, now);
    mixer.clear();
    EXPECT_FALSE(mixer.isActive());
    EXPECT_EQ(firstNonZero(render(mixer, 441, now)), -1);
}
