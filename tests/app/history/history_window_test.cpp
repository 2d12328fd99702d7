#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QXYSeries>

#include "app/history/history_filter_bar.h"
#include "app/history/history_header.h"
#include "app/history/history_window.h"
#include "app/history/session_detail_pane.h"
#include "app/history/session_table_model.h"
#include "app/report/history_plots_widget.h"
#include "app/report/what_helps_widget.h"
#include "history_test_fixture.h"
#include "storage/history_sql.h"

using namespace unclutch;
using app::HistoryFilterBar;
using app::HistoryWindow;
using app::SessionTableModel;
using storage::SessionOutcome;

namespace {

const QDate kToday(2025, 3, 31);
const QDateTime kNow = QDateTime(kToday, QTime(20, 0)).toUTC();

class HistoryWindowTest : public test::HistoryFixture {
protected:
    std::unique_ptr<HistoryWindow> makeWindow()
    {
        auto window = std::make_unique<HistoryWindow>(store.get(), nullptr, [] { return kNow; });
        window->setConfirm([this](QWidget*, const QString& title, const QString& question) {
            questions << title + QStringLiteral(": ") + question;
            return answer;
        });
        window->show();
        return window;
    }

    QString cell(const HistoryWindow& window, int row, int column) const
    {
        return window.model()->index(row, column).data().toString();
    }

    void selectRow(HistoryWindow& window, int row)
    {
        QTableView* table = window.table();
        table->setCurrentIndex(window.model()->index(row, 0));
    }

    // The header follows the table: it is filled in once the table has been painted.
    static QString daysText(const HistoryWindow& window)
    {
        EXPECT_TRUE(QTest::qWaitFor([&window] { return !window.header()->daysText().isEmpty(); }));
        QCoreApplication::processEvents();
        return window.header()->daysText();
    }
    static bool painNoteShown(const HistoryWindow& window)
    {
        EXPECT_FALSE(daysText(window).isEmpty()); // the header has been worked out
        return window.header()->isPainNoteShown();
    }

    QStringList questions;
    bool answer = false;
};

} // namespace

TEST_F(HistoryWindowTest, ShowsSessionsNewestFirstWithReadableCells)
{
    storage::SessionRecord oldest =
        session(QStringLiteral("cat-cow"), QDate(2025, 3, 1), QTime(7, 30), 290000, 6, 3);
    storage::SessionRecord middle =
        session(QStringLiteral("savasana"), QDate(2025, 3, 12), QTime(19, 5), 61400);
    middle.outcome = SessionOutcome::Stopped;
    storage::SessionRecord newest = session(QStringLiteral("cat-cow"), QDate(2025, 3, 20),
                                            QTime(8, 0), 120000, 5, std::nullopt);
    newest.outcome = SessionOutcome::Interrupted;
    add({oldest, newest, middle});

    auto window = makeWindow();
    ASSERT_EQ(window->model()->rowCount(), 3);
    EXPECT_EQ(cell(*window, 0, SessionTableModel::DateColumn),
              QStringLiteral("Thu 20 Mar 2025, 08:00"));
    EXPECT_EQ(cell(*window, 1, SessionTableModel::DateColumn),
              QStringLiteral("Wed 12 Mar 2025, 19:05"));
    EXPECT_EQ(cell(*window, 2, SessionTableModel::DateColumn),
              QStringLiteral("Sat 1 Mar 2025, 07:30"));

    EXPECT_EQ(cell(*window, 2, SessionTableModel::RoutineColumn), QStringLiteral("Slow cat-cow"));
    EXPECT_EQ(cell(*window, 2, SessionTableModel::DurationColumn), QStringLiteral("4:50 / 5:20"));
    EXPECT_EQ(cell(*window, 2, SessionTableModel::OutcomeColumn), QStringLiteral("Completed"));
    EXPECT_EQ(cell(*window, 2, SessionTableModel::PainColumn), QStringLiteral("6 → 3"));

    EXPECT_EQ(cell(*window, 1, SessionTableModel::RoutineColumn), QStringLiteral("Savasana"));
    EXPECT_EQ(cell(*window, 1, SessionTableModel::DurationColumn), QStringLiteral("1:01 / 5:20"));
    EXPECT_EQ(cell(*window, 1, SessionTableModel::OutcomeColumn), QStringLiteral("Stopped early"));
    EXPECT_EQ(cell(*window, 1, SessionTableModel::PainColumn), QStringLiteral("—"));

    EXPECT_EQ(cell(*window, 0, SessionTableModel::OutcomeColumn), QStringLiteral("Interrupted"));
    EXPECT_EQ(cell(*window, 0, SessionTableModel::PainColumn), QStringLiteral("5 → —"));

    // The sessions are the first tab, where the charts' tabs will join them.
    ASSERT_GE(window->tabs()->count(), 1);
    EXPECT_EQ(window->tabs()->tabText(0), QStringLiteral("&Sessions"));
}

