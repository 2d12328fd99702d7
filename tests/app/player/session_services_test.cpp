#include <gtest/gtest.h>

#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include "app/audio/sound_player.h"
#include "app/audio/voice.h"
#include "app/player/player_controller.h"
#include "app/player/player_controls.h"
#include "app/player/player_view.h"
#include "app/player/session_audio.h"
#include "app/player/session_recorder.h"
#include "app/ui/main_window.h"
#include "player_test_support.h"
#include "storage/history_store.h"
#include "storage/routine_library.h"

using namespace unclutch;
using core::SessionState;
using storage::SessionOutcome;

namespace {

std::int64_t msSince(const test::FakeClock& clock)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(clock.now - clock.origin).count();
}

class SessionRecorderTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        file = dir.filePath(QStringLiteral("history.sqlite"));
        store = openStore();
        ASSERT_TRUE(store);
        controller.setClock(clock.function());
        recorder = std::make_unique<app::SessionRecorder>(&controller, store.get());
        recorder->setClock([this] { return wall(); });
        const QString path = test::writeRoutine(dir, test::testRoutineJson());
        controller.load(test::readRoutine(path), path);
    }

    std::unique_ptr<storage::HistoryStore> openStore()
    {
        auto opened = std::make_unique<storage::HistoryStore>(file, [this] { return wall(); });
        EXPECT_TRUE(opened->open().ok());
        return opened;
    }

    // The wall clock moves with the session's clock.
    QDateTime wall() const { return wallStart.addMSecs(msSince(clock)); }

    void playTo(std::int64_t ms)
    {
        auto at = msSince(clock);
        while (at < ms) {
            at = std::min(ms, at + 500);
            clock.setMs(at);
            controller.runner()->wake();
        }
    }

    storage::SessionRecord stored() const
    {
        EXPECT_TRUE(recorder->sessionId().has_value());
        const auto record = store->session(recorder->sessionId().value_or(0));
        EXPECT_TRUE(record.ok()) << record.error().toStdString();
        return record.ok() ? record.value() : storage::SessionRecord{};
    }

    test::SettingsSandbox settings;
    QTemporaryDir dir;
    QString file;
    test::FakeClock clock;
    const QDateTime wallStart = QDateTime(QDate(2024, 5, 1), QTime(7, 30), Qt::UTC);
    std::unique_ptr<storage::HistoryStore> store;
    app::PlayerController controller;
    std::unique_ptr<app::SessionRecorder> recorder;
};

} // namespace

TEST_F(SessionRecorderTest, NothingIsRecordedBeforeTheSessionRuns)
{
    EXPECT_FALSE(recorder->sessionId());
    EXPECT_FALSE(recorder->isUpdateTimerActive());
    EXPECT_EQ(store->count().value(), 0);
}

TEST_F(SessionRecorderTest, StartUpdatesAndFinishGiveTheRecord)
{
    QSignalSpy failed(recorder.get(), &app::SessionRecorder::writeFailed);
    controller.start();
    ASSERT_TRUE(recorder->sessionId());
    EXPECT_TRUE(recorder->isUpdateTimerActive());
    storage::SessionRecord record = stored();
    EXPECT_EQ(record.outcome, SessionOutcome::InProgress);
    EXPECT_EQ(record.routineId, QStringLiteral("test-routine"));
    EXPECT_EQ(record.routineTitle, QStringLiteral("Test routine"));
    EXPECT_EQ(record.start, wallStart);
    EXPECT_EQ(record.plannedActiveMs, controller.summary().plannedActiveMs);
    controller.setPainBefore(3);

    EXPECT_EQ(record.plannedActiveMs, 30000); // the four steps, without their get-ready
    EXPECT_EQ(record.timelineFingerprint, controller.summary().timelineFingerprint);
    EXPECT_FALSE(record.timelineFingerprint.isEmpty());
    EXPECT_EQ(record.fit, std::nullopt);

    // Step boundaries: the Pigeon's get-ready at 12 s, its step at 15 s; the get-ready of the
    // first step (0–2 s) and of the Pigeon (12–15 s) are not practice.
    playTo(16000);
    record = stored();
    EXPECT_EQ(record.completedActiveMs, 10000);
    EXPECT_EQ(record.stepsCompleted, 1);
    EXPECT_EQ(record.currentInstance, 1);
    EXPECT_EQ(record.painBefore, 3);

    controller.togglePause();
    EXPECT_FALSE(recorder->isUpdateTimerActive());
    EXPECT_EQ(stored().completedActiveMs, 11000); // written at the pause
    controller.togglePause();
    EXPECT_TRUE(recorder->isUpdateTimerActive());

    playTo(41000);
    EXPECT_EQ(controller.state(), SessionState::Finished);
    EXPECT_FALSE(recorder->isUpdateTimerActive());
    controller.setPainAfter(2);
    record = stored();
    EXPECT_EQ(record.outcome, SessionOutcome::Completed);
    EXPECT_EQ(record.completedActiveMs, 30000);
    EXPECT_EQ(record.stepsCompleted, 4);
    ASSERT_EQ(record.steps.size(), 4);
    const storage::StepRecord pigeonRight{
        2, core::Side::Right, QStringLiteral("Pigeon"), core::InstanceOutcome::Done, 6000, false};
    EXPECT_EQ(record.steps[2], pigeonRight);
    EXPECT_EQ(record.end, wallStart.addMSecs(40000));
    EXPECT_EQ(record.painBefore, 3);
    EXPECT_EQ(record.painAfter, 2);
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(store->count().value(), 1);
}

