#include "player_type.h"

#include <QApplication>
#include <QFontInfo>
#include <QWidget>

#include <algorithm>

namespace unclutch::app {

double playerScale(int width, int height, bool floorMode)
{
    const double fit = std::min(width / 1366.0, height / 768.0);
    return std::clamp(fit, 0.4, 4.0) * (floorMode ? 1.3 : 1.0);
}

void setTextSize(QWidget* widget, double pixelsAt1366, double scale, bool bold)
{
    const int floor = QFontInfo(QApplication::font()).pixelSize();
    QFont font = widget->font();
    font.setPixelSize(std::max(floor, static_cast<int>(pixelsAt1366 * scale)));
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace unclutch::app
