#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QVBoxLayout>

#include <cstdlib>

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

TEST_F(SafetyBannerTest, ItsInformationMarkIsAnIOnADiscInTheHighlightColours)
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* banner = new SafetyBanner(&window);
    layout->addWidget(banner);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* mark = banner->findChild<QWidget*>(QStringLiteral("safetyBannerIcon"));
    ASSERT_NE(mark, nullptr);
    const int size = mark->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, mark);
    ASSERT_EQ(mark->size(), QSize(size, size));

    const QImage image = mark->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const auto at = [&](qreal x, qreal y) {
        return image.pixelColor(QPoint(qRound(x * size * ratio), qRound(y * size * ratio)));
    };
    const QColor disc = mark->palette().color(QPalette::Highlight);
    const QColor letter = mark->palette().color(QPalette::HighlightedText);
    ASSERT_NE(disc, letter);
    // Which of the two a pixel shows (edges are antialiased).
    const auto distance = [](const QColor& a, const QColor& b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
               std::abs(a.blue() - b.blue());
    };
    const auto shows = [&](const QColor& pixel, const QColor& colour) {
        return distance(pixel, colour) < distance(pixel, colour == disc ? letter : disc);
    };
    EXPECT_TRUE(shows(at(0.25, 0.5), disc));   // the disc beside the stem
    EXPECT_TRUE(shows(at(0.5, 0.6), letter));  // the stem of the i
    EXPECT_TRUE(shows(at(0.5, 0.25), letter)); // its dot
    EXPECT_TRUE(shows(at(0.5, 0.39), disc));   // the gap between them
    // Outside the disc, the banner's own background shows through.
    EXPECT_NE(at(0.02, 0.02), disc);
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