// A history view follows what it shows: the start, the ratings and the end, but not each of
// the periodic progress writes.
TEST_F(SessionRecorderTest, HistoryChangedForStartRatingsAndEndOnly)
{
    QSignalSpy changed(recorder.get(), &app::SessionRecorder::historyChanged);
    controller.start();
    EXPECT_EQ(changed.count(), 1);
    controller.setPainBefore(3);
    EXPECT_EQ(changed.count(), 2);
    playTo(16000); // step boundaries write progress
    recorder->update();
    EXPECT_EQ(changed.count(), 2);
    playTo(41000);
    EXPECT_EQ(controller.state(), SessionState::Finished);
    EXPECT_EQ(changed.count(), 3);
    controller.setPainAfter(2);
    EXPECT_EQ(changed.count(), 4);
}

TEST_F(SessionRecorderTest, StopGivesStoppedWithEveryStepAsItEnded)
{
    controller.start();
    playTo(20000);
    controller.stop();
    const storage::SessionRecord record = stored();
    EXPECT_EQ(record.outcome, SessionOutcome::Stopped);
    EXPECT_EQ(record.completedActiveMs, 15000);
    EXPECT_EQ(record.stepsCompleted, 1);
    EXPECT_EQ(record.end, wallStart.addMSecs(20000));
    EXPECT_EQ(record.currentInstance, 1);
    using core::InstanceOutcome;
    const QList<storage::StepRecord> steps = {
        {1, core::Side::None, QStringLiteral("Lie down"), InstanceOutcome::Done, 10000, false},
        {2, core::Side::Left, QStringLiteral("Pigeon"), InstanceOutcome::Cut, 5000, false},
        {2, core::Side::Right, QStringLiteral("Pigeon"), InstanceOutcome::NotReached, 0, false},
        {3, core::Side::None, QStringLiteral("Cat-cow"), InstanceOutcome::NotReached, 0, false},
    };
    EXPECT_EQ(record.steps, steps);
    EXPECT_FALSE(recorder->isUpdateTimerActive());
}

// The record once showed more time done than planned: the end is handed out a little after its
// moment, and the active time up to then was taken as done.
TEST_F(SessionRecorderTest, CompletedNeverPassesPlanned)
{
    controller.start();
    playTo(39500);
    clock.setMs(40003);
    controller.runner()->wake();
    ASSERT_EQ(controller.state(), SessionState::Finished);
    const storage::SessionRecord record = stored();
    EXPECT_EQ(record.completedActiveMs, record.plannedActiveMs);
    EXPECT_EQ(record.completedActiveMs, 30000);
}

// 15 s of active time: the Lie down step's 10 s and 5 s of the Pigeon's, whose step starts at 15 s.
TEST_F(SessionRecorderTest, AStopBefore15SecondsWithNoRatingOrNoteIsNotKept)
{
    QSignalSpy changed(recorder.get(), &app::SessionRecorder::historyChanged);
    controller.start();
    EXPECT_EQ(store->count().value(), 1); // written at once, in case of a crash
    playTo(19500);
    clock.setMs(19999);
    controller.runner()->wake();
    controller.stop();
    EXPECT_EQ(controller.summary().completedActiveMs, 14999);
    EXPECT_EQ(store->count().value(), 0);
    EXPECT_FALSE(recorder->sessionId());
    EXPECT_EQ(changed.count(), 2); // its start, and its removal
}

