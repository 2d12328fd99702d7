#include <QCoreApplication>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <chrono>
#include <vector>

#include "app/audio/session_speech.h"
#include "app/audio/sound_mixer.h"
#include "app/audio/speech_engine.h"
#include "app/audio/speech_output.h"

using unclutch::app::ScheduledSentence;
using unclutch::app::SessionSpeech;
using unclutch::app::SoundMixer;
using unclutch::app::SpeechEngine;
using unclutch::app::SpeechOutput;

namespace {

// Samples 10 ms long per character of the text, made when the test says so.
class FakeEngine : public SpeechEngine {
public:
    explicit FakeEngine(bool makesSamples = true)
        : m_makesSamples(makesSamples)
    {
    }

    QString name() const override { return QStringLiteral("fake"); }
    bool makesSamples() const override { return m_makesSamples; }
    bool speaks(const QString&) const override { return true; }
    bool isWorking() const override { return true; }

    void synthesize(quint64 id, const QString& text, const QString& language, double,
                    bool urgent) override
    {
        requests.push_back({id, text, language, urgent});
    }
    void cancel() override { requests.clear(); }
    void say(const QString& text, const QString&, double) override { said << text; }
    bool isSpeaking() const override { return speaking; }

    // Makes every request asked for so far.
    void deliverAll()
    {
        const auto pending = std::exchange(requests, {});
        for (const Request& request : pending)
            emit synthesized(request.id, samplesFor(request.text));
    }
    static QByteArray samplesFor(const QString& text)
    {
        return QByteArray(static_cast<qsizetype>(text.size()) * SoundMixer::kSampleRate / 100 * 2,
                          '\x10');
    }

    struct Request {
        quint64 id;
        QString text;
        QString language;
        bool urgent;
    };
    std::vector<Request> requests;
    QStringList said;
    bool speaking = false;

private:
    bool m_makesSamples;
};

class FakeOutput : public SpeechOutput {
public:
    bool canSpeak() const override { return true; }
    void scheduleSpeech(quint64 id, const QByteArray& samples, Clock::time_point when) override
    {
        scheduled.push_back({id, samples.size(), when});
    }
    void cancelPendingSpeech() override { ++cancels; }
    void stopSpeech() override { ++stops; }
    void setSpeechStartedHandler(StartedHandler handler) override { started = std::move(handler); }

    struct Scheduled {
        quint64 id;
        qsizetype bytes;
        Clock::time_point when;
    };
    std::vector<Scheduled> scheduled;
    StartedHandler started;
    int cancels = 0;
    int stops = 0;
};

using Clock = SessionSpeech::Clock;
using namespace std::chrono_literals;

class SessionSpeechTest : public ::testing::Test {
protected:
    void SetUp() override { start = Clock::now(); }

    SessionSpeech::SessionTime time()
    {
        return [this] {
            SessionSpeech::Moment moment;
            moment.steady = start + std::chrono::duration_cast<Clock::duration>(
                                        std::chrono::duration<double, std::milli>(clockMs));
            moment.positionMs = positionMs;
            moment.activeMs = activeMs;
            moment.running = running;
            return moment;
        };
    }
    // The session's time goes on by `ms`, and the speech wakes as its timer would.
    void advance(double ms)
    {
        clockMs += ms;
        if (running) {
            positionMs += ms;
            activeMs += ms;
        }
        speech.wake();
    }
    Clock::time_point at(double ms) const
    {
        return start + std::chrono::duration_cast<Clock::duration>(
                           std::chrono::duration<double, std::milli>(ms));
    }
    static double msBetween(Clock::time_point from, Clock::time_point to)
    {
        return std::chrono::duration<double, std::milli>(to - from).count();
    }
    void load(QList<ScheduledSentence> sentences, std::int64_t openingEnd = 0)
    {
        speech.setEngine(&engine);
        speech.setSession(std::move(sentences), QStringLiteral("de"), time(), openingEnd);
    }
    // Hands the first sample of the last scheduled sentence to the stream now.
    void sound(std::size_t which) { output.started(output.scheduled.at(which).id, at(clockMs)); }

    Clock::time_point start;
    double clockMs = 0;
    double positionMs = 0;
    double activeMs = 0;
    bool running = false;
    FakeEngine engine;
    FakeOutput output;
    SessionSpeech speech{&output};
};

} // namespace

