#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "app/editor/routine_editor_window.h"
#include "app/player/cautions_page.h"
#include "app/player/countdown_widget.h"
#include "app/player/end_page.h"
#include "app/player/pacer_widget.h"
#include "app/player/pain_rating_widget.h"
#include "app/player/player_controller.h"
#include "app/player/player_controls.h"
#include "app/player/player_view.h"
#include "app/player/session_page.h"
#include "app/player/stop_confirm_bar.h"
#include "app/ui/library_page.h"
#include "app/ui/main_window.h"
#include "app/ui/routine_menu.h"
#include "player_test_support.h"
#include "storage/paths.h"
#include "storage/routine_library.h"

using namespace unclutch;
using core::SessionState;

namespace {

class PlayerViewTest : public ::testing::Test {
protected:
    void open(bool withCautions = false)
    {
        path = test::writeRoutine(dir, test::testRoutineJson(withCautions));
        library.reload();
        window = std::make_unique<app::MainWindow>(library);
        controller()->setClock(clock.function());
        window->resize(1366, 768);
        window->show();
        const storage::RoutineEntry* entry = library.findById(QStringLiteral("test-routine"));
        ASSERT_NE(entry, nullptr);
        window->play(*entry->routine, entry->path);
    }

    app::PlayerController* controller() const { return window->playerController(); }
    app::PlayerView* view() const { return window->playerView(); }
    SessionState state() const { return controller()->state(); }

    // Plays on to `ms` of the clock in small steps, as the real timer would, then repaints.
    void playTo(std::int64_t ms)
    {
        clock.runTo(ms, [this] { controller()->runner()->wake(); });
        view()->refresh();
    }

    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(window.get(), key, modifiers);
    }

    QString text(const char* objectName) const
    {
        auto* label = window->findChild<QLabel*>(QString::fromLatin1(objectName));
        return label ? label->text()
                     : QStringLiteral("<no %1>").arg(QString::fromLatin1(objectName));
    }

    app::CountdownWidget* countdown() const { return view()->sessionPage()->countdown(); }

    test::SettingsSandbox settings;
    QTemporaryDir dir;
    storage::RoutineLibrary library{{{dir.path(), storage::RoutineOrigin::User}}};
    QString path;
    test::FakeClock clock;
    std::unique_ptr<app::MainWindow> window;
};

} // namespace

TEST_F(PlayerViewTest, ThePlayerIsBuiltJustAfterTheFirstPaintAndPlaysAtOnce)
{
    path = test::writeRoutine(dir, test::testRoutineJson());
    library.reload();
    window = std::make_unique<app::MainWindow>(library);
    controller()->setClock(clock.function());
    // The library start builds no player page: the first window does not show one.
    EXPECT_FALSE(window->hasPlayerView());
    window->resize(1366, 768);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    // It is built in the first idle moment after the first paint, before anyone can press Start.
    EXPECT_TRUE(QTest::qWaitFor([this] { return window->hasPlayerView(); }, 5000));
    app::PlayerView* built = window->playerView();
    EXPECT_FALSE(window->isPlayerShown());

    bool sessionLoadedWhenAnnounced = true;
    QObject::connect(window.get(), &app::MainWindow::aboutToPlay, window.get(),
                     [this, &sessionLoadedWhenAnnounced] {
                         sessionLoadedWhenAnnounced = controller()->hasSession();
                     });
    QSignalSpy aboutToPlay(window.get(), &app::MainWindow::aboutToPlay);
    const storage::RoutineEntry* entry = library.findById(QStringLiteral("test-routine"));
    ASSERT_NE(entry, nullptr);
    window->play(*entry->routine, entry->path);
    EXPECT_EQ(aboutToPlay.count(), 1);
    EXPECT_FALSE(sessionLoadedWhenAnnounced);
    EXPECT_EQ(view(), built);
    EXPECT_TRUE(window->isPlayerShown());
    EXPECT_EQ(state(), SessionState::Running);
    EXPECT_EQ(text("poseLabel"), QStringLiteral("Get ready: Lie down"));

    // Its signals reach the window as before: back to the library ends the session.
    emit view()->backToLibrary();
    EXPECT_FALSE(window->isPlayerShown());
    EXPECT_NE(state(), SessionState::Running);
}

