#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include "../support/test_files.h"
#include "app/duration_text.h"
#include "app/player/player_controller.h"
#include "app/player/session_recorder.h"
#include "app/ui/library_model.h"
#include "app/ui/library_page.h"
#include "app/ui/main_window.h"
#include "core/fit.h"
#include "core/timeline.h"
#include "storage/history_store.h"
#include "storage/routine_library.h"

using namespace unclutch;

namespace {

using test::writeFile;

// The fit controls beside Start, driven by keys as a person drives them.
class FitControlsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        // 60 s standing and 200 cycles of 10 s: 34:20 as written. A pace of 20 s would make the
        // cat-cow last 4000 s, over the hour a step may last.
        writeFile(dir.filePath(QStringLiteral("a.json")),
                  R"({"format": 1, "id": "fit-a", "title": "A paced one", "transition": 0,
            "steps": [{"pose": "Stand", "duration": 60},
                      {"pose": "Cat-cow", "easier": {"pose": "Small cat-cow"},
                       "pacing": {"cycle": 10, "cycles": 200,
                                  "phases": [{"name": "in", "share": 0.5},
                                             {"name": "out", "share": 0.5}]}}]})");
        writeFile(dir.filePath(QStringLiteral("b.json")),
                  R"({"format": 1, "id": "fit-b", "title": "B timed one", "transition": 0,
            "steps": [{"pose": "Stand", "duration": 30}]})");
        library.reload();
        open();
    }

    void open()
    {
        window = std::make_unique<app::MainWindow>(library);
        window->resize(1366, 768);
        window->show();
        length = window->findChild<QComboBox*>(QStringLiteral("fitLengthCombo"));
        pace = window->findChild<QComboBox*>(QStringLiteral("fitPaceCombo"));
        easier = window->findChild<QCheckBox*>(QStringLiteral("fitEasierCheck"));
        view = window->findChild<QTreeView*>(QStringLiteral("libraryView"));
        details = window->findChild<QTextBrowser*>(QStringLiteral("routineDetails"));
        ASSERT_TRUE(length && pace && easier && view && details);
    }

    void select(const char* file)
    {
        ASSERT_TRUE(window->libraryPage()->select(dir.filePath(QString::fromLatin1(file))));
    }

    const core::Routine& routineA() const
    {
        return *library.findById(QStringLiteral("fit-a"))->routine;
    }

    QString lengthShown(const char* file) const
    {
        auto* model = static_cast<app::LibraryModel*>(view->model());
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->entryAt(row)->path == dir.filePath(QString::fromLatin1(file)))
                return model->index(row, app::LibraryModel::LengthColumn).data().toString();
        }
        return {};
    }

    std::int64_t fittedLength(const core::FitChoices& choices) const
    {
        return core::total_ms(core::fit(routineA(), choices).fitted->routine);
    }

    QTemporaryDir dir;
    storage::RoutineLibrary library{{{dir.path(), storage::RoutineOrigin::User}}};
    std::unique_ptr<app::MainWindow> window;
    QComboBox* length = nullptr;
    QComboBox* pace = nullptr;
    QCheckBox* easier = nullptr;
    QTreeView* view = nullptr;
    QTextBrowser* details = nullptr;
};

} // namespace

TEST_F(FitControlsTest, OffersTheLengthsAndPacesTheRoutineCanTakeAndSaysWhyNotTheOthers)
{
    select("a.json");
    ASSERT_EQ(length->count(), 5);
    EXPECT_EQ(length->itemText(0), QStringLiteral("As written (34:20)"));
    // A quarter of every step is the shortest the routine gets: 5 minutes is out of reach.
    EXPECT_EQ(length->itemText(1),
              QStringLiteral("5 min (at least %1)")
                  .arg(app::minutesSeconds(fittedLength({5.0, std::nullopt, false}))));
    EXPECT_EQ(length->itemText(2), QStringLiteral("10 min"));

    EXPECT_TRUE(pace->isVisibleTo(window.get()));
    EXPECT_EQ(pace->itemText(0), QStringLiteral("As written (10 s)"));
    auto* items = qobject_cast<QStandardItemModel*>(pace->model());
    const int fifteen = pace->findData(15.0);
    const int eighteen = pace->findData(18.0);
    const int twenty = pace->findData(20.0);
    ASSERT_GT(fifteen, 0);
    EXPECT_TRUE(pace->itemText(fifteen).contains(QStringLiteral("up to 15 s a cycle")));
    EXPECT_TRUE(items->item(eighteen)->isEnabled()); // exactly an hour
    EXPECT_FALSE(items->item(twenty)->isEnabled());
    EXPECT_EQ(pace->itemData(twenty, Qt::ToolTipRole).toString(),
              QStringLiteral("Step 2 would last 66:40; a step lasts at most an hour"));
    EXPECT_TRUE(easier->isVisibleTo(window.get()));

    // A routine with no slow movements and no easier variants shows neither choice.
    select("b.json");
    EXPECT_FALSE(pace->isVisibleTo(window.get()));
    EXPECT_FALSE(easier->isVisibleTo(window.get()));
    EXPECT_EQ(length->itemText(0), QStringLiteral("As written (0:30)"));
}

