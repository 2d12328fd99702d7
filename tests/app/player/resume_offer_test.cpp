#include <gtest/gtest.h>

#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "app/history/opened_history.h"
#include "app/player/player_controller.h"
#include "app/player/player_frame.h"
#include "app/player/player_view.h"
#include "app/player/session_recorder.h"
#include "app/resumable_session.h"
#include "app/translation_loader.h"
#include "app/ui/main_window.h"
#include "app/ui/resume_offer.h"
#include "core/fit.h"
#include "core/timeline.h"
#include "core/timeline_fingerprint.h"
#include "player_test_support.h"
#include "storage/history_store.h"
#include "storage/routine_library.h"

using namespace unclutch;
using core::SessionState;
using storage::SessionOutcome;

namespace {

// The first screen's offer, on a session played in the main window and stopped in the left
// Pigeon (instance 1, with its easier variant) after 15 s of the Lie down and 5 s of the Pigeon.
class ResumeOfferTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = test::writeRoutine(dir, test::testRoutineJson());
        library.reload();
        ASSERT_TRUE(store.open().ok());
        controller()->setClock(clock.function());
        window.playerView()->setCautionsSkipped(true);
        recorder.setClock([this] { return wall(); });
        window.show();
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

        window.play(*library.findById(QStringLiteral("test-routine"))->routine, path);
        ASSERT_EQ(controller()->state(), SessionState::Running);
        playTo(16000);
        controller()->toggleEasier(); // the Pigeon's easier variant
        playTo(20000);
        controller()->stop();
        id = recorder.sessionId().value_or(0);
        window.showLibrary();
        clock.setMs(3600000); // an hour later, the app starts again
    }

    app::PlayerController* controller() { return window.playerController(); }
    QDateTime wall() const { return wallStart.addMSecs(clock.ms()); }
    void playTo(std::int64_t ms)
    {
        clock.runTo(ms, [this] { controller()->runner()->wake(); });
    }
    app::ResumeOffer* offer()
    {
        return window.findChild<app::ResumeOffer*>(QStringLiteral("resumeOffer"));
    }
    storage::SessionRecord record() { return store.session(id).value(); }

    test::SettingsSandbox settings;
    QTemporaryDir dir;
    QString path;
    storage::RoutineLibrary library{{{dir.path(), storage::RoutineOrigin::User}}};
    test::FakeClock clock;
    const QDateTime wallStart = QDateTime(QDate(2024, 5, 1), QTime(7, 30), Qt::UTC);
    storage::HistoryStore store{dir.filePath(QStringLiteral("history.sqlite")),
                                [this] { return wall(); }};
    app::MainWindow window{library};
    app::SessionRecorder recorder{window.playerController(), &store};
    app::OpenedHistory history{&store, &recorder};
    storage::SessionId id = 0;
};

} // namespace

TEST_F(ResumeOfferTest, RGoesOnAtTheGetReadyOfTheStepThatWasPlayingInTheSameRecord)
{
    app::ResumeOffer* shown = app::ResumeOffer::showIfAny(&window, &history, library, wall());
    ASSERT_NE(shown, nullptr);
    ASSERT_EQ(offer(), shown);
    EXPECT_TRUE(offer()->isVisible());
    auto* text = offer()->findChild<QLabel*>(QStringLiteral("resumeOfferText"));
    ASSERT_NE(text, nullptr);
    EXPECT_EQ(text->text(),
              QStringLiteral("Resume <b>Test routine</b> at step 2, Pigeon — left side?"));
    EXPECT_TRUE(offer()->isAncestorOf(QApplication::focusWidget()));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_R);
    ASSERT_TRUE(window.isPlayerShown());
    EXPECT_EQ(controller()->state(), SessionState::Running);
    app::PlayerFrame frame = controller()->frame();
    EXPECT_EQ(frame.instance, 1);
    EXPECT_TRUE(frame.gettingReady);
    EXPECT_TRUE(frame.easierShown); // the same easier choices
    EXPECT_EQ(frame.completedMs, 15000);
    EXPECT_EQ(recorder.sessionId(), id);
    EXPECT_EQ(record().resumed, 1);
    QTRY_COMPARE(offer(), nullptr); // gone once the session plays

    playTo(3600000 + 28000); // the Pigeon again from its get-ready, then the rest
    ASSERT_EQ(controller()->state(), SessionState::Finished);
    EXPECT_EQ(store.count().value(), 1);
    EXPECT_EQ(record().outcome, SessionOutcome::Completed);
    EXPECT_EQ(record().completedActiveMs, 30000);
}

