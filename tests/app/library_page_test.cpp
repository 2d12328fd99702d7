#include <gtest/gtest.h>

#include <optional>

#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "../support/test_files.h"
#include "app/translation_loader.h"
#include "app/ui/main_window.h"
#include "storage/routine_library.h"

using namespace unclutch;

namespace {

void writeRoutine(const QTemporaryDir& dir, int number)
{
    test::writeFile(dir.filePath(QStringLiteral("routine-%1.json").arg(number)),
                    QStringLiteral(R"({"format": 1, "title": "Routine %1",
        "steps": [{"pose": "Stand", "duration": 30}]})")
                        .arg(number)
                        .toUtf8());
}

// The library as a new user first sees it, in English or German: fresh settings, so the
// not-medical-advice note is shown above the list.
class LibraryPageTest : public ::testing::TestWithParam<QLocale::Language> {
protected:
    // Without a size, the window opens at the size a first start gives it.
    void open(int routines, std::optional<QSize> size = QSize(1366, 768))
    {
        QSettings().clear();
        for (int number = 1; number <= routines; ++number)
            writeRoutine(dir, number);
        library.reload();
        window = std::make_unique<app::MainWindow>(library);
        if (size)
            window->resize(*size);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        view = window->findChild<QTreeView*>(QStringLiteral("libraryView"));
        ASSERT_NE(view, nullptr);
    }

    // A key as the keyboard sends it: to whatever has the focus.
    static void press(Qt::Key key)
    {
        QWidget* focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr);
        QTest::keyClick(focus, key);
    }

    const app::TranslationLoader translations{QLocale(GetParam())};
    QTemporaryDir dir;
    storage::RoutineLibrary library{{{dir.path(), storage::RoutineOrigin::User}}};
    std::unique_ptr<app::MainWindow> window;
    QTreeView* view = nullptr;
};

} // namespace

TEST_P(LibraryPageTest, TheListHasTheFocusSoTheFirstArrowMovesDownTheList)
{
    open(3);
    EXPECT_EQ(QApplication::focusWidget(), view);
    EXPECT_EQ(view->currentIndex().row(), 0);
    press(Qt::Key_Down);
    EXPECT_EQ(view->currentIndex().row(), 1);
    press(Qt::Key_Down);
    EXPECT_EQ(view->currentIndex().row(), 2);
    press(Qt::Key_Up);
    EXPECT_EQ(view->currentIndex().row(), 1);
}

TEST_P(LibraryPageTest, BackFromThePlayerTheListHasTheFocusAgain)
{
    open(3);
    press(Qt::Key_Down);
    window->showLibrary();
    window->playerView(); // built, as after the first paint
    const storage::RoutineEntry* entry = library.findById(QStringLiteral("routine-2"));
    ASSERT_NE(entry, nullptr);
    window->play(*entry->routine, entry->path);
    window->showLibrary();
    EXPECT_EQ(QApplication::focusWidget(), view);
    press(Qt::Key_Down);
    EXPECT_EQ(view->currentIndex().row(), 2);
}

TEST_P(LibraryPageTest, SixRoutinesAreAllShownWithoutScrolling)
{
    open(6, std::nullopt);
    ASSERT_EQ(view->model()->rowCount(), 6);
    QTRY_VERIFY(view->visualRect(view->model()->index(5, 0)).isValid());
    const QRect last = view->visualRect(view->model()->index(5, 0));
    EXPECT_LE(last.bottom(), view->viewport()->height()) << "the last row is cut";
    EXPECT_FALSE(view->verticalScrollBar()->isVisible());
    // The details keep a useful share of the page.
    auto* details = window->findChild<QWidget*>(QStringLiteral("routineDetails"));
    ASSERT_NE(details, nullptr);
    EXPECT_GE(details->height(), 200);
}

TEST_P(LibraryPageTest, AListTooLongForThePageScrollsAndLeavesTheDetailsTheirRoom)
{
    open(30);
    auto* details = window->findChild<QWidget*>(QStringLiteral("routineDetails"));
    ASSERT_NE(details, nullptr);
    EXPECT_GE(details->height(), 200);
    EXPECT_TRUE(view->verticalScrollBar()->isVisible());
}

INSTANTIATE_TEST_SUITE_P(EnglishAndGerman, LibraryPageTest,
                         ::testing::Values(QLocale::English, QLocale::German),
                         [](const auto& test) {
                             return QLocale::languageToString(test.param).toStdString();
                         });
