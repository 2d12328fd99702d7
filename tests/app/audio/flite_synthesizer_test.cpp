#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <numbers>
#include <vector>

#include "app/audio/flite_speech.h"
#include "app/audio/flite_synthesizer.h"
#include "app/audio/sound_mixer.h"
#include "app/audio/sound_player.h"

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

TEST(FliteTrim, KeepsAShortBreathOfSilenceAtEachEnd)
{
    QByteArray samples(2 * 1000, '\0');
    const qint16 loud = 5000;
    const qint16 faint = FliteSynthesizer::kSilence; // not above the threshold
    std::memcpy(samples.data() + 2 * 300, &loud, 2);
    std::memcpy(samples.data() + 2 * 600, &loud, 2);
    std::memcpy(samples.data() + 2 * 900, &faint, 2);
    const QByteArray trimmed = FliteSynthesizer::trimSilence(samples, 100);
    ASSERT_EQ(trimmed.size() / 2, 100 + 301 + 100);
    const auto out = samplesOf(trimmed);
    EXPECT_EQ(out[100], loud);
    EXPECT_EQ(out[400], loud);
    EXPECT_EQ(FliteSynthesizer::trimSilence(samples, 5000), samples) << "never past the ends";
    EXPECT_TRUE(FliteSynthesizer::trimSilence(QByteArray(2 * 500, '\0'), 100).isEmpty());
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
    // Flite's quarter of a second of silence at each end is trimmed to a short breath.
    const auto speech = samplesOf(normal);
    const auto firstLoud = std::find_if(speech.begin(), speech.end(), [](qint16 s) {
        return std::abs(s) > FliteSynthesizer::kSilence;
    });
    EXPECT_LE(firstLoud - speech.begin(), FliteSynthesizer::kKeptSilenceFrames);

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

// The test main points PulseAudio at nothing: the sentences are made but not heard.
TEST(FliteSpeech, SpeaksUntilItsLastSentenceIsMadeAndStopsAtOnce)
{
    unclutch::app::SoundPlayer sound;
    unclutch::app::FliteSpeech speech(&sound);
    QSignalSpy failed(&speech, &unclutch::app::FliteSpeech::failed);
    speech.say(QStringLiteral("Lie on your back. Knees bent. Breathe out."), 0.0);
    EXPECT_TRUE(speech.isSpeaking());
    QElapsedTimer waited;
    waited.start();
    while (speech.isSpeaking() && waited.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    EXPECT_FALSE(speech.isSpeaking()) << "the worker never delivered the last sentence";
    EXPECT_EQ(failed.count(), 0);

    speech.say(QStringLiteral("Tailbone up."), 0.0);
    speech.stop();
    EXPECT_FALSE(speech.isSpeaking());
    // The worker's sentence for the stopped text arrives later and is thrown away.
    QCoreApplication::processEvents(QEventLoop::AllEvents, 500);
    EXPECT_FALSE(speech.isSpeaking());
}
