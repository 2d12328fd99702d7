#include "side_text.h"

#include <QCoreApplication>

namespace unclutch::app {

QString sideText(core::Side side)
{
    switch (side) {
    case core::Side::Left:
        return QCoreApplication::translate("Player", "left side");
    case core::Side::Right:
        return QCoreApplication::translate("Player", "right side");
    case core::Side::None:
        break;
    }
    return {};
}

QString poseAndSide(const QString& pose, core::Side side)
{
    if (side == core::Side::None)
        return pose;
    return QCoreApplication::translate("Player", "%1 — %2").arg(pose, sideText(side));
}

} // namespace unclutch::app
