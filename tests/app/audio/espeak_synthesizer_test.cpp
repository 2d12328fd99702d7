#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <memory>
#include <vector>

#include "app/audio/espeak_synthesizer.h"
#include "app/audio/sound_mixer.h"
#include "app/audio/synthesizing_engine.h"
#include "speech_test_support.h"

using unclutch::app::EspeakSynthesizer;
using unclutch::app::SoundMixer;
using unclutch::app::SynthesizingEngine;
using unclutch::test::rms;
using unclutch::test::samplesOf;
using unclutch::test::seconds;

TEST(EspeakVoice, ATagFindsItsOwnVoiceOrItsLanguages)
{
    const QStringList voices{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("en-gb"),
                             QStringLiteral("en-us")};
    EXPECT_EQ(EspeakSynthesizer::voiceFor(QStringLiteral("de"), voices), QStringLiteral("de"));
    EXPECT_EQ(EspeakSynthesizer::voiceFor(QStringLiteral("de-AT"), voices), QStringLiteral("de"));
    EXPECT_EQ(EspeakSynthesizer::voiceFor(QStringLiteral("en-US"), voices),
              QStringLiteral("en-us"));
    EXPECT_EQ(EspeakSynthesizer::voiceFor(QStringLiteral("xx"), voices), QString());
}

TEST(EspeakVoice, TheRateDoublesOrHalvesItsNormalPace)
{
    EXPECT_EQ(EspeakSynthesizer::wordsPerMinute(0.0), 175);
    EXPECT_EQ(EspeakSynthesizer::wordsPerMinute(1.0), 350);
    EXPECT_EQ(EspeakSynthesizer::wordsPerMinute(-1.0), 88);
    EXPECT_EQ(EspeakSynthesizer::wordsPerMinute(-7.0), 88);
}

TEST(EspeakSynthesizer, SpeaksGermanAtTheMixersRate)
{
    EspeakSynthesizer espeak;
    const QString error = espeak.load();
    ASSERT_TRUE(error.isEmpty()) << error.toStdString() << " (Debian's espeak-ng-data)";
    EXPECT_TRUE(espeak.languages().contains(QStringLiteral("de")));
    EXPECT_TRUE(espeak.languages().contains(QStringLiteral("en")));

    const QString text = QStringLiteral("Bereit machen: Taube, linke Seite.");
    const QByteArray normal = espeak.synthesize(text, QStringLiteral("de"), 0.0);
    EXPECT_GT(seconds(normal), 0.8);
    EXPECT_LT(seconds(normal), 5.0);
    EXPECT_GT(rms(samplesOf(normal)), 300.0) << "speech, not silence";
    const QByteArray fast = espeak.synthesize(text, QStringLiteral("de"), 1.0);
    EXPECT_LT(seconds(fast), 0.7 * seconds(normal));
    EXPECT_TRUE(espeak.synthesize(text, QStringLiteral("xx"), 0.0).isEmpty()) << "no such voice";
    EXPECT_TRUE(espeak.synthesize(QStringLiteral(" "), QStringLiteral("de"), 0.0).isEmpty());
}

TEST(SynthesizingEngine, CoversALanguageByItsTagOrItsPrimaryLanguage)
{
    EXPECT_TRUE(SynthesizingEngine::covers({QStringLiteral("en")}, QStringLiteral("en-GB")));
    EXPECT_FALSE(SynthesizingEngine::covers({QStringLiteral("en")}, QStringLiteral("de")));
    EXPECT_TRUE(SynthesizingEngine::covers({QStringLiteral("*")}, QStringLiteral("de")));
}

