#include <gtest/gtest.h>

#include <QFontMetricsF>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <map>
#include <memory>

#include "app/player/cautions_page.h"
#include "app/player/countdown_widget.h"
#include "app/player/pacer_widget.h"
#include "app/player/pain_rating_widget.h"
#include "app/player/player_controller.h"
#include "app/player/player_view.h"
#include "app/player/session_page.h"
#include "app/player/stop_confirm_bar.h"
#include "player_test_support.h"

using namespace unclutch;
using core::SessionState;

namespace {

// A routine with the longest texts of the bundled ones: a pose name that does not fit one line
// at full size, instructions of four lines, a cue of two. Get-ready 0–3 s (with the pain
// question), the timed step 3–23 s with its cue from 5 s; get-ready 23–26 s, then two 4-second
// cycles of a paced step 26–34 s with its cue from 27 s.
const char* const kLongTexts = R"json({"format": 1, "id": "long-texts", "title": "Long texts",
  "transition": 3, "cautions": ["Move gently."], "steps": [
    {"pose": "Rest pose (pressure off the lower back)", "duration": 20,
     "instructions": "Use this first when your back is in pain or spasm. Choose a resting position that takes the pressure off your lower back muscles so they can relax. Before you stretch, your back needs to feel safe enough to let go.",
     "cues": [{"at": 2, "text": "Let the weight of the legs sink into the floor."}]},
    {"pose": "Slow cat-cow", "instructions": "Start each movement deep in your abdominal wall and glutes, like stirring a thick stew from the bottom of the bowl. Slowly tip the tailbone up, then down. Let the movement ripple through the lower back last. Keep it excruciatingly slow.",
     "cues": [{"at": 1, "text": "Stir from the bottom of the bowl, not the handle."}],
     "pacing": {"cycle": 4, "cycles": 2,
                "phases": [{"name": "Tip the tailbone up", "share": 0.5},
                           {"name": "Tip the tailbone down", "share": 0.5}]}}]})json";

// The session page of a player as large as a 1366×768 screen: in floor mode the whole screen.
class SessionLayoutTest : public ::testing::TestWithParam<bool> {
protected:
    void SetUp() override
    {
        path = test::writeRoutine(dir, kLongTexts);
        controller.setClock(clock.function());
        view.resize(1366, 768);
        view.setFloorMode(floorMode());
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        view.play(test::readRoutine(path), path);
        view.cautionsPage()->understandButton()->click();
        settle();
    }

    bool floorMode() const { return GetParam(); }

    void settle()
    {
        view.refresh();
        for (int i = 0; i < 3; ++i)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }

    void playTo(std::int64_t ms)
    {
        clock.runTo(
            ms, [this] { controller.runner()->wake(); }, 250);
        settle();
    }

    void press(Qt::Key key)
    {
        QTest::keyClick(&view, key);
        settle();
    }

    template <typename T = QWidget>
    T* find(const char* name) const
    {
        auto* widget = view.findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    app::SessionPage* page() const { return view.sessionPage(); }
    app::CountdownWidget* countdown() const { return page()->countdown(); }

    // Where each part of the page is, and the size of its type.
    std::map<std::string, std::pair<QRect, int>> layout() const
    {
        std::map<std::string, std::pair<QRect, int>> parts;
        for (const char* name : {"poseLabel", "pacer", "phaseLabel", "countdown", "cycleLabel",
                                 "cueLabel", "instructionsLabel", "nextUpLabel"}) {
            const QWidget* widget = find(name);
            if (!widget)
                continue;
            parts[name] = {QRect(widget->mapTo(page(), QPoint(0, 0)), widget->size()),
                           widget->font().pixelSize()};
        }
        parts["digits"] = {QRect(), countdown()->digitHeight()};
        return parts;
    }

    // Every text shown is shown whole: no label has less height than its text needs, and the
    // countdown has the height its width asks for.
    void expectNothingCutOff(const char* when) const
    {
        for (const QLabel* label : page()->findChildren<QLabel*>()) {
            if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
                continue;
            EXPECT_GE(label->height(), label->heightForWidth(label->width()))
                << when << ": " << label->objectName().toStdString() << " is cut";
        }
        EXPECT_GE(countdown()->height(), countdown()->heightForWidth(countdown()->width()))
            << when << ": the countdown is squeezed";
    }

    test::SettingsSandbox settings;
    QTemporaryDir dir;
    QString path;
    test::FakeClock clock;
    app::PlayerController controller;
    app::PlayerView view{&controller};
};

std::string mode(const ::testing::TestParamInfo<bool>& info)
{
    return info.param ? "FloorMode" : "Windowed";
}

} // namespace