TEST_F(PlayerViewTest, APlayerAskedForBeforeTheFirstPaintIsBuiltOnDemand)
{
    path = test::writeRoutine(dir, test::testRoutineJson());
    library.reload();
    window = std::make_unique<app::MainWindow>(library);
    ASSERT_FALSE(window->hasPlayerView());
    app::PlayerView* player = window->playerView();
    ASSERT_NE(player, nullptr);
    EXPECT_TRUE(window->hasPlayerView());
    EXPECT_EQ(window->playerView(), player);
    EXPECT_EQ(player->window(), window.get());
    EXPECT_FALSE(window->isPlayerShown());
}

TEST_F(PlayerViewTest, PlayStartsAtOnceOnTheFirstGetReady)
{
    open();
    EXPECT_FALSE(window->findChild<QLabel*>(QStringLiteral("notKeptNotice"))->isVisible());
    EXPECT_TRUE(window->isPlayerShown());
    EXPECT_EQ(view()->currentPage(), view()->sessionPage());
    EXPECT_EQ(state(), SessionState::Running);
    EXPECT_EQ(text("poseLabel"), QStringLiteral("Get ready: Lie down"));
    EXPECT_EQ(countdown()->text(), QStringLiteral("0:02"));
    EXPECT_EQ(text("nextUpLabel"), QStringLiteral("Next up: Pigeon — left side"));
    EXPECT_TRUE(view()->sessionPage()->painBefore()->isVisible());
}

TEST_F(PlayerViewTest, ShowsPoseSideCountdownCueAndGetReadyAtChosenTimes)
{
    open();
    playTo(4200);
    EXPECT_EQ(text("poseLabel"), QStringLiteral("Lie down"));
    EXPECT_EQ(countdown()->text(), QStringLiteral("0:08"));
    EXPECT_EQ(text("whereLabel"), QStringLiteral("Step 1 of 3"));
    EXPECT_FALSE(view()->sessionPage()->painBefore()->isVisible());
    playTo(7000);
    EXPECT_EQ(text("cueLabel"), QStringLiteral("“Let the pelvis settle.”"));
    playTo(12500);
    EXPECT_EQ(text("poseLabel"), QStringLiteral("Get ready: Pigeon — left side"));
    EXPECT_EQ(text("whereLabel"), QStringLiteral("Get ready · Step 2 of 3 · left side"));
    EXPECT_EQ(countdown()->text(), QStringLiteral("0:03"));
    playTo(21000);
    EXPECT_EQ(text("poseLabel"), QStringLiteral("Get ready: Pigeon — right side"));
    EXPECT_EQ(text("whereLabel"), QStringLiteral("Get ready · Step 2 of 3 · right side"));
    playTo(24000);
    EXPECT_EQ(text("poseLabel"), QStringLiteral("Pigeon — right side"));
    EXPECT_EQ(countdown()->text(), QStringLiteral("0:06"));
}

TEST_F(PlayerViewTest, APacedStepShowsThePacerWithPhaseAndCycle)
{
    open();
    app::PacerWidget* pacer = view()->sessionPage()->pacer();
    EXPECT_FALSE(pacer->isVisible());
    playTo(37000);
    ASSERT_TRUE(pacer->isVisible());
    EXPECT_TRUE(pacer->isAnimating());
    ASSERT_TRUE(pacer->currentFrame().has_value());
    EXPECT_EQ(pacer->currentFrame()->phaseName, QStringLiteral("Up"));
    EXPECT_EQ(pacer->currentFrame()->cycle, 2);
    EXPECT_EQ(pacer->accessibleDescription(), QStringLiteral("Up, cycle 2 of 2"));
    clock.setMs(38600);
    pacer->refresh(); // what the frame timer does
    EXPECT_EQ(pacer->currentFrame()->phaseName, QStringLiteral("Down"));

    key(Qt::Key_Space); // paused: no frame timer
    EXPECT_EQ(state(), SessionState::Paused);
    EXPECT_FALSE(pacer->isAnimating());
    key(Qt::Key_Space);
    EXPECT_TRUE(pacer->isAnimating());
    window->showLibrary(); // hidden: no frame timer either
    EXPECT_FALSE(pacer->isAnimating());
}