// Sentences due together (after a jump) are all urgent: made in the order they are due.
TEST(SynthesizingEngine, UrgentRequestsKeepTheirOrderAmongThemselves)
{
    SynthesizingEngine engine(QStringLiteral("espeak-ng"), std::make_unique<EspeakSynthesizer>(),
                              {QStringLiteral("*")});
    QSignalSpy ready(&engine, &SynthesizingEngine::ready);
    QSignalSpy made(&engine, &SynthesizingEngine::synthesized);
    ASSERT_TRUE(ready.wait(20000));
    engine.synthesize(1,
                      QStringLiteral("Stehen Sie auf, beugen Sie die Knie ein wenig und beugen "
                                     "Sie sich langsam nach vorn. Lassen Sie sich hängen."),
                      QStringLiteral("de"), 0.0, false);
    engine.synthesize(2, QStringLiteral("Zwei."), QStringLiteral("de"), 0.0, false);
    engine.synthesize(3, QStringLiteral("Bereit machen: Taube."), QStringLiteral("de"), 0.0, true);
    engine.synthesize(4, QStringLiteral("Hüften gerade."), QStringLiteral("de"), 0.0, true);
    QElapsedTimer waited;
    waited.start();
    while (made.count() < 4 && waited.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    ASSERT_EQ(made.count(), 4);
    QList<quint64> order;
    for (const auto& arguments : made)
        order << arguments.at(0).toULongLong();
    EXPECT_LT(order.indexOf(3U), order.indexOf(4U)) << "due first, made first";
    EXPECT_EQ(order.last(), 2U);
}

TEST(SynthesizingEngine, MakesEachRequestOnItsWorkerTheUrgentOnesFirst)
{
    SynthesizingEngine engine(QStringLiteral("espeak-ng"), std::make_unique<EspeakSynthesizer>(),
                              {QStringLiteral("*")});
    QSignalSpy ready(&engine, &SynthesizingEngine::ready);
    QSignalSpy made(&engine, &SynthesizingEngine::synthesized);
    ASSERT_TRUE(ready.wait(20000));
    EXPECT_TRUE(engine.speaks(QStringLiteral("de")));
    EXPECT_FALSE(engine.speaks(QStringLiteral("xx")));
    // A long text, a short one, then an urgent one: the urgent one goes before every request
    // the worker has not taken yet.
    engine.synthesize(1,
                      QStringLiteral("Stehen Sie auf, beugen Sie die Knie ein wenig und beugen "
                                     "Sie sich langsam nach vorn. Lassen Sie sich hängen."),
                      QStringLiteral("de"), 0.0, false);
    engine.synthesize(2, QStringLiteral("Zwei."), QStringLiteral("de"), 0.0, false);
    engine.synthesize(3, QStringLiteral("Drei."), QStringLiteral("de"), 0.0, true);
    QElapsedTimer waited;
    waited.start();
    while (made.count() < 3 && waited.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    ASSERT_EQ(made.count(), 3);
    QList<quint64> order;
    for (const auto& arguments : made)
        order << arguments.at(0).toULongLong();
    EXPECT_LT(order.indexOf(3U), order.indexOf(2U)) << "the urgent one before the one asked first";
    EXPECT_EQ(order.last(), 2U);
    for (const auto& arguments : made)
        EXPECT_FALSE(arguments.at(1).toByteArray().isEmpty());

    engine.synthesize(4, QStringLiteral("Vier."), QStringLiteral("de"), 0.0, false);
    engine.cancel();
    QCoreApplication::processEvents(QEventLoop::AllEvents, 300);
    EXPECT_LE(made.count(), 4) << "at most the one the worker had already taken";
}

TEST(SynthesizingEngine, ALibraryThatCannotLoadFailsOnce)
{
    // Flite without its library, as on a machine lacking libflite1: emulated by a synthesiser
    // that fails to load.
    class Missing : public unclutch::app::Synthesizer {
    public:
        QString load() override { return QStringLiteral("libflite.so.1: not found"); }
        QStringList languages() const override { return {}; }
        QByteArray synthesize(const QString&, const QString&, double) override { return {}; }
    };
    SynthesizingEngine engine(QStringLiteral("flite"), std::make_unique<Missing>(),
                              {QStringLiteral("en")});
    EXPECT_TRUE(engine.speaks(QStringLiteral("en"))) << "expected until it has tried";
    QSignalSpy failed(&engine, &SynthesizingEngine::failed);
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("libflite")));
    EXPECT_FALSE(engine.isWorking());
    EXPECT_FALSE(engine.speaks(QStringLiteral("en")));
}
