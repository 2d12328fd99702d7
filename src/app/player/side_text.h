#pragma once

#include <QString>

#include "core/routine.h"

namespace unclutch::app {

// "left side", "right side", or empty.
QString sideText(core::Side side);
// "Pigeon — left side", or the pose alone.
QString poseAndSide(const QString& pose, core::Side side);

} // namespace unclutch::app