TEST_F(PlayerViewTest, SpacePausesAndResumesWhateverHasTheFocus)
{
    open();
    playTo(5000);
    view()
        ->sessionPage()
        ->painBefore()
        ->findChild<QPushButton*>(QStringLiteral("painSkip"))
        ->setFocus();
    key(Qt::Key_Space);
    EXPECT_EQ(state(), SessionState::Paused);
    EXPECT_EQ(text("stateBanner"), QStringLiteral("Paused · Space to go on"));
    EXPECT_TRUE(countdown()->isVisible());
    playTo(9000); // time passes, the session does not
    EXPECT_EQ(countdown()->text(), QStringLiteral("0:07"));
    key(Qt::Key_Space);
    EXPECT_EQ(state(), SessionState::Running);
    EXPECT_FALSE(window->findChild<QLabel*>(QStringLiteral("stateBanner"))->isVisible());
    QKeyEvent media(QEvent::KeyPress, Qt::Key_MediaTogglePlayPause, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &media); // QTest has no text for media keys
    EXPECT_EQ(state(), SessionState::Paused);
}

TEST_F(PlayerViewTest, ArrowsAndLettersMoveBetweenSteps)
{
    open();
    playTo(4000);
    key(Qt::Key_Right);
    controller()->runner()->wake();
    view()->refresh();
    EXPECT_EQ(text("poseLabel"), QStringLiteral("Get ready: Pigeon — left side"));
    key(Qt::Key_N);
    view()->refresh();
    EXPECT_EQ(text("poseLabel"), QStringLiteral("Get ready: Pigeon — right side"));
    key(Qt::Key_Left); // at its start: to the one before
    view()->refresh();
    EXPECT_EQ(text("poseLabel"), QStringLiteral("Get ready: Pigeon — left side"));
    key(Qt::Key_P);
    view()->refresh();
    EXPECT_EQ(text("poseLabel"), QStringLiteral("Get ready: Lie down"));
    key(Qt::Key_N, Qt::ControlModifier); // not a player key
    view()->refresh();
    EXPECT_EQ(text("poseLabel"), QStringLiteral("Get ready: Lie down"));
}

// P in a pose goes back to its get-ready, to get into position and play it again; the time
// done is what was played of the steps, so going back neither resets it nor counts it twice.
TEST_F(PlayerViewTest, PreviousGoesBackToTheGetReadyAndTheTimeDoneStaysTrue)
{
    open();
    playTo(8000); // 6 s into "Lie down" (its get-ready is 2 s)
    EXPECT_TRUE(text("timesLabel").startsWith(QStringLiteral("0:06 done")))
        << text("timesLabel").toStdString();
    key(Qt::Key_P);
    view()->refresh();
    EXPECT_EQ(text("poseLabel"), QStringLiteral("Get ready: Lie down"));
    EXPECT_TRUE(text("timesLabel").startsWith(QStringLiteral("0:06 done")))
        << text("timesLabel").toStdString();
    playTo(10000); // its get-ready again: not played time
    EXPECT_TRUE(text("timesLabel").startsWith(QStringLiteral("0:06 done")))
        << text("timesLabel").toStdString();
    playTo(14000); // 4 s of it again: 10 s played of a 10-second step
    EXPECT_TRUE(text("timesLabel").startsWith(QStringLiteral("0:10 done")))
        << text("timesLabel").toStdString();
    playTo(17000); // more of it again counts no more than the step is long
    EXPECT_TRUE(text("timesLabel").startsWith(QStringLiteral("0:10 done")))
        << text("timesLabel").toStdString();
}

TEST_F(PlayerViewTest, EscStopsAtOnceEarlyAndAsksFirstLater)
{
    open();
    playTo(12500);
    app::StopConfirmBar* confirm = view()->sessionPage()->stopConfirm();
    key(Qt::Key_Escape);
    EXPECT_TRUE(confirm->isVisible());
    EXPECT_EQ(state(), SessionState::Running); // asking does not hold the session
    key(Qt::Key_Space); // any other key answers "keep going", and does its own job
    EXPECT_FALSE(confirm->isVisible());
    EXPECT_EQ(state(), SessionState::Paused);
    key(Qt::Key_Escape);
    EXPECT_TRUE(confirm->isVisible());
    key(Qt::Key_Escape);
    EXPECT_EQ(state(), SessionState::Stopped);
    EXPECT_EQ(view()->currentPage(), view()->endPage());
    EXPECT_EQ(text("endTitle"), QStringLiteral("Session stopped"));
    EXPECT_EQ(text("stepsCompleted"), QStringLiteral("Steps completed: 1 of 3"));
    key(Qt::Key_Escape);
    EXPECT_FALSE(window->isPlayerShown());
}