TEST_F(HistoryWindowTest, ReadsFurtherPagesAsTheViewAsks)
{
    QList<storage::SessionRecord> records;
    for (int i = 0; i < 450; ++i)
        records << session(QStringLiteral("cat-cow"), QDate(2024, 1, 1).addDays(i / 2),
                           QTime(i % 2 ? 19 : 7, 0));
    add(records);

    auto window = makeWindow();
    SessionTableModel* model = window->model();
    EXPECT_EQ(model->totalCount(), 450);
    EXPECT_EQ(model->rowCount(), SessionTableModel::kPageSize);
    ASSERT_TRUE(model->canFetchMore({}));
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 400);
    // The second page goes on where the first stopped: still newest first, nothing twice.
    EXPECT_GT(model->recordAt(199)->start, model->recordAt(200)->start);

    // Scrolling to the end makes the view read the rest.
    window->table()->scrollToBottom();
    EXPECT_TRUE(QTest::qWaitFor([model] { return model->rowCount() == 450; }));
    EXPECT_EQ(model->rowCount(), 450);
    EXPECT_FALSE(model->canFetchMore({}));
    EXPECT_EQ(model->recordAt(449)->start, records.first().start);
    EXPECT_EQ(model->recordAt(0)->start, records.last().start);
}

TEST_F(HistoryWindowTest, FiltersByRoutineAndDates)
{
    add({session(QStringLiteral("cat-cow"), QDate(2024, 3, 1), QTime(7, 0)),
         session(QStringLiteral("savasana"), QDate(2025, 1, 10), QTime(7, 0)),
         session(QStringLiteral("cat-cow"), QDate(2025, 3, 10), QTime(7, 0)),
         session(QStringLiteral("savasana"), QDate(2025, 3, 25), QTime(7, 0)),
         session(QStringLiteral("cat-cow"), QDate(2025, 3, 31), QTime(7, 0))});
    auto window = makeWindow();
    QSignalSpy changed(window.get(), &HistoryWindow::filterChanged);
    EXPECT_EQ(window->model()->rowCount(), 5);

    auto* routine = window->findChild<QComboBox*>(QStringLiteral("routineFilter"));
    ASSERT_NE(routine, nullptr);
    daysText(*window);              // the routines are read with the header, after the table
    ASSERT_EQ(routine->count(), 3); // all, and the two routines by title
    EXPECT_EQ(routine->itemText(0), QStringLiteral("All routines"));
    routine->setCurrentIndex(routine->findData(QStringLiteral("savasana")));
    ASSERT_EQ(window->model()->rowCount(), 2);
    EXPECT_EQ(cell(*window, 0, SessionTableModel::RoutineColumn), QStringLiteral("Savasana"));
    EXPECT_EQ(cell(*window, 1, SessionTableModel::RoutineColumn), QStringLiteral("Savasana"));
    EXPECT_EQ(changed.count(), 1);

    auto* period = window->findChild<QComboBox*>(QStringLiteral("periodFilter"));
    ASSERT_NE(period, nullptr);
    period->setCurrentIndex(period->findData(int(HistoryFilterBar::Period::Last30Days)));
    ASSERT_EQ(window->model()->rowCount(), 1);
    EXPECT_EQ(window->model()->recordAt(0)->start, QDateTime(QDate(2025, 3, 25), QTime(7, 0)));

    routine->setCurrentIndex(0);
    EXPECT_EQ(window->model()->rowCount(), 3);
    period->setCurrentIndex(period->findData(int(HistoryFilterBar::Period::LastYear)));
    EXPECT_EQ(window->model()->rowCount(), 4);

    // Typing a day is choosing a range of one's own: both days are included.
    auto* from = window->findChild<QDateEdit*>(QStringLiteral("fromDate"));
    auto* to = window->findChild<QDateEdit*>(QStringLiteral("toDate"));
    ASSERT_NE(from, nullptr);
    ASSERT_NE(to, nullptr);
    from->setDate(QDate(2025, 1, 10));
    to->setDate(QDate(2025, 3, 10));
    EXPECT_EQ(window->filterBar()->period(), HistoryFilterBar::Period::Custom);
    ASSERT_EQ(window->model()->rowCount(), 2);
    EXPECT_EQ(window->model()->recordAt(0)->start, QDateTime(QDate(2025, 3, 10), QTime(7, 0)));
    EXPECT_EQ(window->model()->recordAt(1)->start, QDateTime(QDate(2025, 1, 10), QTime(7, 0)));

    period->setCurrentIndex(period->findData(int(HistoryFilterBar::Period::AllTime)));
    EXPECT_EQ(window->model()->rowCount(), 5);
    EXPECT_EQ(from->text(), QStringLiteral("the beginning"));
}

