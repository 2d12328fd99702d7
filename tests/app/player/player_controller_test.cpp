#include <gtest/gtest.h>

#include <QSignalSpy>

#include "app/player/player_controller.h"
#include "player_test_support.h"

using namespace unclutch;
using app::PlayerController;
using core::SessionState;

namespace {

class PlayerControllerTest : public ::testing::Test {
protected:
    PlayerControllerTest()
    {
        controller.setClock(clock.function());
        const QString path = test::writeRoutine(dir, test::testRoutineJson());
        controller.load(test::readRoutine(path), path);
    }

    // Moves the session's clock to `ms` and lets the runner hand out what is due, in
    // small steps as the real timer would, so nothing looks like a computer that slept.
    void playTo(std::int64_t ms)
    {
        std::int64_t at =
            std::chrono::duration_cast<std::chrono::milliseconds>(clock.now - clock.origin).count();
        while (at < ms) {
            at = std::min(ms, at + 500);
            clock.setMs(at);
            controller.runner()->wake();
        }
    }

    test::SettingsSandbox settings;
    QTemporaryDir dir;
    test::FakeClock clock;
    PlayerController controller;
};

} // namespace

TEST_F(PlayerControllerTest, TheFirstFrameIsTheFirstGetReady)
{
    const app::PlayerFrame frame = controller.frame();
    EXPECT_EQ(frame.state, SessionState::Ready);
    EXPECT_TRUE(frame.gettingReady);
    EXPECT_EQ(frame.pose, QStringLiteral("Lie down"));
    EXPECT_EQ(frame.instanceCount, 4);
    EXPECT_EQ(frame.stepCount, 3);
    EXPECT_EQ(frame.remainingMs, 2000);
    EXPECT_EQ(frame.totalMs, 40000);
    EXPECT_TRUE(frame.hasNext);
    EXPECT_EQ(frame.nextPose, QStringLiteral("Pigeon"));
    EXPECT_EQ(frame.nextSide, core::Side::Left);
}

TEST_F(PlayerControllerTest, FramesFollowTheSessionTime)
{
    controller.start();
    playTo(4500);
    app::PlayerFrame frame = controller.frame();
    EXPECT_FALSE(frame.gettingReady);
    EXPECT_EQ(frame.remainingMs, 7500);
    EXPECT_EQ(frame.lengthMs, 10000);
    EXPECT_EQ(frame.instructions, QStringLiteral("On your back."));
    EXPECT_TRUE(frame.latestCue.isEmpty());

    playTo(7200);
    EXPECT_EQ(controller.frame().latestCue, QStringLiteral("Let the pelvis settle."));

    playTo(13000); // the cue belongs to its step only
    frame = controller.frame();
    EXPECT_TRUE(frame.gettingReady);
    EXPECT_EQ(frame.pose, QStringLiteral("Pigeon"));
    EXPECT_EQ(frame.side, core::Side::Left);
    EXPECT_EQ(frame.remainingMs, 2000);
    EXPECT_TRUE(frame.latestCue.isEmpty());
    EXPECT_EQ(frame.nextSide, core::Side::Right);
}

TEST_F(PlayerControllerTest, APacedStepTellsPhaseCycleAndWhereInTheCycle)
{
    controller.start();
    playTo(31000); // its get-ready has no pace yet
    EXPECT_TRUE(controller.frame().gettingReady);
    EXPECT_FALSE(controller.frame().pace.has_value());
    playTo(37000); // cycle 2 (36–40 s), 1 s into its "Up" half
    const app::PlayerFrame frame = controller.frame();
    ASSERT_TRUE(frame.pace.has_value());
    EXPECT_EQ(frame.pace->cycle, 2);
    EXPECT_EQ(frame.pace->cycles, 2);
    EXPECT_EQ(frame.pace->phase, 0);
    EXPECT_EQ(frame.pace->phaseName, QStringLiteral("Up"));
    EXPECT_DOUBLE_EQ(frame.pace->cycleFraction, 0.25);
    EXPECT_DOUBLE_EQ(frame.pace->phaseFraction, 0.5);
    EXPECT_EQ(frame.pace->phaseStarts, (QList<double>{0.0, 0.5}));
    EXPECT_EQ(frame.pace->beats, (QList<double>{0.0, 0.25, 0.5, 0.75}));

    playTo(38500);
    EXPECT_EQ(controller.paceNow()->phaseName, QStringLiteral("Down"));
}

