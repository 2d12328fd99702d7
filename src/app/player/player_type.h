#pragma once

class QPushButton;
class QWidget;

namespace unclutch::app {

// The player's type scale. Sizes are given for a 1366×768 window and multiplied by the scale
// of the window at hand, so the type grows with the window (and more in floor mode); none goes
// below the system's own text size, so nothing becomes smaller than the rest of the desktop.
double playerScale(int width, int height, bool floorMode);
void setTextSize(QWidget* widget, double pixelsAt1366, double scale, bool bold = false);

// The session page's type, by role: each size is given for a 1366×768 window, windowed and in
// floor mode, and follows the window's size. Floor mode is read from the floor, about two
// metres away: there, secondary text (the cycle, what comes next) is 60 px at 1366×768, a cap
// height of about 44 px, 10 mm on a 14-inch screen of that size — what reads from 2 m.
class PlayerType {
public:
    static constexpr double kFloorSecondaryPixels = 60;

    PlayerType(int width, int height, bool floorMode);

    bool isFloorMode() const { return m_floorMode; }
    int pixels(double windowed, double floor) const;
    void apply(QWidget* widget, double windowed, double floor, bool bold = false) const;

private:
    double m_fit;
    bool m_floorMode;
};

// Room around a button's text that grows with its font (a style's margins do not): its text
// never touches its edges, whatever the type scale.
void padButton(QPushButton* button);

} // namespace unclutch::app