TEST_P(SessionLayoutTest, PausingAPacedStepKeepsTheLayoutAndShowsItsBanner)
{
    playTo(28000);
    ASSERT_TRUE(page()->pacer()->isVisible());
    const auto running = layout();
    press(Qt::Key_Space);
    ASSERT_EQ(controller.state(), SessionState::Paused);
    EXPECT_TRUE(find("stateBanner")->isVisible());
    EXPECT_FALSE(find("whereLabel")->isVisible()) << "the banner takes the line's place";
    EXPECT_EQ(layout(), running);
    expectNothingCutOff("paused");

    // Asked whether to stop, the same: the question takes the line too.
    press(Qt::Key_Space);
    press(Qt::Key_Escape);
    ASSERT_TRUE(page()->stopConfirm()->isAsking());
    EXPECT_TRUE(page()->stopConfirm()->isVisible());
    EXPECT_EQ(layout(), running);
    press(Qt::Key_Space); // keep going, and pause
    EXPECT_FALSE(page()->stopConfirm()->isVisible());
    EXPECT_TRUE(find("stateBanner")->isVisible());
    EXPECT_EQ(layout(), running);
}

TEST_P(SessionLayoutTest, TheCountdownHasOneSizeOnEveryScreen)
{
    std::map<std::string, int> digits;
    const auto look = [&](const char* screen) {
        expectNothingCutOff(screen);
        digits[screen] = countdown()->digitHeight();
    };
    playTo(1000);
    ASSERT_TRUE(page()->painBefore()->isVisible());
    look("first get-ready, with the pain question");
    playTo(6000);
    ASSERT_TRUE(find("cueLabel")->isVisible());
    look("timed step with its cue");
    playTo(24000);
    look("get-ready of the paced step");
    playTo(28000);
    ASSERT_TRUE(page()->pacer()->isVisible());
    look("paced step with its cue");
    press(Qt::Key_Space);
    look("paused");

    const int size = digits.begin()->second;
    for (const auto& [screen, height] : digits)
        EXPECT_EQ(height, size) << screen;
    // From two metres on a 14-inch 1366×768 screen, 10 mm is 44 px: the digits are far larger.
    EXPECT_GE(size, 120);
}

TEST_P(SessionLayoutTest, SecondaryTextReadsFromTheFloorInFloorMode)
{
    playTo(28000);
    for (const char* name : {"cycleLabel", "nextUpLabel"}) {
        const QWidget* label = find(name);
        ASSERT_NE(label, nullptr);
        const double capHeight = QFontMetricsF(label->font()).capHeight();
        if (floorMode()) {
            EXPECT_GE(label->font().pixelSize(), 60) << name;
            EXPECT_GE(capHeight, 43.0) << name; // 10 mm on a 14-inch 1366×768 screen
        } else {
            EXPECT_GE(label->font().pixelSize(), 24) << name;
        }
    }
    EXPECT_TRUE(find("cycleLabel")->isVisible());
    EXPECT_EQ(find<QLabel>("cycleLabel")->text(), QStringLiteral("Cycle 1 of 2"));
}

TEST_P(SessionLayoutTest, InstructionsAndTheCueBothShowWhileThePoseRuns)
{
    playTo(6000);
    ASSERT_FALSE(controller.frame().gettingReady);
    EXPECT_TRUE(find("cueLabel")->isVisible());
    EXPECT_TRUE(find("instructionsLabel")->isVisible());
    // Readable: at least the size they have in a window.
    EXPECT_GE(find("instructionsLabel")->font().pixelSize(), 20);
    EXPECT_GE(find("cueLabel")->font().pixelSize(), 27);
    expectNothingCutOff("a pose with a cue");
}

TEST_P(SessionLayoutTest, ButtonsKeepRoomAroundTheirText)
{
    const auto padded = [](const QPushButton* button) {
        const QFontMetrics metrics = button->fontMetrics();
        const int text = metrics.horizontalAdvance(button->text());
        EXPECT_GE(button->width() - text, metrics.height())
            << button->objectName().toStdString() << ": " << button->width() << " for " << text;
    };
    view.play(test::readRoutine(path), path); // acknowledged: straight in
    playTo(12000);
    press(Qt::Key_Escape);
    ASSERT_TRUE(page()->stopConfirm()->isVisible());
    padded(find<QPushButton>("confirmStopButton"));
    padded(find<QPushButton>("keepGoingButton"));

    test::SettingsSandbox fresh; // the cautions are asked again
    view.play(test::readRoutine(path), path);
    settle();
    ASSERT_EQ(view.currentPage(), view.cautionsPage());
    padded(find<QPushButton>("understandButton"));
    padded(find<QPushButton>("cautionsBackButton"));
}

INSTANTIATE_TEST_SUITE_P(WindowedAndFloorMode, SessionLayoutTest, ::testing::Bool(), mode);
