#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTranslator>

#include <gtest/gtest.h>

#include "app/audio/sound_player.h"
#include "app/audio/voice.h"

using unclutch::app::Voice;
using unclutch::core::Side;

namespace {

QStringList g_messages;

void collectMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    // Qt's multimedia backend says once per process that it found no PulseAudio server, when the
    // first QMediaDevices is made: Qt's notice, not a stream of errors from the voice.
    if (message.startsWith(QLatin1String("PulseAudioService:")))
        return;
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_messages << message;
}

class VoiceTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().clear(); }

    static void useMissingEngine()
    {
        QSettings().setValue(QStringLiteral("voice/engine"), QStringLiteral("no-such-engine"));
    }

    static QStringList sentences(const QSignalSpy& spy)
    {
        QStringList texts;
        for (const QList<QVariant>& arguments : spy)
            texts << arguments.at(0).toString();
        return texts;
    }
};

} // namespace

TEST(VoiceEngine, ProblemWithNoEngineInstalled)
{
    EXPECT_FALSE(Voice::engineProblem({}, QString()).isEmpty());
    EXPECT_FALSE(Voice::engineProblem({}, QStringLiteral("flite")).isEmpty());
}

TEST(VoiceEngine, ProblemWithAnEngineThatIsNotInstalled)
{
    const QString problem =
        Voice::engineProblem({QStringLiteral("flite")}, QStringLiteral("speechd"));
    EXPECT_TRUE(problem.contains(QStringLiteral("speechd")));
}

TEST(VoiceEngine, NoProblemWithTheDefaultOrAnInstalledEngine)
{
    const QStringList installed{QStringLiteral("flite"), QStringLiteral("speechd")};
    EXPECT_TRUE(Voice::engineProblem(installed, QString()).isEmpty());
    EXPECT_TRUE(Voice::engineProblem(installed, QStringLiteral("speechd")).isEmpty());
}

TEST(VoiceEngine, APlaybackErrorCostsOneSentenceUntilTooManyInARow)
{
    using Reason = QTextToSpeech::ErrorReason;
    EXPECT_FALSE(Voice::isFatal(Reason::Playback, 0));
    EXPECT_FALSE(Voice::isFatal(Reason::Playback, Voice::kPlaybackFailuresTolerated - 1));
    EXPECT_TRUE(Voice::isFatal(Reason::Playback, Voice::kPlaybackFailuresTolerated));
}

TEST(VoiceEngine, OtherErrorsEndTheVoiceAtOnce)
{
    using Reason = QTextToSpeech::ErrorReason;
    for (const Reason reason : {Reason::Initialization, Reason::Configuration, Reason::Input})
        EXPECT_TRUE(Voice::isFatal(reason, 0)) << static_cast<int>(reason);
    EXPECT_FALSE(Voice::isFatal(Reason::NoError, 5));
}

TEST_F(VoiceTest, AnEngineThatIsNotInstalledDegradesQuietly)
{
    useMissingEngine();
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectMessages);
    Voice voice;
    QSignalSpy unavailable(&voice, &Voice::unavailable);
    QCoreApplication::processEvents();

    EXPECT_FALSE(voice.isAvailable());
    ASSERT_EQ(unavailable.count(), 1);
    EXPECT_TRUE(unavailable.at(0).at(0).toString().contains(QStringLiteral("no-such-engine")));

    voice.say(QStringLiteral("Breathe out."));
    voice.sayGetReady(QStringLiteral("Pigeon"), Side::Left);
    voice.sayStepStart(QStringLiteral("Pigeon"), Side::Left, QStringLiteral("Hips square."));
    voice.sayCue(QStringLiteral("Keep both hips square."));
    voice.sayPhase(QStringLiteral("Up"));
    voice.sayEnd();
    voice.stop();
    voice.setRate(0.5);
    QCoreApplication::processEvents();
    qInstallMessageHandler(previous);

    EXPECT_EQ(unavailable.count(), 1);
    EXPECT_FALSE(voice.isSpeaking());
    EXPECT_TRUE(g_messages.isEmpty()) << g_messages.join(QLatin1Char('\n')).toStdString();
}

// The test main points PulseAudio at nothing, so an installed engine has no output to speak to.
TEST_F(VoiceTest, TheDefaultEngineWithoutAnOutputDegradesQuietly)
{
    Voice voice;
    QSignalSpy unavailable(&voice, &Voice::unavailable);
    QCoreApplication::processEvents();
    if (voice.isAvailable())
        GTEST_SKIP() << "this machine's speech engine starts without an audio output";

    ASSERT_EQ(unavailable.count(), 1);
    EXPECT_FALSE(unavailable.at(0).at(0).toString().isEmpty());
    EXPECT_EQ(unavailable.at(0).at(0).toString(), voice.unavailableReason());
    for (int i = 0; i < 20; ++i)
        voice.sayCue(QStringLiteral("Keep both hips square."));
    QCoreApplication::processEvents();
    EXPECT_EQ(unavailable.count(), 1);
    EXPECT_FALSE(voice.isSpeaking());
}