TEST_F(SessionRecorderTest, AStopAt15SecondsIsKept)
{
    controller.start();
    playTo(20000);
    controller.stop();
    EXPECT_EQ(controller.summary().completedActiveMs, 15000);
    EXPECT_EQ(store->count().value(), 1);
    EXPECT_EQ(stored().outcome, SessionOutcome::Stopped);
}

TEST_F(SessionRecorderTest, AShortStopWithARatingOrANoteIsKept)
{
    controller.start();
    controller.setPainBefore(6);
    playTo(5000);
    controller.stop();
    EXPECT_EQ(store->count().value(), 1);
    EXPECT_EQ(stored().painBefore, 6);

    // A note written in the history window while it played.
    const QString path = dir.filePath(QStringLiteral("test-routine.json"));
    controller.load(test::readRoutine(path), path);
    controller.start();
    ASSERT_TRUE(store->setNote(*recorder->sessionId(), QStringLiteral("Too sore today.")).ok());
    playTo(9000);
    controller.stop();
    EXPECT_EQ(store->count().value(), 2);
    EXPECT_EQ(stored().note, QStringLiteral("Too sore today."));
}

TEST_F(SessionRecorderTest, AShortStopRatedAfterwardsIsKeptAfterAll)
{
    controller.start();
    playTo(5000);
    controller.stop();
    EXPECT_EQ(store->count().value(), 0);
    controller.setPainAfter(7);
    ASSERT_EQ(store->count().value(), 1);
    const storage::SessionRecord record = stored();
    EXPECT_EQ(record.outcome, SessionOutcome::Stopped);
    EXPECT_EQ(record.painAfter, 7);
    EXPECT_EQ(record.completedActiveMs, 3000);
    EXPECT_EQ(record.start, wallStart);
    EXPECT_EQ(record.end, wallStart.addMSecs(5000));
    controller.setPainAfter(5); // a second thought changes the same record
    EXPECT_EQ(store->count().value(), 1);
    EXPECT_EQ(stored().painAfter, 5);
}

// Completed is not stopped: a routine shorter than 15 s played to its end is kept.
TEST_F(SessionRecorderTest, AShortRoutinePlayedToItsEndIsKept)
{
    const QString path = test::writeRoutine(
        dir, R"({"format": 1, "title": "Short", "steps": [{"pose": "Breathe", "duration": 8}]})",
        QStringLiteral("short.json"));
    controller.load(test::readRoutine(path), path);
    controller.start();
    playTo(14000);
    ASSERT_EQ(controller.state(), SessionState::Finished);
    EXPECT_EQ(store->count().value(), 1);
    EXPECT_EQ(stored().outcome, SessionOutcome::Completed);
    EXPECT_EQ(stored().completedActiveMs, 8000);
}

TEST_F(SessionRecorderTest, ASessionNeverFinishedIsRecoveredAsInterrupted)
{
    controller.start();
    playTo(20000);
    recorder->update(); // as the 5-second timer would
    const storage::SessionId id = *recorder->sessionId();
    const qint64 written = stored().completedActiveMs;
    EXPECT_EQ(written, 15000);

    // The process dies: nothing is finished, the store is simply gone.
    recorder.reset();
    store.reset();
    clock.setMs(60000);
    store = openStore();
    const auto recovered = store->recoverInterrupted(wall());
    ASSERT_TRUE(recovered.ok()) << recovered.error().toStdString();
    EXPECT_EQ(recovered.value(), 1);
    const storage::SessionRecord record = store->session(id).value();
    EXPECT_EQ(record.outcome, SessionOutcome::Interrupted);
    EXPECT_GE(record.completedActiveMs, written);
    EXPECT_TRUE(record.end.isValid());
    EXPECT_LE(record.end, wall());
}