TEST_F(SessionSpeechTest, SynthesisesAheadAndHandsEachSentenceOutForItsMoment)
{
    load({{0, QStringLiteral("Bereit machen: Taube"), false},
          {5000, QStringLiteral("Hüften gerade."), false},
          {40000, QStringLiteral("Später."), false}},
         5000);
    // Before the start: the sentences of the next 30 s are asked for, in order, in German.
    ASSERT_EQ(engine.requests.size(), 2U);
    EXPECT_EQ(engine.requests[0].text, QStringLiteral("Bereit machen: Taube"));
    EXPECT_EQ(engine.requests[0].language, QStringLiteral("de"));
    EXPECT_FALSE(speech.isOpeningReady());
    QSignalSpy opening(&speech, &SessionSpeech::openingReady);
    engine.deliverAll();
    EXPECT_TRUE(speech.isOpeningReady());
    EXPECT_EQ(opening.count(), 1);
    EXPECT_TRUE(output.scheduled.empty()) << "nothing is handed out before the start";

    running = true;
    advance(0);
    ASSERT_EQ(output.scheduled.size(), 1U);
    EXPECT_EQ(output.scheduled[0].when, at(0)) << "placed on its moment, not when handed";
    advance(4500);
    ASSERT_EQ(output.scheduled.size(), 2U);
    EXPECT_NEAR(msBetween(output.scheduled[1].when, at(5000)), 0.0, 1e-3)
        << "handed half a second ahead, for its moment";
    EXPECT_EQ(engine.requests.size(), 0U) << "the one at 40 s is not asked for yet";
    advance(10000);
    ASSERT_EQ(engine.requests.size(), 1U) << "within 30 s now";
}

TEST_F(SessionSpeechTest, ReportsEachSentenceWhenItsFirstSampleReachesTheStream)
{
    QSignalSpy spoken(&speech, &SessionSpeech::spoken);
    activeMs = 20000; // the session's active time differs from its position after a jump
    load({{1000, QStringLiteral("Atmen."), false}});
    engine.deliverAll();
    running = true;
    advance(600);
    ASSERT_EQ(output.scheduled.size(), 1U);
    EXPECT_EQ(spoken.count(), 0);
    advance(412.5);
    sound(0);
    ASSERT_EQ(spoken.count(), 1);
    EXPECT_DOUBLE_EQ(spoken.at(0).at(0).toDouble(), 21000.0);
    EXPECT_DOUBLE_EQ(spoken.at(0).at(1).toDouble(), 21012.5);
    EXPECT_EQ(spoken.at(0).at(2).toString(), QStringLiteral("de"));
    EXPECT_EQ(spoken.at(0).at(3).toString(), QStringLiteral("Atmen."));
}

TEST_F(SessionSpeechTest, APhaseNameIsDroppedWhileAnotherSentenceSounds)
{
    QSignalSpy dropped(&speech, &SessionSpeech::dropped);
    // 20 characters: 200 ms of speech at 1000 ms; phases at 1100 ms (heard over it) and at
    // 1300 ms (after it).
    load({{1000, QStringLiteral("Twenty characters!!!"), false},
          {1100, QStringLiteral("Up"), true},
          {1300, QStringLiteral("Down"), true}});
    engine.deliverAll();
    running = true;
    advance(1000);
    ASSERT_EQ(dropped.count(), 1);
    EXPECT_EQ(dropped.at(0).at(1).toString(), QStringLiteral("speaking"));
    EXPECT_EQ(dropped.at(0).at(2).toString(), QStringLiteral("Up"));
    EXPECT_DOUBLE_EQ(dropped.at(0).at(0).toDouble(), 1100.0);
    ASSERT_EQ(output.scheduled.size(), 2U);
    EXPECT_EQ(output.scheduled[1].bytes, FakeEngine::samplesFor(QStringLiteral("Down")).size());
}