TEST(VoiceEngine, TheBuiltInVoiceIsListedAsFlite)
{
    if (!Voice::hasBuiltInVoice())
        GTEST_SKIP() << "built without the built-in voice";
    EXPECT_TRUE(Voice::availableEngines().contains(QStringLiteral("flite")));
    EXPECT_EQ(Voice::availableEngines().count(QStringLiteral("flite")), 1);
    EXPECT_EQ(Voice::engineProblem(Voice::availableEngines(), QStringLiteral("flite")), QString());
}

// The test main points PulseAudio at nothing: the built-in voice has no stream to speak into.
TEST_F(VoiceTest, TheBuiltInVoiceWithoutAnOutputSaysSoOnceAndKeepsTheCaptions)
{
    if (!Voice::hasBuiltInVoice())
        GTEST_SKIP() << "built without the built-in voice";
    unclutch::app::SoundPlayer sound;
    ASSERT_FALSE(sound.isAvailable());
    Voice voice(&sound);
    QSignalSpy unavailable(&voice, &Voice::unavailable);
    QSignalSpy captions(&voice, &Voice::sentence);
    QCoreApplication::processEvents();

    EXPECT_FALSE(voice.isAvailable());
    EXPECT_FALSE(voice.usesBuiltInVoice());
    ASSERT_EQ(unavailable.count(), 1);
    EXPECT_TRUE(voice.unavailableReason().contains(QStringLiteral("audio output")))
        << voice.unavailableReason().toStdString();
    voice.sayGetReady(QStringLiteral("Pigeon"), Side::Left);
    voice.sayCue(QStringLiteral("Keep both hips square."));
    QCoreApplication::processEvents();
    EXPECT_EQ(captions.count(), 2);
    EXPECT_FALSE(voice.isSpeaking());
    EXPECT_EQ(unavailable.count(), 1);
}

namespace {

// Translates the language of the spoken sentences to German, as unclutch_de.qm does.
class GermanSentences : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "SpokenText") == 0 && qstrcmp(sourceText, "en") == 0)
            return QStringLiteral("de");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

TEST_F(VoiceTest, ChosenForGermanSentencesTheBuiltInVoiceSaysItSpeaksOnlyEnglish)
{
    if (!Voice::hasBuiltInVoice())
        GTEST_SKIP() << "built without the built-in voice";
    QSettings().setValue(QStringLiteral("voice/engine"), QStringLiteral("flite"));
    GermanSentences german;
    QCoreApplication::installTranslator(&german);
    unclutch::app::SoundPlayer sound;
    Voice voice(&sound);
    QCoreApplication::removeTranslator(&german);
    EXPECT_FALSE(voice.isAvailable());
    EXPECT_TRUE(voice.unavailableReason().contains(QStringLiteral("only English")))
        << voice.unavailableReason().toStdString();
    EXPECT_TRUE(voice.unavailableReason().contains(QStringLiteral("qt6-speech-speechd-plugin")));
}

TEST_F(VoiceTest, ForGermanSentencesTheDefaultIsQtsEngineNotTheBuiltInVoice)
{
    if (!Voice::hasBuiltInVoice())
        GTEST_SKIP() << "built without the built-in voice";
    GermanSentences german;
    QCoreApplication::installTranslator(&german);
    unclutch::app::SoundPlayer sound;
    Voice voice(&sound);
    QCoreApplication::removeTranslator(&german);
    EXPECT_FALSE(voice.usesBuiltInVoice());
    // Not the built-in voice's reasons (English only; no output for its stream).
    EXPECT_FALSE(voice.unavailableReason().contains(QStringLiteral("only English")))
        << voice.unavailableReason().toStdString();
    EXPECT_FALSE(voice.unavailableReason().contains(QStringLiteral("audio output")))
        << voice.unavailableReason().toStdString();
}

TEST_F(VoiceTest, SwitchingToAMissingEngineReportsOnce)
{
    useMissingEngine();
    Voice voice;
    QSignalSpy unavailable(&voice, &Voice::unavailable);
    QSignalSpy engine(&voice, &Voice::engineChanged);
    QCoreApplication::processEvents();
    voice.setEngine(QStringLiteral("another-missing-engine"));
    QCoreApplication::processEvents();

    EXPECT_EQ(unavailable.count(), 1);
    ASSERT_EQ(engine.count(), 1);
    EXPECT_EQ(voice.engine(), QStringLiteral("another-missing-engine"));
    EXPECT_TRUE(voice.unavailableReason().contains(QStringLiteral("another-missing-engine")));
}

TEST_F(VoiceTest, DefaultSettings)
{
    useMissingEngine();
    Voice voice;
    EXPECT_TRUE(voice.isEnabled());
    EXPECT_DOUBLE_EQ(voice.rate(), 0.0);
    EXPECT_TRUE(voice.speaksInstructions());
    EXPECT_FALSE(voice.speaksPhaseNames());
}

