#include <gtest/gtest.h>

#include <QLabel>
#include <QTableWidget>

#include "../../support/qt_printers.h"
#include "app/report/what_helps_widget.h"
#include "report_test_support.h"

using namespace unclutch;
using app::WhatHelpsWidget;
using app::test::session;
using app::test::utc;

namespace {

class WhatHelpsWidgetTest : public app::test::HistoryFixture {
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        HistoryFixture::SetUp();
    }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }

    static QStringList row(const WhatHelpsWidget& widget, int r)
    {
        QStringList cells;
        for (int c = 0; c < WhatHelpsWidget::ColumnCount; ++c) {
            const QTableWidgetItem* item = widget.table()->item(r, c);
            cells << (item ? item->text() : QStringLiteral("<none>"));
        }
        return cells;
    }

    // The cat-cow's changes −2, 0, −4, −1, +1 and one session rated only before: mean −1.2, range
    // −4 to +1, 60 minutes; the hips' −2 and 0: mean −1.0, too few to say; a walk never rated.
    void addSessions()
    {
        const auto hips = [](int day, int minutes, std::optional<int> before,
                             std::optional<int> after) {
            return session(utc(2024, 5, day, 9), minutes, before, after, {},
                           QStringLiteral("hips"));
        };
        storage::SessionRecord walk = session(utc(2024, 5, 20, 9), 7);
        walk.routineId = QStringLiteral("walk");
        walk.routineTitle = QStringLiteral("A walk");
        add({session(utc(2024, 5, 1, 8), 10, 6, 4), session(utc(2024, 5, 2, 8), 12, 5, 5),
             session(utc(2024, 5, 3, 8), 8, 7, 3), session(utc(2024, 5, 4, 8), 5, 4, std::nullopt),
             session(utc(2024, 5, 5, 8), 10, 6, 5), session(utc(2024, 5, 6, 8), 15, 3, 4),
             hips(1, 10, 5, 3), hips(2, 10, 4, 4), walk});
    }
};

} // namespace

TEST_F(WhatHelpsWidgetTest, ShowsEachRoutineByTitleWithItsFiguresAndACautionWhereTooFew)
{
    addSessions();
    WhatHelpsWidget widget(*m_store);
    EXPECT_TRUE(widget.message().isEmpty());
    ASSERT_EQ(widget.table()->rowCount(), 3);
    EXPECT_EQ(row(widget, 0),
              QStringList({QStringLiteral("A walk"), QStringLiteral("0 of 1"), QStringLiteral("—"),
                           QStringLiteral("—"), QStringLiteral("7"),
                           QStringLiteral("No session rated both before and after yet: nothing "
                                          "to say.")}));
    const QStringList hips = row(widget, 1);
    EXPECT_EQ(hips.mid(0, 5), QStringList({QStringLiteral("Hip openers"), QStringLiteral("2 of 2"),
                                           QStringLiteral("\u22121.0"),
                                           QStringLiteral("\u22122 to 0"), QStringLiteral("20")}));
    EXPECT_TRUE(hips[5].startsWith(
        QStringLiteral("Only 2 sessions rated before and after: too few to say anything yet")))
        << hips[5].toStdString();
    EXPECT_TRUE(hips[5].endsWith(QStringLiteral("Wait for at least 5.")));
    EXPECT_EQ(row(widget, 2),
              QStringList({QStringLiteral("Slow cat-cow"), QStringLiteral("5 of 6"),
                           QStringLiteral("\u22121.2"), QStringLiteral("\u22124 to +1"),
                           QStringLiteral("60"), QString()}));
}

TEST_F(WhatHelpsWidgetTest, FollowsTheFilter)
{
    addSessions();
    WhatHelpsWidget widget(*m_store);
    storage::HistoryFilter hips;
    hips.routineId = QStringLiteral("hips");
    widget.setFilter(hips);
    ASSERT_EQ(widget.table()->rowCount(), 1);
    EXPECT_EQ(row(widget, 0)[0], QStringLiteral("Hip openers"));

    storage::HistoryFilter firstDays;
    firstDays.until = utc(2024, 5, 3, 0);
    widget.setFilter(firstDays);
    ASSERT_EQ(widget.table()->rowCount(), 2);
    EXPECT_EQ(row(widget, 1).mid(0, 3),
              QStringList({QStringLiteral("Slow cat-cow"), QStringLiteral("2 of 2"),
                           QStringLiteral("\u22121.0")}));

    storage::HistoryFilter none;
    none.from = utc(2030, 1, 1);
    widget.setFilter(none);
    EXPECT_TRUE(widget.message().contains(QStringLiteral("No sessions match")));
}

TEST_F(WhatHelpsWidgetTest, AnEmptyOrClosedHistorySaysSo)
{
    WhatHelpsWidget empty(*m_store);
    EXPECT_TRUE(empty.message().startsWith(QStringLiteral("No sessions yet")));
    storage::HistoryStore closed(m_dir.filePath(QStringLiteral("never-opened.sqlite")));
    WhatHelpsWidget unreadable(closed);
    EXPECT_TRUE(unreadable.message().contains(QStringLiteral("could not be opened")));
}
