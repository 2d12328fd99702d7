#include <gtest/gtest.h>

#include <QAction>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>

#include "../../support/qt_printers.h"
#include "app/history/opened_history.h"
#include "app/report/report_range_dialog.h"
#include "app/translation_loader.h"
#include "app/ui/history_menu.h"
#include "app/ui/main_window.h"
#include "report_test_support.h"
#include "storage/routine_library.h"

using namespace unclutch;
using app::test::session;
using app::test::utc;

namespace {

class HistoryMenuReportTest : public app::test::HistoryFixture {
protected:
    HistoryMenuReportTest()
        : m_library({})
        , m_window(m_library)
    {
    }

    void SetUp() override
    {
        HistoryFixture::SetUp();
        m_opened = std::make_unique<app::OpenedHistory>(m_store.get(), nullptr);
    }

    storage::RoutineLibrary m_library;
    app::MainWindow m_window;
    std::unique_ptr<app::OpenedHistory> m_opened;
};

} // namespace

TEST_F(HistoryMenuReportTest, TheHistoryMenuOffersExportAndTheReport)
{
    auto* menus = new app::HistoryMenu(&m_window);
    menus->setHistory(m_opened.get(), {});
    auto* menu = m_window.menuBar()->findChild<QMenu*>(QStringLiteral("historyMenu"));
    ASSERT_NE(menu, nullptr);
    QStringList names;
    for (QAction* action : menu->actions()) {
        if (!action->isSeparator())
            names.append(action->objectName());
    }
    EXPECT_EQ(names, (QStringList{QStringLiteral("showHistoryAction"),
                                  QStringLiteral("exportHistoryAction"),
                                  QStringLiteral("physiotherapistReportAction")}));
}

TEST_F(HistoryMenuReportTest, ExportsAndReportsWithAMessageInTheStatusBar)
{
    add({session(utc(2024, 5, 1), 10, 6, 4, QStringLiteral("felt fine"))});
    auto* menus = new app::HistoryMenu(&m_window);
    menus->setHistory(m_opened.get(), {});

    const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
    ASSERT_TRUE(menus->exportHistoryTo(csv));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("felt fine"));
    EXPECT_FALSE(m_window.statusBar()->currentMessage().isEmpty());

    const QString pdf = m_dir.filePath(QStringLiteral("out.pdf"));
    ASSERT_TRUE(menus->writeReportTo(pdf, QDate(2024, 5, 1), QDate(2024, 5, 31)));
    QFile report(pdf);
    ASSERT_TRUE(report.open(QIODevice::ReadOnly));
    const QString text = app::test::pdfText(report.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Note: felt fine"))) << text.toStdString();
    EXPECT_TRUE(m_window.statusBar()->currentMessage().contains(QStringLiteral("out.pdf")));
}

TEST(ReportRangeDialog, OffersTheLastThreeMonthsAndRefusesABackwardPeriod)
{
    app::ReportRangeDialog dialog(QDate(2024, 5, 31));
    EXPECT_EQ(dialog.first(), QDate(2024, 3, 1));
    EXPECT_EQ(dialog.last(), QDate(2024, 5, 31));
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    ASSERT_NE(buttons, nullptr);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    EXPECT_TRUE(ok->isEnabled());
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("rangeProblem"));
    ASSERT_NE(problem, nullptr);
    EXPECT_TRUE(problem->text().isEmpty());

    dialog.findChild<QDateEdit*>(QStringLiteral("lastDate"))->setDate(QDate(2024, 2, 1));
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_FALSE(problem->text().isEmpty());

    dialog.setRange(QDate(2024, 2, 1), QDate(2024, 2, 1));
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(dialog.first(), dialog.last());
}

TEST(ReportRangeDialog, IsWideEnoughForItsWholeTitle)
{
    app::ReportRangeDialog dialog(QDate(2024, 5, 31));
    QFont bold = dialog.font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    const QFontMetrics metrics(bold);
    const QString title = dialog.windowTitle() + QStringLiteral(" \u2014 ") +
                          QGuiApplication::applicationDisplayName();
    // The title, and three buttons of two lines' width at each end of the title bar.
    const int needed = metrics.horizontalAdvance(title) + 2 * 3 * 2 * metrics.height();
    dialog.show();
    EXPECT_GE(dialog.width(), needed) << title.toStdString();
    EXPECT_GE(dialog.minimumWidth(), needed);
}

TEST(ReportRangeDialog, WritesDatesInTheAppsLanguage)
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    {
        const app::TranslationLoader translations(german);
        app::ReportRangeDialog dialog(QDate(2024, 5, 31));
        auto* last = dialog.findChild<QDateEdit*>(QStringLiteral("lastDate"));
        ASSERT_NE(last, nullptr);
        EXPECT_EQ(last->text(), QStringLiteral("31. Mai 2024"));
    }
    QLocale::setDefault(QLocale::system());
}
