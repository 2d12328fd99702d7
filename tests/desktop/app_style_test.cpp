#include <gtest/gtest.h>

#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QStyleFactory>

#include "app/ui/app_style.h"

using unclutch::app::AppStyle;

namespace {

// How many of Qt's image-format plugins (TIFF, WebP, MNG…) this process has loaded.
int loadedImageFormatPlugins()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return -1;
    return static_cast<int>(maps.readAll().count("/imageformats/"));
}

} // namespace

TEST(AppStyle, TheMenuBarOverflowArrowLoadsNoImageFormatPlugin)
{
    const int before = loadedImageFormatPlugins();
    if (before != 0)
        GTEST_SKIP() << "image-format plugins were loaded before this test (or no /proc)";
    AppStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    for (auto arrow :
         {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
        const QIcon icon = style.standardIcon(arrow);
        EXPECT_FALSE(icon.isNull());
        EXPECT_FALSE(icon.pixmap(16, 16).isNull());
    }
    EXPECT_EQ(loadedImageFormatPlugins(), 0);
    // What it spares: the style's own standard icon reads its files with format detection.
    const QIcon plain =
        style.baseStyle()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    EXPECT_FALSE(plain.isNull());
    EXPECT_GT(loadedImageFormatPlugins(), 0);
}

TEST(AppStyle, EveryOtherIconAndMeasureIsTheBaseStyles)
{
    AppStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    const QStyle* base = style.baseStyle();
    EXPECT_EQ(style.pixelMetric(QStyle::PM_SmallIconSize),
              base->pixelMetric(QStyle::PM_SmallIconSize));
    for (auto icon : {QStyle::SP_DialogOkButton, QStyle::SP_MessageBoxInformation}) {
        const QImage ours = style.standardIcon(icon).pixmap(16, 16).toImage();
        EXPECT_FALSE(ours.isNull());
        EXPECT_EQ(ours, base->standardIcon(icon).pixmap(16, 16).toImage());
    }
}
