#pragma once

class QWidget;

namespace unclutch::app {

// The player's type scale. Sizes are given for a 1366×768 window and multiplied by the scale
// of the window at hand, so the type grows with the window (and more in floor mode); none goes
// below the system's own text size, so nothing becomes smaller than the rest of the desktop.
double playerScale(int width, int height, bool floorMode);
void setTextSize(QWidget* widget, double pixelsAt1366, double scale, bool bold = false);

} // namespace unclutch::app
