#include <gtest/gtest.h>

#include <QRandomGenerator>

#include "app/report/report_layout.h"

using unclutch::app::ReportLayout;
using unclutch::app::ReportPage;

namespace {

QList<double> repeated(int count, double height)
{
    return QList<double>(count, height);
}

// Rows that may each go on any page.
QList<ReportPage> paginate(const QList<double>& rowHeights, double headerHeight,
                           double firstPageSpace, double pageSpace)
{
    QList<unclutch::app::ReportBlock> rows;
    for (double height : rowHeights)
        rows.append({height, false});
    return ReportLayout::paginate(rows, headerHeight, firstPageSpace, pageSpace);
}

} // namespace

TEST(ReportLayout, PutsEveryRowOnTheFirstPageWhenTheyFit)
{
    const QList<ReportPage> pages = paginate(repeated(3, 10), 5, 100, 200);
    EXPECT_EQ(pages, (QList<ReportPage>{{0, 3}}));
}

TEST(ReportLayout, AnEmptyTableIsOnePageWithoutRows)
{
    EXPECT_EQ(paginate(QList<double>{}, 5, 100, 200), (QList<ReportPage>{{0, 0}}));
}

TEST(ReportLayout, RunsOverPagesWithTheHeaderOnEachPage)
{
    // First page: 60 - 10 header = 5 rows of 10; next pages: 110 - 10 = 10 rows.
    const QList<ReportPage> pages = paginate(repeated(25, 10), 10, 60, 110);
    EXPECT_EQ(pages, (QList<ReportPage>{{0, 5}, {5, 10}, {15, 10}}));
}

TEST(ReportLayout, ARowThatDoesNotFitEntirelyGoesToTheNextPage)
{
    // 100 - 10 header leaves 90: 40 + 40 fit, the third 40 does not.
    const QList<ReportPage> pages = paginate({40, 40, 40, 5}, 10, 100, 100);
    EXPECT_EQ(pages, (QList<ReportPage>{{0, 2}, {2, 2}}));
}

TEST(ReportLayout, StartsTheTableOnTheNextPageWhenTheFirstHasNoRoomForARow)
{
    const QList<ReportPage> pages = paginate(repeated(3, 10), 10, 15, 100);
    EXPECT_EQ(pages, (QList<ReportPage>{{0, 0}, {0, 3}}));
}

TEST(ReportLayout, ARowTallerThanAPageGetsAPageOfItsOwn)
{
    const QList<ReportPage> pages = paginate({10, 500, 10}, 10, 110, 110);
    EXPECT_EQ(pages, (QList<ReportPage>{{0, 1}, {1, 1}, {2, 1}}));
}

TEST(ReportLayout, EveryRowOnceInOrderAndNoPageOverfull)
{
    QRandomGenerator random(7);
    QList<double> heights;
    for (int i = 0; i < 500; ++i)
        heights.append(8 + random.bounded(30.0));
    const double header = 12;
    const double first = 150;
    const double page = 400;
    const QList<ReportPage> pages = paginate(heights, header, first, page);
    ASSERT_GT(pages.size(), 30);
    int next = 0;
    for (int p = 0; p < pages.size(); ++p) {
        ASSERT_GT(pages[p].rowCount, 0);
        ASSERT_EQ(pages[p].firstRow, next);
        double used = header;
        for (int r = pages[p].firstRow; r < pages[p].firstRow + pages[p].rowCount; ++r)
            used += heights[r];
        EXPECT_LE(used, p == 0 ? first : page) << "page " << p;
        // Full: the next row would not have fitted.
        if (p + 1 < pages.size()) {
            EXPECT_GT(used + heights[pages[p + 1].firstRow], p == 0 ? first : page);
        }
        next += pages[p].rowCount;
    }
    EXPECT_EQ(next, heights.size());
}

TEST(ReportLayout, ARowKeptWithThePreviousOneMovesWithIt)
{
    // 100 - 10 header leaves 90: the first pair (20 + 20) fits, the second row of the next
    // pair would fit alone (40 + 45 = 85) but is kept with its first (40 + 45 + 20 > 90).
    const QList<unclutch::app::ReportBlock> rows{
        {20, false}, {20, true}, {45, false}, {20, true}, {10, false}};
    EXPECT_EQ(ReportLayout::paginate(rows, 10, 100, 100), (QList<ReportPage>{{0, 2}, {2, 3}}));
}

TEST(ReportLayout, ALongNoteRunsOnOverPagesLineByLine)
{
    // A row, its note's first line kept with it, then 30 more lines that may break anywhere.
    QList<unclutch::app::ReportBlock> rows{{12, false}, {10, true}};
    for (int i = 0; i < 30; ++i)
        rows.append({10, false});
    // Pages of 110 - 10 header = 100: 22 + 7 lines (92) first, then 10 lines a page.
    EXPECT_EQ(ReportLayout::paginate(rows, 10, 110, 110),
              (QList<ReportPage>{{0, 9}, {9, 10}, {19, 10}, {29, 3}}));
}
