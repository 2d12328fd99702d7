#include <QAction>
#include <QMenuBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "app/history/history_window.h"
#include "app/history/opened_history.h"
#include "app/history/session_table_model.h"
#include "app/player/player_controller.h"
#include "app/player/session_recorder.h"
#include "app/ui/history_menu.h"
#include "app/ui/main_window.h"
#include "history_test_fixture.h"
#include "storage/routine_library.h"

using namespace unclutch;

namespace {

class HistoryMenuTest : public test::HistoryFixture {
protected:
    QAction* showHistoryAction(app::MainWindow& window)
    {
        return window.menuBar()->findChild<QAction*>(QStringLiteral("showHistoryAction"));
    }
};

} // namespace

TEST_F(HistoryMenuTest, CtrlHOpensOneHistoryWindowOnTheAppsStore)
{
    add({session(QStringLiteral("cat-cow"), QDate(2025, 3, 19), QTime(8, 0))});
    storage::RoutineLibrary library({});
    app::MainWindow window(library);
    auto* menus = new app::HistoryMenu(&window);
    app::SessionRecorder recorder(window.playerController(), store.get());
    app::OpenedHistory opened(store.get(), &recorder);
    menus->setHistory(&opened, {});
    QAction* action = window.findChild<QAction*>(QStringLiteral("showHistoryAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+H")));

    action->trigger();
    auto* history = qobject_cast<app::HistoryWindow*>(menus->historyWindow());
    ASSERT_NE(history, nullptr);
    EXPECT_TRUE(history->isVisible());
    EXPECT_TRUE(history->isWindow());
    EXPECT_EQ(history->model()->rowCount(), 1);
    action->trigger();
    EXPECT_EQ(menus->historyWindow(), history); // the same window, raised

    // A session recorded while it is open shows up.
    add({session(QStringLiteral("savasana"), QDate(2025, 3, 20), QTime(8, 0))});
    emit recorder.historyChanged();
    emit recorder.historyChanged();
    EXPECT_EQ(history->model()->rowCount(), 1); // not in the middle of the session's moment
    EXPECT_TRUE(QTest::qWaitFor([history] { return history->model()->rowCount() == 2; }));
}
