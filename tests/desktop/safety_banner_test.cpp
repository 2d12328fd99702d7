#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include "app/ui/safety_banner.h"

using unclutch::app::SafetyBanner;

namespace {

class SafetyBannerTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().remove(QStringLiteral("safetyBanner")); }
};

} // namespace

TEST_F(SafetyBannerTest, ShowsTheNoticeInTheWindowWithoutBlockingIt)
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* banner = new SafetyBanner(&window);
    layout->addWidget(banner);
    window.show();

    EXPECT_TRUE(banner->isVisible());
    EXPECT_FALSE(banner->isWindow());
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    const auto* text = banner->findChild<QLabel*>(QStringLiteral("safetyBannerText"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->text().contains(QStringLiteral("not medical advice")));
    EXPECT_TRUE(text->text().contains(QStringLiteral("two weeks")));
    EXPECT_TRUE(text->text().contains(QStringLiteral("health professional")));
}

TEST_F(SafetyBannerTest, GotItDismissesItForGood)
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* banner = new SafetyBanner(&window);
    layout->addWidget(banner);
    window.show();
    QSignalSpy dismissed(banner, &SafetyBanner::dismissed);
    EXPECT_FALSE(SafetyBanner::isDismissed());

    auto* gotIt = banner->findChild<QPushButton*>(QStringLiteral("safetyBannerGotIt"));
    ASSERT_NE(gotIt, nullptr);
    gotIt->click();

    EXPECT_EQ(dismissed.count(), 1);
    EXPECT_FALSE(banner->isVisible());
    EXPECT_TRUE(SafetyBanner::isDismissed());

    // The next start: a new banner in a new window stays hidden when the window shows.
    QWidget nextWindow;
    auto* nextLayout = new QVBoxLayout(&nextWindow);
    auto* next = new SafetyBanner(&nextWindow);
    nextLayout->addWidget(next);
    nextWindow.show();
    EXPECT_FALSE(next->isVisible());
}

TEST_F(SafetyBannerTest, ItsIconIsDrawnJustAfterItIsFirstPaintedInTheRoomKeptForIt)
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* banner = new SafetyBanner(&window);
    layout->addWidget(banner);
    const auto* icon = banner->findChild<QLabel*>(QStringLiteral("safetyBannerIcon"));
    ASSERT_NE(icon, nullptr);
    // The icon theme is not read while the window is being built.
    EXPECT_FALSE(banner->hasIcon());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const int width = icon->width();
    const QRect text = banner->findChild<QLabel*>(QStringLiteral("safetyBannerText"))->geometry();
    ASSERT_TRUE(QTest::qWaitFor([banner] { return banner->hasIcon(); }, 5000));
    EXPECT_FALSE(icon->pixmap().isNull());
    // Nothing moves when it appears.
    EXPECT_EQ(icon->width(), width);
    EXPECT_EQ(banner->findChild<QLabel*>(QStringLiteral("safetyBannerText"))->geometry(), text);
}

TEST_F(SafetyBannerTest, TheNoticeIsAsTallAsAPlainLabelOfItsTextAtEveryWidth)
{
    SafetyBanner banner;
    auto* text = banner.findChild<QLabel*>(QStringLiteral("safetyBannerText"));
    ASSERT_NE(text, nullptr);
    QLabel plain(text->text());
    plain.setWordWrap(true);
    plain.setTextInteractionFlags(Qt::TextSelectableByMouse);
    plain.setFont(text->font());
    // The heights it keeps are those of the text and font it has now.
    for (int width : {160, 400, 160, 900, 400})
        EXPECT_EQ(text->heightForWidth(width), plain.heightForWidth(width)) << width;
    const QString longer = text->text().repeated(3);
    text->setText(longer);
    plain.setText(longer);
    for (int width : {160, 400})
        EXPECT_EQ(text->heightForWidth(width), plain.heightForWidth(width)) << width;
    EXPECT_GT(text->heightForWidth(400), plain.fontMetrics().height());
}