TEST_F(VoiceTest, SettingsRoundTrip)
{
    useMissingEngine();
    {
        Voice voice;
        voice.setEnabled(false);
        voice.setRate(-0.4);
        voice.setSpeaksInstructions(false);
        voice.setSpeaksPhaseNames(true);
        voice.setEngine(QStringLiteral("other-engine"));
    }
    Voice again;
    EXPECT_FALSE(again.isEnabled());
    EXPECT_DOUBLE_EQ(again.rate(), -0.4);
    EXPECT_FALSE(again.speaksInstructions());
    EXPECT_TRUE(again.speaksPhaseNames());
    EXPECT_EQ(again.engine(), QStringLiteral("other-engine"));
}

TEST_F(VoiceTest, RateIsClampedAndSignalledOnlyOnChange)
{
    useMissingEngine();
    Voice voice;
    QSignalSpy rate(&voice, &Voice::rateChanged);
    voice.setRate(3.0);
    EXPECT_DOUBLE_EQ(voice.rate(), 1.0);
    voice.setRate(1.0);
    voice.setRate(-7.0);
    EXPECT_DOUBLE_EQ(voice.rate(), -1.0);
    EXPECT_EQ(rate.count(), 2);

    QSettings().setValue(QStringLiteral("voice/rate"), 12.0);
    Voice fromSettings;
    EXPECT_DOUBLE_EQ(fromSettings.rate(), 1.0);
}

TEST_F(VoiceTest, SettersSignalOnlyOnChange)
{
    useMissingEngine();
    Voice voice;
    QSignalSpy enabled(&voice, &Voice::enabledChanged);
    QSignalSpy instructions(&voice, &Voice::speaksInstructionsChanged);
    QSignalSpy phases(&voice, &Voice::speaksPhaseNamesChanged);
    voice.setEnabled(true);
    voice.setEnabled(false);
    voice.setSpeaksInstructions(true);
    voice.setSpeaksInstructions(false);
    voice.setSpeaksPhaseNames(false);
    voice.setSpeaksPhaseNames(true);
    EXPECT_EQ(enabled.count(), 1);
    EXPECT_EQ(instructions.count(), 1);
    EXPECT_EQ(phases.count(), 1);
}

TEST_F(VoiceTest, SentencesForTheSessionsEvents)
{
    useMissingEngine();
    Voice voice;
    QSignalSpy spoken(&voice, &Voice::sentence);

    voice.sayGetReady(QStringLiteral("Pigeon"), Side::Left);
    voice.sayStepStart(QStringLiteral("Pigeon"), Side::Left,
                       QStringLiteral("Let the front shin rest."));
    voice.sayCue(QStringLiteral("Keep both hips square."));
    voice.sayEnd();

    EXPECT_EQ(sentences(spoken),
              (QStringList{QStringLiteral("Get ready: Pigeon, left side"),
                           QStringLiteral("Let the front shin rest."),
                           QStringLiteral("Keep both hips square."),
                           QStringLiteral("The routine is complete. Well done.")}));
}

TEST_F(VoiceTest, AStepWithoutGetReadyNamesItsPose)
{
    useMissingEngine();
    Voice voice;
    QSignalSpy spoken(&voice, &Voice::sentence);

    // No transition before the second side: its step start is the first the listener hears.
    voice.sayGetReady(QStringLiteral("Pigeon"), Side::Left);
    voice.sayStepStart(QStringLiteral("Pigeon"), Side::Left, QString());
    voice.sayStepStart(QStringLiteral("Pigeon"), Side::Right, QStringLiteral("Same again."));

    EXPECT_EQ(sentences(spoken), (QStringList{QStringLiteral("Get ready: Pigeon, left side"),
                                              QStringLiteral("Pigeon, right side. Same again.")}));
}

TEST_F(VoiceTest, InstructionsAreSpokenOnlyWhenWanted)
{
    useMissingEngine();
    Voice voice;
    voice.setSpeaksInstructions(false);
    QSignalSpy spoken(&voice, &Voice::sentence);

    voice.sayGetReady(QStringLiteral("Tabletop"), Side::None);
    voice.sayStepStart(QStringLiteral("Tabletop"), Side::None,
                       QStringLiteral("Hands under shoulders."));

    EXPECT_EQ(sentences(spoken), QStringList{QStringLiteral("Get ready: Tabletop")});
}

TEST_F(VoiceTest, PhaseNamesOnlyWhenChosenOverTicks)
{
    useMissingEngine();
    Voice voice;
    QSignalSpy spoken(&voice, &Voice::sentence);

    voice.sayPhase(QStringLiteral("Tip the tailbone up"));
    EXPECT_EQ(spoken.count(), 0);

    voice.setSpeaksPhaseNames(true);
    voice.sayPhase(QStringLiteral("Tip the tailbone up"));
    EXPECT_EQ(sentences(spoken), QStringList{QStringLiteral("Tip the tailbone up")});
}

TEST_F(VoiceTest, ADisabledVoiceStillGivesCaptions)
{
    useMissingEngine();
    Voice voice;
    voice.setEnabled(false);
    QSignalSpy spoken(&voice, &Voice::sentence);
    voice.sayCue(QStringLiteral("Breathe out."));
    EXPECT_EQ(sentences(spoken), QStringList{QStringLiteral("Breathe out.")});
}
