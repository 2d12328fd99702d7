#include <gtest/gtest.h>

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>

#include "../support/unprivileged_child.h"
#include "app/application.h"
#include "app/command_line.h"
#include "app/play_request.h"
#include "storage/history_store.h"
#include "storage/paths.h"
#include "storage/routine_library.h"

namespace unclutch::app {
namespace {

using test::ranAsUnprivilegedChild;

// The widget of the app's windows with `objectName`, or nullptr.
template <typename Widget>
Widget* findInWindows(const QString& objectName)
{
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (auto* found = window->findChild<Widget*>(objectName))
            return found;
    }
    return nullptr;
}

// `--play` over a history that cannot be written (its file is read-only, as on a shared or
// read-only data folder): the store opens it for reading, and the player must say at once that
// the session won't be kept and ask for no pain rating, rather than play as if it were kept.
TEST(ApplicationTest, PlayingOverAReadOnlyHistorySaysAtOnceTheSessionWontBeKept)
{
    if (ranAsUnprivilegedChild())
        return; // root writes a read-only file all the same
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString data = dir.filePath(QStringLiteral("data"));
    const storage::Paths paths(data);
    ASSERT_TRUE(paths.ensureDataDir().ok());
    {
        storage::HistoryStore history(paths.historyDatabase());
        ASSERT_TRUE(history.open().ok());
    }
    ASSERT_TRUE(QFile::setPermissions(paths.historyDatabase(),
                                      QFile::ReadOwner | QFile::ReadUser | QFile::ReadOther));
    const QString routine = dir.filePath(QStringLiteral("short.json"));
    QFile file(routine);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({ "format": 1, "id": "read-only-play", "title": "Short", "transition": 0,
                   "steps": [ { "pose": "Stand", "duration": 60 } ] })");
    file.close();
    const storage::RoutineLibrary library({});
    PlayRequest request = PlayRequest::resolve(routine, library);
    ASSERT_TRUE(request.routine.has_value())
        << request.problems.join(QLatin1Char('\n')).toStdString();
    const CommandLine commandLine =
        CommandLine::parse({QStringLiteral("unclutch"), QStringLiteral("--play"), routine,
                            QStringLiteral("--data-dir"), data});

    Application application(commandLine, std::move(request));
    const storage::Status started = application.start();
    ASSERT_TRUE(started.ok()) << started.error().toStdString();
    auto* notice = findInWindows<QLabel>(QStringLiteral("notKeptNotice"));
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_FALSE(notice->text().isEmpty());
    auto* sessionPage = findInWindows<QWidget>(QStringLiteral("sessionPage"));
    ASSERT_NE(sessionPage, nullptr);
    auto* painBefore = sessionPage->findChild<QWidget*>(QStringLiteral("painRating"));
    ASSERT_NE(painBefore, nullptr);
    EXPECT_FALSE(painBefore->isVisible());
}

} // namespace
} // namespace unclutch::app