TEST_F(PlayerViewTest, EscInTheFirstTenSecondsStopsWithoutAsking)
{
    open();
    playTo(3000);
    key(Qt::Key_Escape);
    EXPECT_EQ(state(), SessionState::Stopped);
}

TEST_F(PlayerViewTest, EKeySwitchesToTheEasierVariantAndBack)
{
    open();
    playTo(16000);
    QPushButton* easier = view()->controls()->button(app::PlayerCommand::Easier);
    EXPECT_TRUE(easier->isEnabled());
    key(Qt::Key_E);
    EXPECT_EQ(text("poseLabel"), QStringLiteral("Pigeon, toe tucked — left side"));
    EXPECT_EQ(text("instructionsLabel"), QStringLiteral("Tuck the back toes."));
    EXPECT_TRUE(easier->isChecked());
    playTo(17000);
    easier->click();
    EXPECT_EQ(text("poseLabel"), QStringLiteral("Pigeon — left side"));
    EXPECT_TRUE(controller()->summary().steps[1].easier);
    playTo(33000);
    EXPECT_FALSE(easier->isEnabled());
}

TEST_F(PlayerViewTest, CautionsMustBeAcknowledgedOncePerVersion)
{
    open(true);
    EXPECT_EQ(view()->currentPage(), view()->cautionsPage());
    EXPECT_EQ(state(), SessionState::Ready);
    EXPECT_NE(text("cautionsText").indexOf(QStringLiteral("Stop if it hurts.")), -1);
    key(Qt::Key_Space); // no player key starts a routine past its cautions
    EXPECT_EQ(state(), SessionState::Ready);
    view()->cautionsPage()->understandButton()->click();
    EXPECT_EQ(view()->currentPage(), view()->sessionPage());
    EXPECT_EQ(state(), SessionState::Running);

    const core::Routine routine = test::readRoutine(path);
    window->play(routine, path); // acknowledged: straight in
    EXPECT_EQ(view()->currentPage(), view()->sessionPage());
    EXPECT_EQ(state(), SessionState::Running);

    core::Routine changed = routine;
    changed.cautions.push_back("A new caution.");
    window->play(changed, path);
    EXPECT_EQ(view()->currentPage(), view()->cautionsPage());
    key(Qt::Key_Escape);
    EXPECT_FALSE(window->isPlayerShown());
    EXPECT_FALSE(controller()->hasSession());
}

TEST_F(PlayerViewTest, PainBeforeAndAfterTakeOneKey)
{
    open();
    key(Qt::Key_4);
    EXPECT_EQ(controller()->painBefore(), 4);
    playTo(41000);
    EXPECT_EQ(view()->currentPage(), view()->endPage());
    EXPECT_EQ(text("endTitle"), QStringLiteral("Well done"));
    EXPECT_EQ(text("timePractised"), QStringLiteral("Time practised: 0:30"));
    EXPECT_EQ(text("stepsCompleted"), QStringLiteral("Steps completed: 3 of 3"));
    key(Qt::Key_1);
    key(Qt::Key_0); // within a second of the 1: ten
    EXPECT_EQ(controller()->painAfter(), 10);
    EXPECT_EQ(controller()->summary().painBefore, 4);
}

TEST_F(PlayerViewTest, HelpOverlayListsTheKeysAndClosesWithEsc)
{
    open();
    key(Qt::Key_Question, Qt::ShiftModifier);
    EXPECT_TRUE(view()->isHelpShown());
    key(Qt::Key_Escape);
    EXPECT_FALSE(view()->isHelpShown());
    EXPECT_EQ(state(), SessionState::Running);
}

