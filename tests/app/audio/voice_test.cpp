#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTranslator>

#include <gtest/gtest.h>

#include "app/audio/qt_speech_engine.h"
#include "app/audio/session_speech.h"
#include "app/audio/sound_player.h"
#include "app/audio/voice.h"

using unclutch::app::QtSpeechEngine;
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
    const QStringList installed{QString(), QStringLiteral("speechd")};
    EXPECT_TRUE(Voice::engineProblem(installed, QString()).isEmpty());
    EXPECT_TRUE(Voice::engineProblem(installed, QStringLiteral("speechd")).isEmpty());
}

TEST(VoiceEngine, APlaybackErrorCostsOneSentenceUntilTooManyInARow)
{
    using Reason = QTextToSpeech::ErrorReason;
    EXPECT_FALSE(QtSpeechEngine::isFatal(Reason::Playback, 0));
    EXPECT_FALSE(
        QtSpeechEngine::isFatal(Reason::Playback, QtSpeechEngine::kPlaybackFailuresTolerated - 1));
    EXPECT_TRUE(
        QtSpeechEngine::isFatal(Reason::Playback, QtSpeechEngine::kPlaybackFailuresTolerated));
}

TEST(VoiceEngine, OtherErrorsEndTheVoiceAtOnce)
{
    using Reason = QTextToSpeech::ErrorReason;
    for (const Reason reason : {Reason::Initialization, Reason::Configuration, Reason::Input})
        EXPECT_TRUE(QtSpeechEngine::isFatal(reason, 0)) << static_cast<int>(reason);
    EXPECT_FALSE(QtSpeechEngine::isFatal(Reason::NoError, 5));
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
    voice.say(QStringLiteral("Keep both hips square."));
    voice.stop();
    voice.setRate(0.5);
    QCoreApplication::processEvents();
    qInstallMessageHandler(previous);

    EXPECT_EQ(unavailable.count(), 1);
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
        voice.say(QStringLiteral("Keep both hips square."));
    QCoreApplication::processEvents();
    EXPECT_EQ(unavailable.count(), 1);
}

