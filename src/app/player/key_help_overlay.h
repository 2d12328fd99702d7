#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace unclutch::app {

// Every player key, over the player (which keeps playing underneath). "?" or Esc closes it.
class KeyHelpOverlay : public QWidget {
    Q_OBJECT

public:
    explicit KeyHelpOverlay(QWidget* parent = nullptr);

    void applyScale(double scale);

protected:
    void mousePressEvent(QMouseEvent* event) override;

private:
    QLabel* m_title = nullptr;
    QList<QLabel*> m_keys;
    QList<QLabel*> m_actions;
    QLabel* m_close = nullptr;
};

} // namespace unclutch::app
