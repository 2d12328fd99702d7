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

    // Step boundaries: the Pigeon's get-ready at 12 s, its step at 15 s.
    playTo(16000);
    record = stored();
    EXPECT_EQ(record.completedActiveMs, 15000);
    EXPECT_EQ(record.stepsCompleted, 1);
    EXPECT_EQ(record.painBefore, 3);

    controller.togglePause();
    EXPECT_FALSE(recorder->isUpdateTimerActive());
    EXPECT_EQ(stored().completedActiveMs, 16000); // written at the pause
    controller.togglePause();
    EXPECT_TRUE(recorder->isUpdateTimerActive());

    playTo(41000);
    EXPECT_EQ(controller.state(), SessionState::Finished);
    EXPECT_FALSE(recorder->isUpdateTimerActive());
    controller.setPainAfter(2);
    record = stored();
    EXPECT_EQ(record.outcome, SessionOutcome::Completed);
    EXPECT_EQ(record.completedActiveMs, 40000);
    EXPECT_EQ(record.stepsCompleted, 4);
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

TEST_F(SessionRecorderTest, StopGivesStopped)
{
    controller.start();
    playTo(5000);
    controller.stop();
    const storage::SessionRecord record = stored();
    EXPECT_EQ(record.outcome, SessionOutcome::Stopped);
    EXPECT_EQ(record.completedActiveMs, 5000);
    EXPECT_EQ(record.stepsCompleted, 0);
    EXPECT_EQ(record.end, wallStart.addMSecs(5000));
    EXPECT_FALSE(recorder->isUpdateTimerActive());
}

TEST_F(SessionRecorderTest, ASessionNeverFinishedIsRecoveredAsInterrupted)
{
    controller.start();
    playTo(20000);
    recorder->update(); // as the 5-second timer would
    const storage::SessionId id = *recorder->sessionId();
    const qint64 written = stored().completedActiveMs;
    EXPECT_EQ(written, 20000);

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
    playTo(5000);
    controller.stop();
    const storage::SessionId before = *recorder->sessionId();

    const QString path = dir.filePath(QStringLiteral("test-routine.json"));
    controller.load(test::readRoutine(path), path, {2, true});
    EXPECT_TRUE(controller.isTry());
    controller.start();
    EXPECT_FALSE(recorder->isRecording());
    EXPECT_FALSE(recorder->isUpdateTimerActive());
    controller.setPainBefore(7);
    playTo(20000);
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