TEST_F(HistoryWindowTest, DetailsShowTheSelectedSession)
{
    storage::SessionRecord record =
        session(QStringLiteral("cat-cow"), QDate(2025, 3, 20), QTime(8, 0), 290000, 6, 3);
    using core::InstanceOutcome;
    record.steps = {
        {1, core::Side::None, QStringLiteral("Tabletop"), InstanceOutcome::Done, 60000, false},
        {2, core::Side::None, QStringLiteral("Cat-cow"), InstanceOutcome::Done, 150000, true},
        {3, core::Side::Left, QStringLiteral("Pigeon"), InstanceOutcome::Cut, 40000, false},
        {3, core::Side::Right, QStringLiteral("Pigeon"), InstanceOutcome::Skipped, 0, false},
        {4, core::Side::None, QStringLiteral("Rest"), InstanceOutcome::NotReached, 0, false},
    };
    record.note = QStringLiteral("Hips stiff.");
    add({record});
    auto window = makeWindow();
    const auto text = [&window](const char* name) {
        auto* label = window->findChild<QLabel*>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("(missing)");
    };
    selectRow(*window, 0);
    EXPECT_EQ(text("sessionTitle"), QStringLiteral("Slow cat-cow"));
    EXPECT_EQ(text("sessionFile"), QStringLiteral("/routines/cat-cow.json"));
    EXPECT_EQ(text("sessionPlanned"), QStringLiteral("5:20"));
    EXPECT_EQ(text("sessionCompleted"), QStringLiteral("4:50"));
    EXPECT_EQ(text("sessionSteps"), QStringLiteral("2 of 4")); // step 3 only on one side
    auto* steps = window->findChild<QTreeWidget*>(QStringLiteral("sessionStepList"));
    ASSERT_NE(steps, nullptr);
    EXPECT_TRUE(steps->isVisible());
    ASSERT_EQ(steps->topLevelItemCount(), 5);
    const auto row = [steps](int index) {
        QStringList cells;
        for (int column = 0; column < steps->columnCount(); ++column)
            cells << steps->topLevelItem(index)->text(column);
        return cells;
    };
    EXPECT_EQ(row(0), (QStringList{QStringLiteral("Step 1 of 4"), QStringLiteral("Tabletop"),
                                   QStringLiteral("Done"), QStringLiteral("1:00"), QString()}));
    EXPECT_EQ(row(1),
              (QStringList{QStringLiteral("Step 2 of 4"), QStringLiteral("Cat-cow"),
                           QStringLiteral("Done"), QStringLiteral("2:30"), QStringLiteral("Yes")}));
    EXPECT_EQ(row(2),
              (QStringList{QStringLiteral("Step 3 of 4 · left side"), QStringLiteral("Pigeon"),
                           QStringLiteral("Cut short"), QStringLiteral("0:40"), QString()}));
    EXPECT_EQ(row(3),
              (QStringList{QStringLiteral("Step 3 of 4 · right side"), QStringLiteral("Pigeon"),
                           QStringLiteral("Skipped"), QStringLiteral("0:00"), QString()}));
    EXPECT_EQ(row(4),
              (QStringList{QStringLiteral("Step 4 of 4"), QStringLiteral("Rest"),
                           QStringLiteral("Not reached"), QStringLiteral("0:00"), QString()}));
    EXPECT_FALSE(window->findChild<QLabel*>(QStringLiteral("sessionOlderSteps"))->isVisible());
    EXPECT_EQ(text("sessionOutcome"), QStringLiteral("Completed"));
    EXPECT_EQ(text("sessionPainBefore"), QStringLiteral("6 of 10"));
    EXPECT_EQ(text("sessionPainAfter"), QStringLiteral("3 of 10"));
    EXPECT_NE(text("sessionStarted").indexOf(QStringLiteral("20 March 2025")), -1)
        << text("sessionStarted").toStdString();
    auto* note = window->findChild<QPlainTextEdit*>(QStringLiteral("sessionNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(note->toPlainText(), QStringLiteral("Hips stiff."));
}

// A session recorded before Unclutch kept each step knows only where the easier variant was used.
TEST_F(HistoryWindowTest, DetailsOfASessionFromBeforeStepRecords)
{
    storage::SessionRecord record =
        session(QStringLiteral("cat-cow"), QDate(2025, 3, 20), QTime(8, 0), 290000, 6, 3);
    record.steps = storage::history_sql::legacySteps({1, 4});
    add({record});
    auto window = makeWindow();
    selectRow(*window, 0);
    EXPECT_EQ(window->findChild<QLabel*>(QStringLiteral("sessionSteps"))->text(),
              QStringLiteral("4"));
    EXPECT_FALSE(window->findChild<QTreeWidget*>(QStringLiteral("sessionStepList"))->isVisible());
    auto* older = window->findChild<QLabel*>(QStringLiteral("sessionOlderSteps"));
    EXPECT_TRUE(older->isVisible());
    EXPECT_EQ(older->text(), QStringLiteral("Recorded before Unclutch kept each step; the easier "
                                            "variant was used in steps 2 and 5."));
}

TEST_F(HistoryWindowTest, AnEditedNoteIsSavedOnSelectionChangeAndOnClose)
{
    add({session(QStringLiteral("cat-cow"), QDate(2025, 3, 19), QTime(8, 0)),
         session(QStringLiteral("savasana"), QDate(2025, 3, 20), QTime(8, 0))});
    auto window = makeWindow();
    auto* note = window->findChild<QPlainTextEdit*>(QStringLiteral("sessionNote"));
    ASSERT_NE(note, nullptr);

    selectRow(*window, 0);
    const storage::SessionId newest = window->model()->recordAt(0)->id;
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Calmer after"));
    EXPECT_TRUE(window->details()->hasUnsavedNote());
    selectRow(*window, 1);
    EXPECT_FALSE(window->details()->hasUnsavedNote());
    EXPECT_EQ(openStore()->session(newest)->note, QStringLiteral("Calmer after"));
    // The table keeps it too: back on the row, the note is there.
    selectRow(*window, 0);
    EXPECT_EQ(note->toPlainText(), QStringLiteral("Calmer after"));

    selectRow(*window, 1);
    const storage::SessionId older = window->model()->recordAt(1)->id;
    QTest::keyClicks(note, QStringLiteral("Left knee"));
    window->close();
    window.reset();
    EXPECT_EQ(openStore()->session(older)->note, QStringLiteral("Left knee"));
}

TEST_F(HistoryWindowTest, ANoteThatCannotBeWrittenIsSaidInTheWindow)
{
    add({session(QStringLiteral("cat-cow"), QDate(2025, 3, 19), QTime(8, 0))});
    auto window = makeWindow();
    selectRow(*window, 0);
    const storage::SessionId id = window->model()->recordAt(0)->id;
    // Gone behind the window's back (another process, say): the write cannot land.
    ASSERT_TRUE(openStore()->deleteSession(id).ok());
    auto* note = window->findChild<QPlainTextEdit*>(QStringLiteral("sessionNote"));
    note->setPlainText(QStringLiteral("Lost?"));
    EXPECT_FALSE(window->details()->saveNote());
    auto* status = window->findChild<QLabel*>(QStringLiteral("noteStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_NE(status->text().indexOf(QStringLiteral("could not be saved")), -1)
        << status->text().toStdString();
}

TEST_F(HistoryWindowTest, DeleteAsksAndNoKeepsTheSession)
{
    add({session(QStringLiteral("cat-cow"), QDate(2025, 3, 19), QTime(8, 0)),
         session(QStringLiteral("savasana"), QDate(2025, 3, 20), QTime(9, 15))});
    auto window = makeWindow();
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    selectRow(*window, 0);
    window->table()->setFocus();

    answer = false;
    QTest::keyClick(window->table(), Qt::Key_Delete);
    ASSERT_EQ(questions.size(), 1);
    EXPECT_NE(questions[0].indexOf(QStringLiteral("Savasana")), -1) << questions[0].toStdString();
    EXPECT_NE(questions[0].indexOf(QStringLiteral("Thu 20 Mar 2025, 09:15")), -1)
        << questions[0].toStdString();
    EXPECT_EQ(window->model()->rowCount(), 2);
    EXPECT_EQ(store->count().value(), 2);

    answer = true;
    auto* button = window->findChild<QPushButton*>(QStringLiteral("deleteSessionButton"));
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    ASSERT_EQ(questions.size(), 2);
    ASSERT_EQ(window->model()->rowCount(), 1);
    EXPECT_EQ(cell(*window, 0, SessionTableModel::RoutineColumn), QStringLiteral("Slow cat-cow"));
    EXPECT_EQ(openStore()->count().value(), 1);
    // The routine with no session left is no longer offered; the neighbour is selected.
    auto* routine = window->findChild<QComboBox*>(QStringLiteral("routineFilter"));
    EXPECT_EQ(routine->findData(QStringLiteral("savasana")), -1);
    EXPECT_NE(routine->findData(QStringLiteral("cat-cow")), -1);
    EXPECT_EQ(window->details()->sessionId(), window->model()->recordAt(0)->id);
    EXPECT_EQ(daysText(*window), QStringLiteral("You practised on 1 day."));
}

TEST_F(HistoryWindowTest, CountsDaysPractisedGentlyForTheFilter)
{
    add({session(QStringLiteral("cat-cow"), QDate(2025, 3, 1), QTime(7, 0)),
         session(QStringLiteral("savasana"), QDate(2025, 3, 1), QTime(20, 0)),
         session(QStringLiteral("cat-cow"), QDate(2025, 3, 5), QTime(7, 0)),
         session(QStringLiteral("savasana"), QDate(2025, 3, 9), QTime(7, 0)),
         // Opened and left at once: no practice that day.
         session(QStringLiteral("savasana"), QDate(2025, 3, 11), QTime(7, 0), 0)});
    auto window = makeWindow();
    EXPECT_EQ(daysText(*window), QStringLiteral("You practised on 3 days."));
    window->filterBar()->setRoutineId(QStringLiteral("cat-cow"));
    EXPECT_EQ(daysText(*window), QStringLiteral("You practised on 2 days."));
    window->filterBar()->setRange(QDate(2025, 3, 10), QDate(2025, 3, 31));
    EXPECT_EQ(daysText(*window), QStringLiteral("No practice recorded here yet."));
}

TEST_F(HistoryWindowTest, ACalmNoteWhenPainHasLastedTwoWeeks)
{
    QList<storage::SessionRecord> records;
    for (int day = 0; day < 14; ++day)
        records << session(QStringLiteral("cat-cow"), kToday.addDays(-day), QTime(7, 0), 290000, 5,
                           4);
    add(records);
    auto window = makeWindow();
    EXPECT_TRUE(painNoteShown(*window));
    const QString note = window->header()->painNoteText();
    EXPECT_NE(note.indexOf(QStringLiteral("health professional")), -1) << note.toStdString();
    EXPECT_NE(note.indexOf(QStringLiteral("physiotherapist")), -1);
    EXPECT_NE(note.indexOf(QStringLiteral("14 days")), -1);
}

TEST_F(HistoryWindowTest, NoPainNoteWhenADayWasEasier)
{
    QList<storage::SessionRecord> records;
    for (int day = 0; day < 14; ++day)
        records << session(QStringLiteral("cat-cow"), kToday.addDays(-day), QTime(7, 0), 290000, 5,
                           day == 6 ? 3 : 4);
    add(records);
    auto window = makeWindow();
    EXPECT_FALSE(painNoteShown(*window));
}

TEST_F(HistoryWindowTest, RefreshShowsANewSessionAndKeepsTheSelection)
{
    add({session(QStringLiteral("cat-cow"), QDate(2025, 3, 19), QTime(8, 0))});
    auto window = makeWindow();
    selectRow(*window, 0);
    const storage::SessionId selected = window->model()->recordAt(0)->id;
    add({session(QStringLiteral("savasana"), QDate(2025, 3, 31), QTime(8, 0))});
    window->refresh();
    ASSERT_EQ(window->model()->rowCount(), 2);
    EXPECT_EQ(cell(*window, 0, SessionTableModel::RoutineColumn), QStringLiteral("Savasana"));
    EXPECT_EQ(window->details()->sessionId(), selected);
    EXPECT_EQ(window->table()->currentIndex().row(), 1);
    auto* routine = window->findChild<QComboBox*>(QStringLiteral("routineFilter"));
    EXPECT_NE(routine->findData(QStringLiteral("savasana")), -1);
}

TEST_F(HistoryWindowTest, PlotsFollowTheFilterOnceTheirTabIsShown)
{
    add({session(QStringLiteral("cat-cow"), QDate(2025, 3, 10), QTime(7, 0), 290000, 6, 3),
         session(QStringLiteral("savasana"), QDate(2025, 3, 20), QTime(7, 0), 290000, 5, 4),
         session(QStringLiteral("cat-cow"), QDate(2025, 3, 30), QTime(7, 0), 290000, 4, 2)});
    auto window = makeWindow();
    // Not read while the sessions are on show: the table's first page comes first.
    EXPECT_EQ(window->plots(), nullptr);

    auto* tab = window->findChild<QWidget*>(QStringLiteral("plotsTab"));
    ASSERT_NE(tab, nullptr);
    window->tabs()->setCurrentWidget(tab);
    ASSERT_NE(window->plots(), nullptr);
    const auto painPoints = [&window] {
        QChart* chart = window->plots()->painChart();
        EXPECT_NE(chart, nullptr);
        if (!chart)
            return qsizetype(-1);
        auto* before = qobject_cast<QXYSeries*>(chart->series().value(0));
        return before ? before->count() : qsizetype(-1);
    };
    EXPECT_EQ(painPoints(), 3);

    // A filter chosen on the Sessions tab applies to the plots too.
    window->tabs()->setCurrentIndex(0);
    daysText(*window);
    auto* routine = window->findChild<QComboBox*>(QStringLiteral("routineFilter"));
    ASSERT_NE(routine, nullptr);
    routine->setCurrentIndex(routine->findData(QStringLiteral("cat-cow")));
    window->tabs()->setCurrentWidget(tab);
    EXPECT_EQ(window->plots()->filter().routineId, QStringLiteral("cat-cow"));
    EXPECT_EQ(painPoints(), 2);

    // So does a deletion.
    window->tabs()->setCurrentIndex(0);
    selectRow(*window, 0);
    answer = true;
    window->deleteSelected();
    window->tabs()->setCurrentWidget(tab);
    EXPECT_EQ(painPoints(), 1);
}

TEST_F(HistoryWindowTest, WhatHelpsFollowsTheFilterOnceItsTabIsShown)
{
    add({session(QStringLiteral("cat-cow"), QDate(2025, 3, 10), QTime(7, 0), 290000, 6, 3),
         session(QStringLiteral("savasana"), QDate(2025, 3, 20), QTime(7, 0), 290000, 5, 4),
         session(QStringLiteral("cat-cow"), QDate(2025, 3, 30), QTime(7, 0), 290000, 4, 2)});
    auto window = makeWindow();
    EXPECT_EQ(window->whatHelps(), nullptr);

    // Alt+W, as a person would.
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window->table(), Qt::Key_W, Qt::AltModifier);
    auto* tab = window->findChild<QWidget*>(QStringLiteral("whatHelpsTab"));
    ASSERT_NE(tab, nullptr);
    EXPECT_EQ(window->tabs()->currentWidget(), tab);
    ASSERT_NE(window->whatHelps(), nullptr);
    QTableWidget* table = window->whatHelps()->table();
    ASSERT_EQ(table->rowCount(), 2);
    // By title: Savasana, then the cat-cow with −3 and −2, a mean of −2.5.
    EXPECT_EQ(table->item(1, app::WhatHelpsWidget::RoutineColumn)->text(),
              QStringLiteral("Slow cat-cow"));
    EXPECT_EQ(table->item(1, app::WhatHelpsWidget::RatedColumn)->text(), QStringLiteral("2 of 2"));
    EXPECT_EQ(table->item(1, app::WhatHelpsWidget::ChangeColumn)->text(),
              QStringLiteral("\u22122.5"));

    window->tabs()->setCurrentIndex(0);
    daysText(*window);
    auto* routine = window->findChild<QComboBox*>(QStringLiteral("routineFilter"));
    ASSERT_NE(routine, nullptr);
    routine->setCurrentIndex(routine->findData(QStringLiteral("savasana")));
    window->tabs()->setCurrentWidget(tab);
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, app::WhatHelpsWidget::ChangeColumn)->text(),
              QStringLiteral("\u22121.0"));
}

TEST_F(HistoryWindowTest, TheSessionBeingRecordedIsNotDeleted)
{
    storage::SessionRecord running =
        session(QStringLiteral("cat-cow"), QDate(2025, 3, 31), QTime(19, 50));
    running.outcome = storage::SessionOutcome::InProgress;
    running.end = QDateTime();
    add({running});
    auto window = makeWindow();
    selectRow(*window, 0);

    answer = true;
    window->deleteSelected();
    EXPECT_TRUE(questions.isEmpty()); // not even asked
    EXPECT_EQ(store->count().value(), 1);
    EXPECT_NE(window->header()->problemText().indexOf(QStringLiteral("still going on")), -1)
        << window->header()->problemText().toStdString();
}