TEST_F(PlayerControllerTest, EasierShowsTheVariantForBothSidesAndIsRecorded)
{
    controller.start();
    controller.toggleEasier(); // no variant for "Lie down"
    EXPECT_FALSE(controller.frame().easierShown);
    playTo(16000);
    EXPECT_TRUE(controller.frame().easierAvailable);
    QSignalSpy toggled(&controller, &PlayerController::easierToggled);
    controller.toggleEasier();
    ASSERT_EQ(toggled.size(), 1);
    EXPECT_EQ(toggled[0][1].toString(), QStringLiteral("Pigeon, toe tucked"));
    app::PlayerFrame frame = controller.frame();
    EXPECT_TRUE(frame.easierShown);
    EXPECT_EQ(frame.pose, QStringLiteral("Pigeon, toe tucked"));
    EXPECT_EQ(frame.instructions, QStringLiteral("Tuck the back toes."));

    playTo(22000); // the right side keeps the choice
    frame = controller.frame();
    EXPECT_EQ(frame.side, core::Side::Right);
    EXPECT_EQ(frame.pose, QStringLiteral("Pigeon, toe tucked"));
    EXPECT_EQ(controller.summary().easierChosen, QList<int>{1});
    // Back to the pose itself before the right side's step begins: only the left side used it.
    controller.toggleEasier();
    EXPECT_EQ(controller.frame().pose, QStringLiteral("Pigeon"));
    playTo(41000);

    const app::PlayerSummary summary = controller.summary();
    ASSERT_EQ(summary.steps.size(), 4);
    EXPECT_FALSE(summary.steps[0].easier);
    EXPECT_TRUE(summary.steps[1].easier);
    EXPECT_FALSE(summary.steps[2].easier);
    EXPECT_TRUE(summary.easierChosen.isEmpty());
}

TEST_F(PlayerControllerTest, EasierThroughoutShowsEveryVariantFromTheStart)
{
    const QString path = dir.filePath(QStringLiteral("test-routine.json"));
    app::SessionStart start;
    start.easierSteps = {1};
    start.fit = storage::SessionFit{std::nullopt, std::nullopt, true};
    controller.load(test::readRoutine(path), path, start);
    controller.start();
    playTo(13000);
    EXPECT_EQ(controller.frame().pose, QStringLiteral("Pigeon, toe tucked"));
    playTo(41000);
    const app::PlayerSummary summary = controller.summary();
    EXPECT_TRUE(summary.steps[1].easier);
    EXPECT_TRUE(summary.steps[2].easier);
    EXPECT_EQ(summary.fit, start.fit);
}

TEST_F(PlayerControllerTest, StepsPlayedToTheirEndAreCompletedAndSkippedOnesAreNot)
{
    QSignalSpy finished(&controller, &PlayerController::finished);
    controller.start();
    playTo(13000);     // instance 0 played to its end
    controller.next(); // instance 1 skipped in its get-ready, to instance 2
    controller.runner()->wake();
    playTo(30000);
    EXPECT_EQ(controller.frame().instance, 3);
    playTo(41000);
    EXPECT_EQ(finished.size(), 1);
    const app::PlayerSummary summary = controller.summary();
    EXPECT_TRUE(summary.finished);
    using core::InstanceOutcome;
    ASSERT_EQ(summary.steps.size(), 4);
    EXPECT_EQ(summary.steps[0].outcome, InstanceOutcome::Done);
    EXPECT_EQ(summary.steps[1].outcome, InstanceOutcome::Skipped);
    EXPECT_EQ(summary.steps[2].outcome, InstanceOutcome::Done);
    EXPECT_EQ(summary.steps[3].outcome, InstanceOutcome::Done);
    EXPECT_EQ(summary.steps[2].step, 2); // the Pigeon, numbered as people count
    EXPECT_EQ(summary.steps[2].side, core::Side::Right);
    EXPECT_EQ(summary.steps[2].pose, QStringLiteral("Pigeon"));
    // The Pigeon's left side was skipped, so of its three steps the routine completed two.
    EXPECT_EQ(summary.stepsCompleted, 2);
    EXPECT_EQ(summary.stepCount, 3);
    EXPECT_EQ(summary.plannedActiveMs, 30000);
    EXPECT_EQ(summary.completedActiveMs, 24000);
    EXPECT_TRUE(summary.start.isValid());
    EXPECT_TRUE(summary.end.isValid());
}

TEST_F(PlayerControllerTest, SignalsMarkTheMomentsWithThePoseAsShown)
{
    QSignalSpy getReady(&controller, &PlayerController::getReadyStarted);
    QSignalSpy steps(&controller, &PlayerController::stepStarted);
    QSignalSpy phases(&controller, &PlayerController::phaseStarted);
    QSignalSpy beats(&controller, &PlayerController::beat);
    QSignalSpy cues(&controller, &PlayerController::cueFired);
    std::vector<std::pair<core::Event, double>> fired;
    QObject::connect(&controller, &PlayerController::eventFired,
                     [&fired](const core::Event& event, double scheduledMs, double) {
                         fired.emplace_back(event, scheduledMs);
                     });
    controller.start();
    playTo(13000);
    controller.toggleEasier();
    playTo(41000);
    ASSERT_EQ(getReady.size(), 4);
    EXPECT_EQ(getReady[1][0].toString(), QStringLiteral("Pigeon"));
    EXPECT_EQ(getReady[2][0].toString(), QStringLiteral("Pigeon, toe tucked"));
    EXPECT_EQ(getReady[2][1].value<core::Side>(), core::Side::Right);
    ASSERT_EQ(steps.size(), 4);
    EXPECT_EQ(steps[0][2].toString(), QStringLiteral("On your back."));
    EXPECT_EQ(phases.size(), 4);
    EXPECT_EQ(phases[1][1].toString(), QStringLiteral("Down"));
    EXPECT_EQ(beats.size(), 8);
    EXPECT_TRUE(beats[0][0].toBool());
    EXPECT_FALSE(beats[1][0].toBool());
    EXPECT_EQ(cues.size(), 1);
    EXPECT_EQ(fired.size(), controller.runner()->session().timeline().events().size());
}