TEST_F(ResumeOfferTest, EnterResumesToo)
{
    ASSERT_NE(app::ResumeOffer::showIfAny(&window, &history, library, wall()), nullptr);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    ASSERT_TRUE(window.isPlayerShown());
    EXPECT_EQ(controller()->frame().instance, 1);
    EXPECT_EQ(record().resumed, 1);
}

TEST_F(ResumeOfferTest, EscDismissesItForGood)
{
    ASSERT_NE(app::ResumeOffer::showIfAny(&window, &history, library, wall()), nullptr);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_FALSE(window.isPlayerShown());
    QTRY_COMPARE(offer(), nullptr);
    EXPECT_TRUE(record().resumeDismissed);
    EXPECT_EQ(record().resumed, 0);
    EXPECT_EQ(record().outcome, SessionOutcome::Stopped);
    // The next start offers nothing.
    EXPECT_EQ(app::ResumeOffer::showIfAny(&window, &history, library, wall()), nullptr);
}

TEST_F(ResumeOfferTest, DAndTheButtonDismissItAsEscDoes)
{
    ASSERT_NE(app::ResumeOffer::showIfAny(&window, &history, library, wall()), nullptr);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_D);
    EXPECT_TRUE(record().resumeDismissed);
}

TEST_F(ResumeOfferTest, TheResumeButtonResumes)
{
    ASSERT_NE(app::ResumeOffer::showIfAny(&window, &history, library, wall()), nullptr);
    auto* resume = offer()->findChild<QPushButton*>(QStringLiteral("resumeOfferResume"));
    ASSERT_NE(resume, nullptr);
    resume->click();
    ASSERT_TRUE(window.isPlayerShown());
    EXPECT_EQ(record().resumed, 1);
}

TEST_F(ResumeOfferTest, PlayingSomethingElseTakesTheOfferAway)
{
    ASSERT_NE(app::ResumeOffer::showIfAny(&window, &history, library, wall()), nullptr);
    window.play(*library.findById(QStringLiteral("test-routine"))->routine, path);
    QTRY_COMPARE(offer(), nullptr);
    EXPECT_EQ(controller()->frame().instance, 0); // from the start, in a new record
}

TEST_F(ResumeOfferTest, NotOfferedWhenTheRoutineChangedItsTimeline)
{
    QByteArray edited = test::testRoutineJson();
    edited.replace("\"duration\": 10", "\"duration\": 12");
    test::writeRoutine(dir, edited);
    library.reload();
    EXPECT_EQ(app::ResumeOffer::showIfAny(&window, &history, library, wall()), nullptr);
    EXPECT_EQ(offer(), nullptr);

    // Words may change: the timeline is the same.
    QByteArray reworded = test::testRoutineJson();
    reworded.replace("\"Pigeon\"", "\"Taube\"");
    test::writeRoutine(dir, reworded);
    library.reload();
    ASSERT_NE(app::ResumeOffer::showIfAny(&window, &history, library, wall()), nullptr);
    EXPECT_EQ(offer()->findChild<QLabel*>(QStringLiteral("resumeOfferText"))->text(),
              QStringLiteral("Resume <b>Test routine</b> at step 2, Taube — left side?"));
}

TEST_F(ResumeOfferTest, NotOfferedWhenTheRoutineIsGone)
{
    ASSERT_TRUE(QFile::remove(path));
    library.reload();
    EXPECT_EQ(app::ResumeOffer::showIfAny(&window, &history, library, wall()), nullptr);
    EXPECT_EQ(offer(), nullptr);
}

TEST_F(ResumeOfferTest, NotOfferedTwelveHoursAfterTheStart)
{
    clock.setMs(12 * 3600 * 1000);
    EXPECT_EQ(app::ResumeOffer::showIfAny(&window, &history, library, wall()), nullptr);
}