TEST_F(PlayerViewTest, F11EntersFloorModeWithBiggerTypeAndNoMenus)
{
    open();
    const int before = window->findChild<QLabel*>(QStringLiteral("poseLabel"))->font().pixelSize();
    key(Qt::Key_F11);
    EXPECT_TRUE(window->isFullScreen());
    EXPECT_TRUE(view()->isFloorMode());
    EXPECT_GT(window->findChild<QLabel*>(QStringLiteral("poseLabel"))->font().pixelSize(), before);
    EXPECT_TRUE(window->menuBar()->isHidden());
    key(Qt::Key_F11);
    EXPECT_FALSE(window->isFullScreen());
    EXPECT_FALSE(window->menuBar()->isHidden());
}

TEST_F(PlayerViewTest, CountdownDigitsAreAtLeast96PixelsTallIn1366By768)
{
    open();
    playTo(4000);
    QCoreApplication::processEvents();
    EXPECT_GE(countdown()->digitHeight(), 96);
}

TEST_F(PlayerViewTest, EveryControlHasANameAnAccessibleNameAndATooltipNamingItsKey)
{
    open();
    const auto buttons = view()->findChildren<QPushButton*>();
    ASSERT_FALSE(buttons.isEmpty());
    for (QPushButton* button : buttons) {
        EXPECT_FALSE(button->objectName().isEmpty()) << button->text().toStdString();
        EXPECT_FALSE(button->accessibleName().isEmpty()) << button->text().toStdString();
        EXPECT_FALSE(button->toolTip().isEmpty()) << button->text().toStdString();
    }
    EXPECT_NE(view()
                  ->controls()
                  ->button(app::PlayerCommand::Next)
                  ->toolTip()
                  .indexOf(QStringLiteral("→")),
              -1);
}

TEST_F(PlayerViewTest, TheLibraryStartButtonPlaysTheSelectedRoutine)
{
    path = test::writeRoutine(dir, test::testRoutineJson());
    library.reload();
    window = std::make_unique<app::MainWindow>(library);
    controller()->setClock(clock.function());
    window->show();
    auto* start = window->findChild<QPushButton*>(QStringLiteral("startButton"));
    ASSERT_NE(start, nullptr);
    start->click();
    EXPECT_TRUE(window->isPlayerShown());
    EXPECT_EQ(state(), SessionState::Running);
}

TEST_F(PlayerViewTest, APauseBecauseTheComputerSleptSaysSo)
{
    open();
    playTo(4000);
    clock.setMs(20000); // the next event (the cue at 7 s) was due 13 s ago
    controller()->runner()->wake();
    view()->refresh();
    EXPECT_EQ(state(), SessionState::Paused);
    EXPECT_EQ(text("stateBanner"),
              QStringLiteral("Paused because the computer slept · Space to go on"));
    EXPECT_EQ(text("poseLabel"), QStringLiteral("Lie down"));
    key(Qt::Key_Space);
    EXPECT_EQ(state(), SessionState::Running);
}