TEST_F(PlayerControllerTest, PainRatingsAreKeptWithinTheScale)
{
    controller.setPainBefore(11);
    EXPECT_FALSE(controller.painBefore().has_value());
    controller.setPainBefore(6);
    controller.setPainAfter(0);
    EXPECT_EQ(controller.summary().painBefore, 6);
    EXPECT_EQ(controller.summary().painAfter, 0);
}

// "Try it" from the editor's step 3 (Cat-cow, after the two sides of the Pigeon: instance 4 of
// 4): its get-ready comes first, then the step, and nothing before it fires.
TEST_F(PlayerControllerTest, ATryStartsAtTheStepsGetReadyAndSkipsTheEventsBeforeIt)
{
    const QString path = dir.filePath(QStringLiteral("test-routine.json"));
    controller.load(test::readRoutine(path), path, app::SessionStart::tryAt(2));
    EXPECT_TRUE(controller.isTry());
    app::PlayerFrame frame = controller.frame();
    EXPECT_TRUE(frame.gettingReady);
    EXPECT_EQ(frame.pose, QStringLiteral("Cat-cow"));
    EXPECT_EQ(frame.instance, 3);
    EXPECT_EQ(frame.step, 2);
    EXPECT_EQ(frame.instanceCount, 4);
    EXPECT_EQ(frame.remainingMs, 2000);
    EXPECT_EQ(frame.positionMs, 30000);
    EXPECT_FALSE(frame.hasNext);

    std::vector<std::pair<core::Event, double>> fired;
    QObject::connect(&controller, &PlayerController::eventFired,
                     [&fired](const core::Event& event, double scheduledMs, double) {
                         fired.emplace_back(event, scheduledMs);
                     });
    QSignalSpy getReady(&controller, &PlayerController::getReadyStarted);
    QSignalSpy started(&controller, &PlayerController::stepStarted);
    controller.start();
    playTo(2500);
    frame = controller.frame();
    EXPECT_FALSE(frame.gettingReady);
    EXPECT_EQ(frame.activeMs, 2500);
    ASSERT_EQ(getReady.count(), 1);
    EXPECT_EQ(getReady[0][0].toString(), QStringLiteral("Cat-cow"));
    ASSERT_EQ(started.count(), 1);
    EXPECT_EQ(started[0][0].toString(), QStringLiteral("Cat-cow"));
    ASSERT_GE(fired.size(), 2u);
    for (const auto& [event, scheduledMs] : fired)
        EXPECT_EQ(event.instance, 3u);
    EXPECT_EQ(fired[0].first.type, core::EventType::Prepare);
    EXPECT_DOUBLE_EQ(fired[0].second, 0.0); // due at once, at the try's own start

    playTo(10500);
    EXPECT_EQ(controller.state(), SessionState::Finished);
    const app::PlayerSummary summary = controller.summary();
    EXPECT_EQ(summary.stepsCompleted, 1);
    EXPECT_EQ(summary.completedActiveMs, 8000); // the Cat-cow's step, not its get-ready
    EXPECT_TRUE(summary.isTry);
}

TEST_F(PlayerControllerTest, ASecondSidedStepStartsOnItsFirstSideAndAStepThatIsGoneOnTheFirst)
{
    const QString path = dir.filePath(QStringLiteral("test-routine.json"));
    controller.load(test::readRoutine(path), path, app::SessionStart::tryAt(1));
    EXPECT_EQ(controller.frame().instance, 1);
    EXPECT_EQ(controller.frame().side, core::Side::Left);
    controller.load(test::readRoutine(path), path, app::SessionStart::tryAt(7));
    EXPECT_EQ(controller.frame().instance, 0);
    controller.load(test::readRoutine(path), path);
    EXPECT_FALSE(controller.isTry());
}

// The voice holds the start while it makes its opening sentences (SessionAudio).
TEST_F(PlayerControllerTest, AHeldStartWaitsForItsReleaseAndALoadClearsTheHold)
{
    QSignalSpy loaded(&controller, &PlayerController::loaded);
    controller.holdStart();
    controller.start();
    EXPECT_EQ(controller.state(), SessionState::Ready);
    controller.releaseStart();
    EXPECT_EQ(controller.state(), SessionState::Running);

    controller.holdStart();
    controller.releaseStart(); // nothing asked for: nothing starts
    const QString path = test::writeRoutine(dir, test::testRoutineJson());
    controller.holdStart();
    controller.load(test::readRoutine(path), path);
    EXPECT_EQ(loaded.count(), 1);
    controller.start();
    EXPECT_EQ(controller.state(), SessionState::Running) << "a new session is not held";
}
