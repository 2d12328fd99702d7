#include <gtest/gtest.h>

#include <QFile>
#include <QHeaderView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include "app/ui/library_model.h"
#include "app/ui/main_window.h"
#include "storage/routine_library.h"

using namespace unclutch;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

TEST(MainWindow, ShowsEachRoutineWithLengthAndPosesAndABrokenFileWithItsError)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("a.json")),
              R"({"format": 1, "title": "Gentle", "transition": 0,
      "steps": [{"pose": "Tabletop", "duration": 30},
                {"pose": "Pigeon", "duration": 60, "sides": ["left", "right"], "transition": 10}]})");
    writeFile(dir.filePath(QStringLiteral("b.json")), R"({"format": 1, "steps": []})");
    storage::RoutineLibrary library({{dir.path(), storage::RoutineOrigin::User}});
    library.reload();

    app::MainWindow window(library);
    window.show();
    auto* view = window.findChild<QTreeView*>(QStringLiteral("libraryView"));
    ASSERT_NE(view, nullptr);
    QAbstractItemModel* model = view->model();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->index(0, app::LibraryModel::TitleColumn).data().toString(),
              QStringLiteral("Gentle"));
    EXPECT_EQ(model->index(0, app::LibraryModel::LengthColumn).data().toString(),
              QStringLiteral("2:50"));
    EXPECT_EQ(model->index(0, app::LibraryModel::PosesColumn).data().toString(),
              QStringLiteral("Tabletop · Pigeon"));
    EXPECT_EQ(model->index(0, app::LibraryModel::OriginColumn).data().toString(),
              QStringLiteral("Your own"));
    EXPECT_EQ(model->index(1, app::LibraryModel::TitleColumn).data().toString(),
              QStringLiteral("b.json"));
    EXPECT_NE(model->index(1, app::LibraryModel::PosesColumn)
                  .data()
                  .toString()
                  .indexOf(QStringLiteral("error")),
              -1);

    auto* details = window.findChild<QTextBrowser*>(QStringLiteral("routineDetails"));
    ASSERT_NE(details, nullptr);
    EXPECT_NE(details->toPlainText().indexOf(QStringLiteral("Pigeon")), -1);
    view->setCurrentIndex(model->index(1, 0));
    EXPECT_NE(details->toPlainText().indexOf(QStringLiteral("b.json")), -1);
}

TEST(MainWindow, TheShortColumnsFitTheirContentsWhenShownAndAfterAReload)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("a.json")),
              R"({"format": 1, "title": "Short", "steps": [{"pose": "Stand", "duration": 30}]})");
    storage::RoutineLibrary library({{dir.path(), storage::RoutineOrigin::User}});
    library.reload();
    app::MainWindow window(library);
    window.resize(1000, 700);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* view = window.findChild<QTreeView*>(QStringLiteral("libraryView"));
    ASSERT_NE(view, nullptr);
    // Fitted: fitting the column to its contents again changes nothing.
    const auto fitted = [view](int column) {
        const int width = view->columnWidth(column);
        view->resizeColumnToContents(column);
        return view->columnWidth(column) == width;
    };
    for (int column : {app::LibraryModel::TitleColumn, app::LibraryModel::LengthColumn,
                       app::LibraryModel::OriginColumn})
        EXPECT_TRUE(fitted(column)) << column;
    const int shortWidth = view->columnWidth(app::LibraryModel::TitleColumn);

    // A routine with a long title, read from disk: the column grows to show it whole.
    writeFile(dir.filePath(QStringLiteral("b.json")),
              R"({"format": 1, "title": "A routine with a much, much longer title",
                  "steps": [{"pose": "Stand", "duration": 30}]})");
    library.reload();
    ASSERT_EQ(view->model()->rowCount(), 2);
    EXPECT_GT(view->columnWidth(app::LibraryModel::TitleColumn), shortWidth);
    EXPECT_GE(view->columnWidth(app::LibraryModel::TitleColumn),
              view->fontMetrics().horizontalAdvance(
                  QStringLiteral("A routine with a much, much longer title")));
    EXPECT_TRUE(fitted(app::LibraryModel::TitleColumn));
    // The poses take the rest of the width.
    EXPECT_EQ(view->header()->sectionResizeMode(app::LibraryModel::PosesColumn),
              QHeaderView::Stretch);
}