TEST(VoiceEngine, EachEngineIsListedOnceNamedForWhatItIs)
{
    const QList<Voice::EngineChoice> choices = Voice::engineChoices();
    QStringList engines;
    QStringList labels;
    for (const Voice::EngineChoice& choice : choices) {
        engines << choice.engine;
        labels << choice.label;
    }
    engines.removeDuplicates();
    labels.removeDuplicates();
    EXPECT_EQ(engines.size(), choices.size());
    EXPECT_EQ(labels.size(), choices.size());
    EXPECT_FALSE(engines.contains(QStringLiteral("flite"))) << "Qt 6.4's flite is refused";
    if (!Voice::hasBuiltInVoice())
        return;
    ASSERT_GE(choices.size(), 2);
    EXPECT_EQ(choices.at(0).engine, QString());
    EXPECT_TRUE(choices.at(0).label.contains(QStringLiteral("Flite")));
    EXPECT_TRUE(choices.at(0).label.contains(QStringLiteral("eSpeak NG")));
    EXPECT_EQ(choices.at(1).engine, Voice::kEspeakEngine);
    EXPECT_EQ(Voice::engineProblem(engines, QStringLiteral("flite")), QString())
        << "version 1's setting for the built-in voice still works";
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
    voice.say(QStringLiteral("Get ready: Pigeon, left side"));
    voice.say(QStringLiteral("Keep both hips square."));
    QCoreApplication::processEvents();
    EXPECT_EQ(captions.count(), 2);
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

TEST_F(VoiceTest, ForGermanSentencesTheDefaultIsTheBuiltInVoiceToo)
{
    if (!Voice::hasBuiltInVoice())
        GTEST_SKIP() << "built without the built-in voice";
    GermanSentences german;
    QCoreApplication::installTranslator(&german);
    unclutch::app::SoundPlayer sound;
    Voice voice(&sound);
    QCoreApplication::removeTranslator(&german);
    EXPECT_EQ(voice.language(), QStringLiteral("de"));
    // No output for its stream here: the built-in voice's own reason, not "English only".
    EXPECT_TRUE(voice.unavailableReason().contains(QStringLiteral("audio output")))
        << voice.unavailableReason().toStdString();
}

TEST_F(VoiceTest, TheSessionsLanguageIsSpokenWhateverTheInterfaces)
{
    useMissingEngine();
    Voice voice;
    EXPECT_EQ(voice.language(), QStringLiteral("en"));
    voice.setLanguage(QStringLiteral("de"));
    EXPECT_EQ(voice.language(), QStringLiteral("de"));
    voice.setLanguage(QString());
    EXPECT_EQ(voice.language(), QStringLiteral("en")) << "empty: the interface's again";
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
    const unclutch::app::SpeechOptions options = voice.options();
    EXPECT_TRUE(options.instructions);
    EXPECT_FALSE(options.phaseNames);
    EXPECT_TRUE(options.poseAtGetReady);
    EXPECT_TRUE(options.sideChange);
    EXPECT_TRUE(options.count);
    EXPECT_FALSE(options.halfway);
}

TEST_F(VoiceTest, SettingsRoundTrip)
{
    useMissingEngine();
    unclutch::app::SpeechOptions options;
    options.instructions = false;
    options.phaseNames = true;
    options.poseAtGetReady = false;
    options.sideChange = false;
    options.count = false;
    options.halfway = true;
    {
        Voice voice;
        voice.setEnabled(false);
        voice.setRate(-0.4);
        voice.setOptions(options);
        voice.setEngine(QStringLiteral("other-engine"));
    }
    Voice again;
    EXPECT_FALSE(again.isEnabled());
    EXPECT_DOUBLE_EQ(again.rate(), -0.4);
    const unclutch::app::SpeechOptions saved = again.options();
    EXPECT_FALSE(saved.instructions);
    EXPECT_TRUE(saved.phaseNames);
    EXPECT_FALSE(saved.poseAtGetReady);
    EXPECT_FALSE(saved.sideChange);
    EXPECT_FALSE(saved.count);
    EXPECT_TRUE(saved.halfway);
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
    QSignalSpy options(&voice, &Voice::optionsChanged);
    voice.setEnabled(true);
    voice.setEnabled(false);
    voice.setOptions(voice.options());
    unclutch::app::SpeechOptions changed = voice.options();
    changed.count = false;
    voice.setOptions(changed);
    EXPECT_EQ(enabled.count(), 1);
    EXPECT_EQ(options.count(), 1);
}

TEST_F(VoiceTest, AVoiceWithoutAnEngineDropsTheSessionsSentencesAsNoEngine)
{
    useMissingEngine();
    Voice voice;
    QSignalSpy dropped(voice.speech(), &unclutch::app::SessionSpeech::dropped);
    bool running = false;
    double position = 0;
    voice.speech()->setSession(
        {{0, QStringLiteral("Get ready: Tabletop"), false}}, QStringLiteral("en"),
        [&] {
            unclutch::app::SessionSpeech::Moment moment;
            moment.steady = unclutch::app::SessionSpeech::Clock::now();
            moment.positionMs = position;
            moment.activeMs = position;
            moment.running = running;
            return moment;
        },
        0);
    EXPECT_TRUE(voice.speech()->isOpeningReady()) << "no start waits for a voice that is not";
    running = true;
    voice.speech()->wake();
    ASSERT_EQ(dropped.count(), 1);
    EXPECT_EQ(dropped.at(0).at(1).toString(), QStringLiteral("no engine"));
    voice.speech()->endSession();
}

TEST_F(VoiceTest, ADisabledVoiceStillGivesCaptions)
{
    useMissingEngine();
    Voice voice;
    voice.setEnabled(false);
    QSignalSpy spoken(&voice, &Voice::sentence);
    voice.say(QStringLiteral("Breathe out."));
    EXPECT_EQ(sentences(spoken), QStringList{QStringLiteral("Breathe out.")});
}