// A try from the editor is not practice: it leaves no record, and pain ratings during it do not
// reach the record of the session before it.
TEST_F(SessionRecorderTest, ATryLeavesNoRecordAndDoesNotTouchTheOneBefore)
{
    controller.start();
    playTo(20000);
    controller.stop();
    const storage::SessionId before = *recorder->sessionId();

    const QString path = dir.filePath(QStringLiteral("test-routine.json"));
    controller.load(test::readRoutine(path), path, app::SessionStart::tryAt(2));
    EXPECT_TRUE(controller.isTry());
    controller.start();
    EXPECT_FALSE(recorder->isRecording());
    EXPECT_FALSE(recorder->isUpdateTimerActive());
    controller.setPainBefore(7);
    playTo(35000);
    EXPECT_EQ(controller.state(), SessionState::Finished);
    controller.setPainAfter(1);

    EXPECT_EQ(store->count().value(), 1);
    EXPECT_EQ(recorder->sessionId(), before);
    const storage::SessionRecord record = stored();
    EXPECT_EQ(record.outcome, SessionOutcome::Stopped);
    EXPECT_EQ(record.painBefore, std::nullopt);
    EXPECT_EQ(record.painAfter, std::nullopt);

    // The next session that is not a try is recorded again.
    controller.load(test::readRoutine(path), path);
    EXPECT_FALSE(controller.isTry());
    controller.start();
    EXPECT_TRUE(recorder->isRecording());
    EXPECT_EQ(store->count().value(), 2);
}

// The records side of resuming: a stopped session goes on at the get-ready of the instance that
// was playing, with what was played so far, in the same record.
TEST_F(SessionRecorderTest, AResumedSessionGoesOnInItsOwnRecord)
{
    controller.start();
    controller.toggleEasier(); // no variant for "Lie down": nothing changes
    playTo(16000);
    controller.toggleEasier(); // the Pigeon's easier variant, 1 s into its left side
    playTo(20000);
    controller.stop();
    const storage::SessionId id = *recorder->sessionId();

    clock.setMs(3600000); // an hour later
    const auto offered = store->latestResumable(wall());
    ASSERT_TRUE(offered.ok()) << offered.error().toStdString();
    ASSERT_TRUE(offered->has_value());
    const storage::SessionRecord left = **offered;
    EXPECT_EQ(left.id, id);
    EXPECT_EQ(left.currentInstance, 1);
    EXPECT_EQ(left.easierChosen, QList<int>{1});

    const QString path = dir.filePath(QStringLiteral("test-routine.json"));
    const core::Routine routine = test::readRoutine(path);
    const std::optional<app::SessionStart> start = app::resumeStart(left, routine);
    ASSERT_TRUE(start.has_value());
    controller.load(routine, path, *start);
    app::PlayerFrame frame = controller.frame();
    EXPECT_EQ(frame.instance, 1);
    EXPECT_TRUE(frame.gettingReady);
    EXPECT_TRUE(frame.easierShown); // the same easier choices
    EXPECT_EQ(frame.pose, QStringLiteral("Pigeon, toe tucked"));
    EXPECT_EQ(frame.completedMs, 15000);

    const qint64 resumedAt = msSince(clock);
    controller.start();
    EXPECT_EQ(recorder->sessionId(), id);
    storage::SessionRecord record = stored();
    EXPECT_EQ(record.outcome, SessionOutcome::InProgress);
    EXPECT_EQ(record.resumed, 1);
    EXPECT_EQ(record.completedActiveMs, 15000); // the time already done stays counted

    playTo(resumedAt + 28000); // the Pigeon again from its get-ready, then the rest
    ASSERT_EQ(controller.state(), SessionState::Finished);
    record = stored();
    EXPECT_EQ(store->count().value(), 1);
    EXPECT_EQ(record.outcome, SessionOutcome::Completed);
    EXPECT_EQ(record.start, wallStart);
    EXPECT_EQ(record.resumed, 1);
    EXPECT_EQ(record.completedActiveMs, 30000); // the Pigeon's left side counted once
    EXPECT_EQ(record.stepsCompleted, 4);
    EXPECT_TRUE(record.steps[1].easier);
    EXPECT_EQ(store->latestResumable(wall()).value(), std::nullopt);
}

// What the fit controls and --play --minutes/--pace/--easier will pass: kept with the record.
TEST_F(SessionRecorderTest, TheFitAndEasierChoicesAreKept)
{
    const QString path = dir.filePath(QStringLiteral("test-routine.json"));
    app::SessionStart start;
    start.fit = storage::SessionFit{20.0, 12.5, true};
    start.easierSteps = {0, 1, 2}; // easier throughout: every step that has a variant
    controller.load(test::readRoutine(path), path, start);
    controller.start();
    storage::SessionRecord record = stored();
    EXPECT_EQ(record.fit, start.fit);
    EXPECT_EQ(record.easierChosen, QList<int>{1});
    playTo(41000);
    record = stored();
    EXPECT_EQ(record.fit, start.fit);
    EXPECT_TRUE(record.steps[1].easier);
    EXPECT_TRUE(record.steps[2].easier);
    EXPECT_FALSE(record.steps[0].easier); // the first step has no easier variant
}

