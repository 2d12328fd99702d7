#include <gtest/gtest.h>

#include "app/play_request.h"
#include "player_test_support.h"
#include "storage/routine_library.h"

using namespace unclutch;

TEST(PlayRequest, AFilePathAnIdAndNeither)
{
    QTemporaryDir dir;
    const QString path = test::writeRoutine(dir, test::testRoutineJson());
    storage::RoutineLibrary library({{dir.path(), storage::RoutineOrigin::User}});
    library.reload();

    const app::PlayRequest byFile = app::PlayRequest::resolve(path, library);
    ASSERT_TRUE(byFile.routine);
    EXPECT_EQ(byFile.file, path);
    const app::PlayRequest byId =
        app::PlayRequest::resolve(QStringLiteral("test-routine"), library);
    ASSERT_TRUE(byId.routine);
    EXPECT_EQ(byId.routine->title, "Test routine");

    const app::PlayRequest unknown = app::PlayRequest::resolve(QStringLiteral("nope"), library);
    EXPECT_FALSE(unknown.routine);
    ASSERT_FALSE(unknown.problems.isEmpty());
    EXPECT_NE(unknown.problems.first().indexOf(QStringLiteral("\"nope\"")), -1);
}

TEST(PlayRequest, AnInvalidFileGivesItsErrors)
{
    QTemporaryDir dir;
    const QString path = test::writeRoutine(dir, R"({"format": 1, "title": "Broken", "steps": []})",
                                            QStringLiteral("b.json"));
    storage::RoutineLibrary library({});
    const app::PlayRequest request = app::PlayRequest::resolve(path, library);
    EXPECT_FALSE(request.routine);
    ASSERT_GE(request.problems.size(), 2);
    EXPECT_NE(request.problems.first().indexOf(QStringLiteral("error")), -1);
}