namespace {

// A session of `routine` (read from `file`, fitted as `fitted`) interrupted in its second step
// instance a few minutes before `now`, as the recorder leaves it.
storage::SessionRecord interruptedInTheSecondInstance(const core::Routine& fitted,
                                                      const QString& file, const QDateTime& now)
{
    const core::Timeline timeline(fitted);
    storage::SessionRecord record;
    record.routineId = QString::fromStdString(fitted.id);
    record.routineTitle = QString::fromStdString(fitted.title);
    record.routineFile = file;
    record.start = now.addSecs(-600);
    record.end = now.addSecs(-300);
    record.outcome = SessionOutcome::Interrupted;
    for (const core::Instance& instance : timeline.instances()) {
        storage::StepRecord step;
        step.step = static_cast<int>(instance.step) + 1;
        step.pose = QString::fromStdString(fitted.steps[instance.step].pose);
        step.outcome = core::InstanceOutcome::NotReached;
        record.steps << step;
        record.plannedActiveMs += instance.duration_ms();
    }
    record.steps[0].outcome = core::InstanceOutcome::Done;
    record.steps[0].activeMs = timeline.instances()[0].duration_ms();
    record.completedActiveMs = record.steps[0].activeMs;
    record.currentInstance = 1;
    record.timelineFingerprint = QString::fromStdString(core::timeline_fingerprint(timeline));
    return record;
}

} // namespace

// A bundled routine is resumed as the library shows it, in the interface's language, not as its
// file reads: its words differ, its timeline does not.
TEST(ResumableSession, ABundledRoutineGoesOnInTheInterfacesLanguage)
{
    test::SettingsSandbox settings;
    QTemporaryDir dir;
    const QString file = QStringLiteral(UNCLUTCH_ROUTINES_DIR "/release-the-clutch.json");
    const core::Routine english = test::readRoutine(file);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    storage::HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(store.open().ok());
    ASSERT_TRUE(store.addSessions({interruptedInTheSecondInstance(english, file, now)}).ok());

    const app::TranslationLoader translations{QLocale(QLocale::German)};
    storage::RoutineLibrary library{
        {{QStringLiteral(UNCLUTCH_ROUTINES_DIR), storage::RoutineOrigin::Bundled}}};
    library.reload();
    const storage::Result<app::ResumableSession> found =
        app::ResumableSession::resolve(store.latestResumable(now).value(), library);
    ASSERT_TRUE(found.ok()) << found.error().toStdString();
    EXPECT_EQ(found->step(), 2);
    EXPECT_EQ(found->routine.title,
              library.findById(QStringLiteral("release-the-clutch"))->routine->title);
    EXPECT_NE(found->routine.title, english.title) << "shown in German";
    EXPECT_NE(found->pose().toStdString(), english.steps[1].pose);
}

// The session goes on fitted as it was: the same pace and length, easier throughout kept.
TEST(ResumableSession, TheRoutineIsFittedAgainWithTheRecordsChoices)
{
    test::SettingsSandbox settings;
    QTemporaryDir dir;
    const QString file = test::writeRoutine(dir, test::testRoutineJson());
    const core::Routine routine = test::readRoutine(file);
    const core::FitResult fitted = core::fit(routine, {2.0, 6.0, true});
    ASSERT_TRUE(fitted.ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    storage::SessionRecord record =
        interruptedInTheSecondInstance(fitted.fitted->routine, file, now);
    record.fit = storage::SessionFit{2.0, 6.0, true};
    record.easierChosen = {1};
    storage::HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(store.open().ok());
    ASSERT_TRUE(store.addSessions({record}).ok());
    storage::RoutineLibrary library{{{dir.path(), storage::RoutineOrigin::User}}};
    library.reload();

    const storage::Result<app::ResumableSession> found =
        app::ResumableSession::resolve(store.latestResumable(now).value(), library);
    ASSERT_TRUE(found.ok()) << found.error().toStdString();
    EXPECT_EQ(core::timeline_fingerprint(core::Timeline(found->routine)),
              record.timelineFingerprint.toStdString());
    EXPECT_NE(core::timeline_fingerprint(core::Timeline(routine)),
              record.timelineFingerprint.toStdString());
    EXPECT_EQ(found->start.fit, record.fit);
    EXPECT_EQ(found->start.easierSteps, QList<int>{1});
    ASSERT_TRUE(found->start.continuation.has_value());
    EXPECT_EQ(found->start.continuation->record, store.sessions()->first().id);
    EXPECT_EQ(found->start.continuation->instance, 1u);
}