TEST_F(FitControlsTest, AChoiceShowsInTheListAndTheDetailsAtOnceAndIsRememberedPerRoutine)
{
    select("a.json");
    ASSERT_EQ(lengthShown("a.json"), QStringLiteral("34:20"));
    length->setFocus();
    QTest::keyClick(length, Qt::Key_Down);
    QTest::keyClick(length, Qt::Key_Down); // 10 min
    ASSERT_EQ(length->currentData().toDouble(), 10.0);
    const QString tenMinutes = app::minutesSeconds(fittedLength({10.0, std::nullopt, false}));
    EXPECT_EQ(lengthShown("a.json"), tenMinutes);
    EXPECT_TRUE(details->toPlainText().contains(
        QStringLiteral("%1 in all today (34:20 as written)").arg(tenMinutes)))
        << details->toPlainText().toStdString();

    pace->setFocus();
    QTest::keyClick(pace, Qt::Key_Down); // 6 s: the length is still the one chosen
    ASSERT_EQ(pace->currentData().toDouble(), 6.0);
    EXPECT_EQ(lengthShown("a.json"), app::minutesSeconds(fittedLength({10.0, 6.0, false})));
    easier->setFocus();
    QTest::keyClick(easier, Qt::Key_Space);
    EXPECT_TRUE(easier->isChecked());

    // Another routine has its own choices; coming back finds these.
    select("b.json");
    EXPECT_EQ(length->currentIndex(), 0);
    EXPECT_EQ(lengthShown("b.json"), QStringLiteral("0:30"));
    select("a.json");
    EXPECT_EQ(length->currentData().toDouble(), 10.0);
    EXPECT_EQ(pace->currentData().toDouble(), 6.0);
    EXPECT_TRUE(easier->isChecked());

    // Written to the settings a moment later, or as the window goes.
    window.reset();
    EXPECT_EQ(QSettings().value(QStringLiteral("fit/fit-a/minutes")).toDouble(), 10.0);
    EXPECT_EQ(QSettings().value(QStringLiteral("fit/fit-a/pace")).toDouble(), 6.0);
    EXPECT_TRUE(QSettings().value(QStringLiteral("fit/fit-a/easier")).toBool());
    EXPECT_FALSE(QSettings().contains(QStringLiteral("fit/fit-b/minutes")));

    // And the next start shows them, in the list before any routine is selected.
    open();
    EXPECT_EQ(lengthShown("a.json"), app::minutesSeconds(fittedLength({10.0, 6.0, false})));

    // Back to as written: the length is the file's again, and nothing is kept.
    select("a.json");
    length->setFocus();
    QTest::keyClick(length, Qt::Key_Home);
    pace->setFocus();
    QTest::keyClick(pace, Qt::Key_Home);
    easier->setFocus();
    QTest::keyClick(easier, Qt::Key_Space);
    EXPECT_EQ(lengthShown("a.json"), QStringLiteral("34:20"));
    window.reset();
    EXPECT_FALSE(QSettings().contains(QStringLiteral("fit/fit-a/minutes")));
    EXPECT_FALSE(QSettings().contains(QStringLiteral("fit/fit-a/pace")));
    EXPECT_FALSE(QSettings().contains(QStringLiteral("fit/fit-a/easier")));
}

TEST_F(FitControlsTest, StartPlaysTheFittedRoutineAndItsRecordKeepsTheChoices)
{
    storage::HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(store.open().ok());
    app::SessionRecorder recorder(window->playerController(), &store);

    select("a.json");
    length->setFocus();
    QTest::keyClick(length, Qt::Key_Down);
    QTest::keyClick(length, Qt::Key_Down); // 10 min
    easier->setFocus();
    QTest::keyClick(easier, Qt::Key_Space);
    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("startButton")),
                      Qt::LeftButton);

    app::PlayerController* controller = window->playerController();
    ASSERT_NE(controller->routine(), nullptr);
    const core::FitChoices choices{10.0, std::nullopt, true};
    EXPECT_EQ(*controller->routine(), core::fit(routineA(), choices).fitted->routine);
    EXPECT_FALSE(controller->showsEasier(0)); // "Stand" has no easier variant
    EXPECT_TRUE(controller->showsEasier(1));

    QTRY_VERIFY(recorder.sessionId().has_value());
    const auto record = store.session(*recorder.sessionId());
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record.value().fit, (storage::SessionFit{10.0, std::nullopt, true}));
    EXPECT_EQ(record.value().plannedActiveMs, fittedLength(choices));
    EXPECT_EQ(record.value().easierChosen, QList<int>{1});
}

// Settings from before the routine was edited, or edited by hand: what the routine cannot take
// is not a choice, and the rest still is.
TEST_F(FitControlsTest, ARememberedChoiceTheRoutineCannotTakeIsLeftOut)
{
    window.reset();
    QSettings().setValue(QStringLiteral("fit/fit-a/pace"), 20); // a step of 4000 s
    QSettings().setValue(QStringLiteral("fit/fit-a/minutes"), QStringLiteral("ten"));
    QSettings().setValue(QStringLiteral("fit/fit-a/easier"), true);
    open();
    EXPECT_EQ(lengthShown("a.json"), QStringLiteral("34:20"));
    select("a.json");
    EXPECT_EQ(pace->currentIndex(), 0);
    EXPECT_EQ(length->currentIndex(), 0);
    EXPECT_TRUE(easier->isChecked());
}