// A phase name handed to the stream and taken back before it began (the session's sentences
// changed: the easier variant shown) is handed again, not dropped for speech that never sounded.
TEST_F(SessionSpeechTest, APhaseNameTakenBackBeforeItSoundedIsHandedAgain)
{
    QSignalSpy dropped(&speech, &SessionSpeech::dropped);
    load({{1000, QStringLiteral("Up"), true}});
    engine.deliverAll();
    running = true;
    advance(600);
    ASSERT_EQ(output.scheduled.size(), 1U);
    speech.updateSentences({{1000, QStringLiteral("Up"), true}});
    EXPECT_EQ(dropped.count(), 0);
    ASSERT_EQ(output.scheduled.size(), 2U);
    EXPECT_NEAR(msBetween(output.scheduled[1].when, at(1000)), 0.0, 1e-3);
}

TEST_F(SessionSpeechTest, ACueIsNotDroppedButCutsInOnTheSentenceBeforeIt)
{
    QSignalSpy dropped(&speech, &SessionSpeech::dropped);
    load({{1000, QStringLiteral("Twenty characters!!!"), false},
          {1100, QStringLiteral("Knees soft."), false}});
    engine.deliverAll();
    running = true;
    advance(1000);
    EXPECT_EQ(dropped.count(), 0);
    ASSERT_EQ(output.scheduled.size(), 2U);
    EXPECT_NEAR(msBetween(output.scheduled[1].when, at(1100)), 0.0, 1e-3);
}

TEST_F(SessionSpeechTest, ASentenceNotReadyASecondAfterItsMomentIsDroppedNeverSpokenLate)
{
    QSignalSpy dropped(&speech, &SessionSpeech::dropped);
    QSignalSpy spoken(&speech, &SessionSpeech::spoken);
    load({{1000, QStringLiteral("Slow to make."), false}});
    running = true;
    advance(1000);
    EXPECT_TRUE(output.scheduled.empty());
    advance(999);
    EXPECT_EQ(dropped.count(), 0) << "still in time";
    advance(2);
    ASSERT_EQ(dropped.count(), 1);
    EXPECT_EQ(dropped.at(0).at(1).toString(), QStringLiteral("stale"));
    engine.deliverAll(); // arrives at last
    advance(10);
    EXPECT_TRUE(output.scheduled.empty());
    EXPECT_EQ(spoken.count(), 0);
}

TEST_F(SessionSpeechTest, ALateSentenceWithinTheSecondIsHandedAtOnce)
{
    load({{1000, QStringLiteral("A bit late."), false}});
    running = true;
    advance(1300);
    engine.deliverAll();
    ASSERT_EQ(output.scheduled.size(), 1U);
    EXPECT_NEAR(msBetween(at(1000), output.scheduled[0].when), 0.0, 1e-3)
        << "due at its moment, already passed: the stream starts it at once";
}

TEST_F(SessionSpeechTest, VoiceOffAndNoEngineDropEachSentenceAtItsMoment)
{
    QSignalSpy dropped(&speech, &SessionSpeech::dropped);
    load({{1000, QStringLiteral("One."), false}, {2000, QStringLiteral("Two."), false}});
    speech.setEnabled(false);
    running = true;
    advance(999);
    EXPECT_EQ(dropped.count(), 0) << "not before its moment";
    advance(1);
    ASSERT_EQ(dropped.count(), 1);
    EXPECT_EQ(dropped.at(0).at(1).toString(), QStringLiteral("voice off"));
    speech.setEnabled(true);
    speech.setEngine(nullptr);
    advance(1000);
    ASSERT_EQ(dropped.count(), 2);
    EXPECT_EQ(dropped.at(1).at(1).toString(), QStringLiteral("no engine"));
    EXPECT_TRUE(output.scheduled.empty());
}

TEST_F(SessionSpeechTest, APauseTakesBackWhatWasHandedAndTheResumeHandsItAgain)
{
    load({{1000, QStringLiteral("After the pause."), false}});
    engine.deliverAll();
    running = true;
    advance(700);
    ASSERT_EQ(output.scheduled.size(), 1U);
    running = false;
    speech.pause();
    EXPECT_EQ(output.stops, 1);
    advance(60000); // paused for a minute
    EXPECT_EQ(output.scheduled.size(), 1U);
    running = true;
    advance(0);
    ASSERT_EQ(output.scheduled.size(), 2U);
    EXPECT_NEAR(msBetween(output.scheduled[1].when, at(60000 + 1000)), 0.0, 1e-3)
        << "still 300 ms ahead, where the session is now";
}