// The editor's "Try it" through the menus' wiring: the routine as edited (not saved) plays from
// the selected step, its get-ready first, the steps before it skipped, and says so in the title.
TEST_F(PlayerViewTest, TryItInTheEditorPlaysFromTheSelectedStep)
{
    path = test::writeRoutine(dir, R"({"format": 1, "id": "four", "title": "Four steps",
      "transition": 2, "steps": [
        {"pose": "One", "duration": 5}, {"pose": "Two", "duration": 5},
        {"pose": "Three", "duration": 5}, {"pose": "Four", "duration": 5}]})",
                              QStringLiteral("four.json"));
    library.reload();
    window = std::make_unique<app::MainWindow>(library);
    controller()->setClock(clock.function());
    window->show();
    QTemporaryDir data;
    const storage::Paths paths(data.path());
    auto* menu = new app::RoutineMenu(window.get(), library, paths);
    window->libraryPage()->select(path);
    menu->editSelected();
    app::RoutineEditorWindow* editor = nullptr;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* found = qobject_cast<app::RoutineEditorWindow*>(widget))
            editor = found;
    }
    ASSERT_NE(editor, nullptr);
    std::unique_ptr<app::RoutineEditorWindow> closeAtTheEnd(editor);
    editor->selectStep(2);
    auto* pose = editor->findChild<QLineEdit*>(QStringLiteral("poseEdit"));
    ASSERT_NE(pose, nullptr);
    pose->setFocus();
    QTest::keyClick(pose, Qt::Key_End);
    QTest::keyClicks(pose, QStringLiteral(" again"));

    std::vector<core::Event> fired;
    QObject::connect(
        controller(), &app::PlayerController::eventFired,
        [&fired](const core::Event& event, double, double) { fired.push_back(event); });
    auto* tryIt = editor->findChild<QAction*>(QStringLiteral("actionTryIt"));
    ASSERT_NE(tryIt, nullptr);
    tryIt->trigger();

    EXPECT_TRUE(window->isPlayerShown());
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Trying Four steps — Unclutch"));
    EXPECT_TRUE(controller()->isTry());
    view()->refresh();
    EXPECT_EQ(text("whereLabel"), QStringLiteral("Get ready · Step 3 of 4"));
    // A try is not kept, says so, and asks for no pain rating.
    EXPECT_FALSE(view()->sessionPage()->painBefore()->isVisible());
    EXPECT_TRUE(window->findChild<QLabel*>(QStringLiteral("notKeptNotice"))->isVisible());
    EXPECT_EQ(text("notKeptNotice"),
              QStringLiteral("A try from the editor: not kept in the history."));
    EXPECT_EQ(text("poseLabel"), QStringLiteral("Get ready: Three again"));
    EXPECT_EQ(text("nextUpLabel"), QStringLiteral("Next up: Four"));
    playTo(2500);
    EXPECT_EQ(text("whereLabel"), QStringLiteral("Step 3 of 4"));
    EXPECT_EQ(text("poseLabel"), QStringLiteral("Three again"));
    EXPECT_EQ(countdown()->text(), QStringLiteral("0:05"));
    ASSERT_FALSE(fired.empty());
    EXPECT_EQ(fired.front().type, core::EventType::Prepare);
    for (const core::Event& event : fired)
        EXPECT_EQ(event.instance, 2u) << "nothing of steps 1 and 2 fires";
    EXPECT_TRUE(editor->isWindowModified()) << "the try played the edit; it is still unsaved";

    playTo(15000);
    ASSERT_EQ(view()->currentPage(), view()->endPage());
    EXPECT_FALSE(view()->endPage()->findChild<QWidget*>(QStringLiteral("painRating"))->isVisible());
    key(Qt::Key_5);
    EXPECT_EQ(controller()->painAfter(), std::nullopt);
}

// The history could not be opened for writing: the player says at once that the session will
// not be kept, and asks for no pain rating before or after.
TEST_F(PlayerViewTest, ASessionThatCannotBeKeptSaysSoAndAsksNoRating)
{
    open();
    view()->setHistoryWritable(false);
    const storage::RoutineEntry* entry = library.findById(QStringLiteral("test-routine"));
    ASSERT_NE(entry, nullptr);
    window->play(*entry->routine, entry->path); // a session played from now on
    EXPECT_TRUE(window->findChild<QLabel*>(QStringLiteral("notKeptNotice"))->isVisible());
    EXPECT_EQ(
        text("notKeptNotice"),
        QStringLiteral("This session won't be kept: the history could not be opened for writing."));
    auto* painBefore = view()->sessionPage()->findChild<QWidget*>(QStringLiteral("painRating"));
    ASSERT_NE(painBefore, nullptr);
    EXPECT_FALSE(painBefore->isVisible());
    key(Qt::Key_4);
    EXPECT_EQ(controller()->painBefore(), std::nullopt);
    playTo(41000);
    ASSERT_EQ(view()->currentPage(), view()->endPage());
    EXPECT_FALSE(view()->endPage()->findChild<QWidget*>(QStringLiteral("painRating"))->isVisible());
    key(Qt::Key_4);
    EXPECT_EQ(controller()->painAfter(), std::nullopt);

    // Kept again, the next session asks as usual and shows no notice.
    view()->setHistoryWritable(true);
    window->play(*entry->routine, entry->path);
    EXPECT_FALSE(window->findChild<QLabel*>(QStringLiteral("notKeptNotice"))->isVisible());
    EXPECT_TRUE(painBefore->isVisible());
}
