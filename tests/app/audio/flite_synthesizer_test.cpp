#include <QByteArray>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "app/audio/flite_synthesizer.h"
#include "app/audio/sound_mixer.h"
#include "app/audio/speech_samples.h"
#include "speech_test_support.h"

using unclutch::app::FliteSynthesizer;
using unclutch::app::SoundMixer;
using unclutch::app::SpeechSamples;
using unclutch::test::rms;
using unclutch::test::samplesOf;
using unclutch::test::seconds;

TEST(FliteText, TypographyBecomesWhatFliteCanRead)
{
    EXPECT_EQ(FliteSynthesizer::plainText(QStringLiteral("“Tailbone up” – slowly… it’s fine")),
              QByteArray("\"Tailbone up\" ,  slowly... it's fine"));
    EXPECT_EQ(FliteSynthesizer::plainText(QStringLiteral("Pain 4 → 2")),
              QByteArray("Pain 4  to  2"));
    EXPECT_EQ(FliteSynthesizer::plainText(QStringLiteral("Ruhe 🙂 café")),
              QByteArray("Ruhe  caf\xe9"));
}

TEST(FliteSynthesizer, SpeaksASentenceAtTheMixersRateAndHonoursTheRate)
{
    FliteSynthesizer flite;
    const QString error = flite.load();
    ASSERT_TRUE(error.isEmpty()) << error.toStdString() << " (Debian's libflite1)";
    EXPECT_TRUE(flite.isLoaded());

    const QString en = QStringLiteral("en");
    const QString text = QStringLiteral("Get ready: pigeon, left side.");
    const QByteArray normal = flite.synthesize(text, en, 0.0);
    // Seven words: over half a second, under four.
    EXPECT_GT(seconds(normal), 0.5);
    EXPECT_LT(seconds(normal), 4.0);
    EXPECT_GT(rms(samplesOf(normal)), 300.0) << "speech, not silence";
    // Flite's quarter of a second of silence before the sentence is trimmed to its rise.
    const auto speech = samplesOf(normal);
    const auto firstLoud = std::find_if(speech.begin(), speech.end(), [](qint16 s) {
        return std::abs(s) > SpeechSamples::kSilence;
    });
    EXPECT_LE(firstLoud - speech.begin(), SpeechSamples::kLeadFrames);

    const QByteArray slow = flite.synthesize(text, en, -1.0);
    const QByteArray fast = flite.synthesize(text, en, 1.0);
    EXPECT_GT(seconds(slow), 1.6 * seconds(normal));
    EXPECT_LT(seconds(fast), 0.7 * seconds(normal));

    EXPECT_TRUE(flite.synthesize(QStringLiteral("  "), en, 0.0).isEmpty());
    EXPECT_TRUE(flite.synthesize(text, QStringLiteral("de"), 0.0).isEmpty()) << "English only";
}

TEST(FliteSynthesizer, SaysNothingBeforeItIsLoaded)
{
    const QString en = QStringLiteral("en");
    FliteSynthesizer flite;
    EXPECT_FALSE(flite.isLoaded());
    EXPECT_TRUE(flite.synthesize(QStringLiteral("Hello."), en, 0.0).isEmpty());
}