TEST_F(SessionSpeechTest, GoingBackSpeaksAgainWhatComesAgain)
{
    QSignalSpy spoken(&speech, &SessionSpeech::spoken);
    load({{0, QStringLiteral("Get ready."), false}, {5000, QStringLiteral("Start."), false}});
    engine.deliverAll();
    running = true;
    advance(0);
    sound(0);
    advance(4600);
    sound(1);
    EXPECT_EQ(spoken.count(), 2);
    positionMs = 0; // previous: back to the instance's start
    speech.jump();
    EXPECT_GE(output.stops, 1);
    advance(0);
    ASSERT_EQ(output.scheduled.size(), 3U);
    EXPECT_EQ(output.scheduled[2].bytes,
              FakeEngine::samplesFor(QStringLiteral("Get ready.")).size());
}

TEST_F(SessionSpeechTest, SkippingAheadForgetsThePassedSentencesWithoutReportingThem)
{
    QSignalSpy dropped(&speech, &SessionSpeech::dropped);
    load({{1000, QStringLiteral("Passed over."), false}, {9000, QStringLiteral("Next."), false}});
    engine.deliverAll();
    running = true;
    advance(600);
    positionMs = 9000;
    speech.jump();
    advance(0);
    EXPECT_EQ(dropped.count(), 0);
    ASSERT_EQ(output.scheduled.size(), 2U);
    EXPECT_EQ(output.scheduled[1].bytes, FakeEngine::samplesFor(QStringLiteral("Next.")).size());
}

// After a jump, what was being made for the old position is not made first: the new position's
// sentence due now is asked for at the head of the queue, not behind the passed ones.
TEST_F(SessionSpeechTest, AJumpAsksFirstForWhatIsDueAtTheNewPosition)
{
    load({{0, QStringLiteral("Get ready."), false},
          {2000, QStringLiteral("Passed one."), false},
          {4000, QStringLiteral("Passed two."), false},
          {40000, QStringLiteral("Next step."), false}});
    running = true;
    advance(0);
    ASSERT_EQ(engine.requests.size(), 3U); // the first 30 s, still being made
    positionMs = 40000;
    speech.jump();
    ASSERT_EQ(engine.requests.size(), 1U) << "the passed sentences are no longer asked for";
    EXPECT_EQ(engine.requests.front().text, QStringLiteral("Next step."));
    EXPECT_TRUE(engine.requests.front().urgent);
    engine.deliverAll();
    ASSERT_EQ(output.scheduled.size(), 1U);
    EXPECT_EQ(output.scheduled[0].bytes,
              FakeEngine::samplesFor(QStringLiteral("Next step.")).size());
}

TEST_F(SessionSpeechTest, AnInteractiveSentenceGoesFirstInTheQueueAndIsHeardAtOnce)
{
    load({{20000, QStringLiteral("Later."), false}});
    running = true;
    advance(3000);
    speech.sayNow(QStringLiteral("Easier: Supported pigeon."));
    ASSERT_EQ(engine.requests.size(), 2U);
    EXPECT_TRUE(engine.requests.back().urgent);
    engine.deliverAll();
    ASSERT_EQ(output.scheduled.size(), 1U);
    EXPECT_EQ(output.scheduled[0].when, at(3000));
}

TEST_F(SessionSpeechTest, AnEngineThatSpeaksItselfIsAskedAtTheMomentAndYieldsWhileSpeaking)
{
    FakeEngine qtEngine(false);
    QSignalSpy dropped(&speech, &SessionSpeech::dropped);
    QSignalSpy spoken(&speech, &SessionSpeech::spoken);
    speech.setSession({{1000, QStringLiteral("Cue."), false}, {1500, QStringLiteral("Up"), true}},
                      QStringLiteral("en"), time(), 0);
    speech.setEngine(&qtEngine);
    EXPECT_TRUE(speech.isOpeningReady()) << "nothing to make ahead";
    running = true;
    advance(999);
    EXPECT_TRUE(qtEngine.said.isEmpty());
    advance(1);
    EXPECT_EQ(qtEngine.said, QStringList{QStringLiteral("Cue.")});
    ASSERT_EQ(spoken.count(), 1);
    qtEngine.speaking = true;
    advance(500);
    ASSERT_EQ(dropped.count(), 1);
    EXPECT_EQ(dropped.at(0).at(1).toString(), QStringLiteral("speaking"));
}
