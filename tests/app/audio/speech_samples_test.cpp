#include <QByteArray>

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <numbers>
#include <vector>

#include "app/audio/speech_samples.h"
#include "speech_test_support.h"

using unclutch::app::SpeechSamples;
using unclutch::test::rms;
using unclutch::test::samplesOf;

namespace {

int upwardZeroCrossings(const std::vector<qint16>& samples)
{
    int count = 0;
    for (std::size_t i = 1; i < samples.size(); ++i)
        count += samples[i - 1] < 0 && samples[i] >= 0 ? 1 : 0;
    return count;
}

} // namespace

TEST(SpeechSamples, SentencesAreCutAfterTheirEnds)
{
    EXPECT_EQ(SpeechSamples::sentences(
                  QStringLiteral("Lie on your back. Knees bent!  Breathe out: slowly; then rest?")),
              (QStringList{QStringLiteral("Lie on your back."), QStringLiteral("Knees bent!"),
                           QStringLiteral("Breathe out:"), QStringLiteral("slowly;"),
                           QStringLiteral("then rest?")}));
    EXPECT_EQ(SpeechSamples::sentences(QStringLiteral("Get ready: pigeon, left side")),
              (QStringList{QStringLiteral("Get ready:"), QStringLiteral("pigeon, left side")}));
    EXPECT_EQ(SpeechSamples::sentences(QStringLiteral("3.5 cm")),
              QStringList{QStringLiteral("3.5 cm")})
        << "a point inside a number ends nothing";
    EXPECT_TRUE(SpeechSamples::sentences(QStringLiteral("  \n ")).isEmpty());
}

TEST(SpeechSamples, KeepsTheLengthInTimeAndTheFrequency)
{
    // One second of a 440 Hz sine at 16 kHz, flite's rate.
    std::vector<qint16> sine(16000);
    for (std::size_t i = 0; i < sine.size(); ++i)
        sine[i] = static_cast<qint16>(
            10000 * std::sin(2 * std::numbers::pi * 440 * static_cast<double>(i) / 16000));
    const QByteArray out = SpeechSamples::resample(sine.data(), 16000, 16000, 44100);
    EXPECT_EQ(out.size() / 2, 44100);
    const auto samples = samplesOf(out);
    EXPECT_NEAR(upwardZeroCrossings(samples), 440, 1);
    EXPECT_NEAR(rms(samples), 10000 / std::numbers::sqrt2, 100);
    EXPECT_TRUE(SpeechSamples::resample(sine.data(), 0, 16000, 44100).isEmpty());
}

TEST(SpeechSamples, KeepsJustTheRiseBeforeAndAShortBreathAfter)
{
    QByteArray samples(2 * 1000, '\0');
    const qint16 loud = 5000;
    const qint16 faint = SpeechSamples::kSilence; // not above the threshold
    std::memcpy(samples.data() + 2 * 300, &loud, 2);
    std::memcpy(samples.data() + 2 * 600, &loud, 2);
    std::memcpy(samples.data() + 2 * 900, &faint, 2);
    const QByteArray trimmed = SpeechSamples::trimSilence(samples, 10, 100);
    ASSERT_EQ(trimmed.size() / 2, 10 + 301 + 100);
    const auto out = samplesOf(trimmed);
    EXPECT_EQ(out[10], loud);
    EXPECT_EQ(out[310], loud);
    EXPECT_EQ(SpeechSamples::trimSilence(samples, 5000, 5000), samples) << "never past the ends";
    EXPECT_TRUE(SpeechSamples::trimSilence(QByteArray(2 * 500, '\0'), 10, 100).isEmpty());
}
