#include <QByteArray>

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <numbers>
#include <vector>

#include "audio/flite_synthesizer.h"
#include "audio/sound_mixer.h"

using unclutch::app::FliteSynthesizer;
using unclutch::app::SoundMixer;

namespace {

std::vector<qint16> samplesOf(const QByteArray& bytes)
{
    std::vector<qint16> samples(static_cast<std::size_t>(bytes.size() / 2));
    std::memcpy(samples.data(), bytes.constData(), samples.size() * 2);
    return samples;
}

double seconds(const QByteArray& bytes)
{
    return static_cast<double>(bytes.size() / 2) / SoundMixer::kSampleRate;
}

double rms(const std::vector<qint16>& samples)
{
    double sum = 0;
    for (const qint16 s : samples)
        sum += static_cast<double>(s) * s;
    return samples.empty() ? 0.0 : std::sqrt(sum / static_cast<double>(samples.size()));
}

int upwardZeroCrossings(const std::vector<qint16>& samples)
{
    int count = 0;
    for (std::size_t i = 1; i < samples.size(); ++i)
        count += samples[i - 1] < 0 && samples[i] >= 0 ? 1 : 0;
    return count;
}

} // namespace

TEST(FliteText, SentencesAreCutAfterTheirEnds)
{
    EXPECT_EQ(FliteSynthesizer::sentences(
                  QStringLiteral("Lie on your back. Knees bent!  Breathe out: slowly; then rest?")),
              (QStringList{QStringLiteral("Lie on your back."), QStringLiteral("Knees bent!"),
                           QStringLiteral("Breathe out:"), QStringLiteral("slowly;"),
                           QStringLiteral("then rest?")}));
    EXPECT_EQ(FliteSynthesizer::sentences(QStringLiteral("Get ready: pigeon, left side")),
              (QStringList{QStringLiteral("Get ready:"), QStringLiteral("pigeon, left side")}));
    EXPECT_EQ(FliteSynthesizer::sentences(QStringLiteral("3.5 cm")),
              QStringList{QStringLiteral("3.5 cm")})
        << "a point inside a number ends nothing";
    EXPECT_TRUE(FliteSynthesizer::sentences(QStringLiteral("  \n ")).isEmpty());
}

TEST(FliteText, TypographyBecomesWhatFliteCanRead)
{
    EXPECT_EQ(FliteSynthesizer::plainText(QStringLiteral("“Tailbone up” – slowly… it’s fine")),
              QByteArray("\"Tailbone up\" ,  slowly... it's fine"));
    EXPECT_EQ(FliteSynthesizer::plainText(QStringLiteral("Pain 4 → 2")),
              QByteArray("Pain 4  to  2"));
    EXPECT_EQ(FliteSynthesizer::plainText(QStringLiteral("Ruhe 🙂 café")),
              QByteArray("Ruhe  caf\xe9"));
}

TEST(FliteResample, KeepsTheLengthInTimeAndTheFrequency)
{
    // One second of a 440 Hz sine at 16 kHz, flite's rate.
    std::vector<qint16> sine(16000);
    for (std::size_t i = 0; i < sine.size(); ++i)
        sine[i] = static_cast<qint16>(
            10000 * std::sin(2 * std::numbers::pi * 440 * static_cast<double>(i) / 16000));
    const QByteArray out = FliteSynthesizer::resample(sine.data(), 16000, 16000, 44100);
    EXPECT_EQ(out.size() / 2, 44100);
    const auto samples = samplesOf(out);
    EXPECT_NEAR(upwardZeroCrossings(samples), 440, 1);
    EXPECT_NEAR(rms(samples), 10000 / std::numbers::sqrt2, 100);
    EXPECT_TRUE(FliteSynthesizer::resample(sine.data(), 0, 16000, 44100).isEmpty());
}

TEST(FliteSynthesizer, SpeaksASentenceAtTheMixersRateAndHonoursTheRate)
{
    FliteSynthesizer flite;
    QString error;
    ASSERT_TRUE(flite.load(&error)) << error.toStdString() << " (Debian's libflite1)";
    EXPECT_TRUE(flite.isLoaded());

    const QString text = QStringLiteral("Get ready: pigeon, left side.");
    const QByteArray normal = flite.synthesize(text, 0.0);
    // Seven words: over half a second, under four.
    EXPECT_GT(seconds(normal), 0.5);
    EXPECT_LT(seconds(normal), 4.0);
    EXPECT_GT(rms(samplesOf(normal)), 300.0) << "speech, not silence";

    const QByteArray slow = flite.synthesize(text, -1.0);
    const QByteArray fast = flite.synthesize(text, 1.0);
    EXPECT_GT(seconds(slow), 1.6 * seconds(normal));
    EXPECT_LT(seconds(fast), 0.7 * seconds(normal));

    EXPECT_TRUE(flite.synthesize(QStringLiteral("  "), 0.0).isEmpty());
}

TEST(FliteSynthesizer, SaysNothingBeforeItIsLoaded)
{
    FliteSynthesizer flite;
    EXPECT_FALSE(flite.isLoaded());
    EXPECT_TRUE(flite.synthesize(QStringLiteral("Hello."), 0.0).isEmpty());
}