TEST_F(SessionRecorderTest, ARoutineEditedSinceIsNotResumed)
{
    controller.start();
    playTo(20000);
    controller.stop();
    const storage::SessionRecord left = stored();
    const QString path = dir.filePath(QStringLiteral("test-routine.json"));
    core::Routine edited = test::readRoutine(path);
    ASSERT_TRUE(app::resumeStart(left, edited).has_value());
    edited.steps[0].duration = 12;
    EXPECT_FALSE(app::resumeStart(left, edited).has_value());
    core::Routine translated = test::readRoutine(path);
    translated.steps[1].pose = "Taube"; // the words may change; the timeline may not
    EXPECT_TRUE(app::resumeStart(left, translated).has_value());
}

namespace {

class SessionAudioTest : public ::testing::Test {
protected:
    test::SettingsSandbox settings;
    QTemporaryDir dir;
    storage::RoutineLibrary library{{{dir.path(), storage::RoutineOrigin::User}}};
    test::FakeClock clock;
};

} // namespace

// No audio output and no speech engine: the controls say so, the session plays to its end, and
// M still switches the sounds off and on (the setting holds for when an output appears).
TEST_F(SessionAudioTest, ASessionPlaysToItsEndWithNoAudioAndMTogglesMute)
{
    QSettings().setValue(QStringLiteral("voice/engine"), QStringLiteral("no-such-engine"));
    test::writeRoutine(dir, test::testRoutineJson());
    library.reload();
    app::MainWindow window(library);
    window.playerController()->setClock(clock.function());
    app::SessionAudio audio(window.playerView());
    window.show();
    QSignalSpy soundLost(audio.sound(), &app::SoundPlayer::unavailable);
    QSignalSpy voiceLost(audio.voice(), &app::Voice::unavailable);
    const storage::RoutineEntry* entry = library.findById(QStringLiteral("test-routine"));
    ASSERT_NE(entry, nullptr);
    window.play(*entry->routine, entry->path);
    // The losses are reported from the event loop, once it runs.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return soundLost.count() == 1 && voiceLost.count() == 1; }, 5000));

    EXPECT_FALSE(audio.sound()->isAvailable());
    EXPECT_FALSE(audio.voice()->isAvailable());
    EXPECT_EQ(soundLost.count(), 1);
    EXPECT_EQ(voiceLost.count(), 1);
    auto* mute = window.findChild<QPushButton*>(QStringLiteral("muteButton"));
    auto* voice = window.findChild<QPushButton*>(QStringLiteral("voiceButton"));
    ASSERT_TRUE(mute && voice);
    EXPECT_FALSE(mute->isEnabled());
    EXPECT_EQ(mute->text(), QStringLiteral("No sound"));
    EXPECT_EQ(mute->toolTip(), audio.sound()->unavailableReason());
    EXPECT_FALSE(voice->isEnabled());
    EXPECT_EQ(voice->text(), QStringLiteral("No voice"));
    EXPECT_EQ(voice->toolTip(), audio.voice()->unavailableReason());

    const bool muted = audio.sound()->isMuted();
    QTest::keyClick(&window, Qt::Key_M);
    EXPECT_EQ(audio.sound()->isMuted(), !muted);
    EXPECT_EQ(mute->text(), QStringLiteral("No sound")); // still says why it does nothing
    QTest::keyClick(&window, Qt::Key_M);
    EXPECT_EQ(audio.sound()->isMuted(), muted);

    app::PlayerController* controller = window.playerController();
    for (std::int64_t ms = 500; ms <= 41000; ms += 500) {
        clock.setMs(ms);
        controller->runner()->wake();
    }
    EXPECT_EQ(controller->state(), SessionState::Finished);
    // Whatever the session's sounds queued is delivered before counting again.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    EXPECT_EQ(soundLost.count(), 1); // said once, not per sound
    EXPECT_EQ(voiceLost.count(), 1);
}
