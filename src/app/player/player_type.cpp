#include "player_type.h"

#include <QApplication>
#include <QFontInfo>
#include <QPushButton>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace unclutch::app {

namespace {

double fitOf(int width, int height)
{
    return std::clamp(std::min(width / 1366.0, height / 768.0), 0.4, 4.0);
}

int systemTextPixels()
{
    return QFontInfo(QApplication::font()).pixelSize();
}

} // namespace

double playerScale(int width, int height, bool floorMode)
{
    return fitOf(width, height) * (floorMode ? 1.3 : 1.0);
}

void setTextSize(QWidget* widget, double pixelsAt1366, double scale, bool bold)
{
    QFont font = widget->font();
    font.setPixelSize(std::max(systemTextPixels(), static_cast<int>(pixelsAt1366 * scale)));
    font.setBold(bold);
    widget->setFont(font);
}

PlayerType::PlayerType(int width, int height, bool floorMode)
    : m_fit(fitOf(width, height))
    , m_floorMode(floorMode)
{
}

int PlayerType::pixels(double windowed, double floor) const
{
    return std::max(systemTextPixels(),
                    static_cast<int>(std::lround((m_floorMode ? floor : windowed) * m_fit)));
}

void PlayerType::apply(QWidget* widget, double windowed, double floor, bool bold) const
{
    QFont font = widget->font();
    font.setPixelSize(pixels(windowed, floor));
    font.setBold(bold);
    widget->setFont(font);
}

void padButton(QPushButton* button)
{
    const QFontMetrics metrics = button->fontMetrics();
    const int em = metrics.height();
    button->setMinimumWidth(metrics.horizontalAdvance(button->text()) + 2 * em);
    button->setMinimumHeight(static_cast<int>(em * 1.8));
}

} // namespace unclutch::app
