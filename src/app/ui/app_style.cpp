#include "app_style.h"

#include <QApplication>
#include <QIcon>

namespace unclutch::app {

AppStyle::AppStyle(QStyle* base)
    : QProxyStyle(base ? base : QApplication::style())
{
}

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption* option,
                             const QWidget* widget) const
{
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
        return QIcon(standardPixmap(standardIcon, option, widget));
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

void AppStyle::install()
{
    // The current style's parent becomes the proxy, so QApplication does not delete it.
    QApplication::setStyle(new AppStyle);
}

} // namespace unclutch::app
