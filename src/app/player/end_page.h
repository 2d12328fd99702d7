#pragma once

#include <QWidget>

#include "player_summary.h"

class QLabel;
class QPushButton;

namespace unclutch::app {

class PainRatingWidget;

// After the session: well done (or stopped), the time practised and the steps completed, and
// "and now?" for the pain rating. It stays until the person leaves it.
class EndPage : public QWidget {
    Q_OBJECT

public:
    explicit EndPage(QWidget* parent = nullptr);

    void showSummary(const PlayerSummary& summary);
    void applyScale(double scale);
    PainRatingWidget* painAfter() const { return m_painAfter; }
    void focusBackButton();

signals:
    void backToLibrary();

private:
    QLabel* m_title = nullptr;
    QLabel* m_routine = nullptr;
    QLabel* m_practised = nullptr;
    QLabel* m_steps = nullptr;
    PainRatingWidget* m_painAfter = nullptr;
    QPushButton* m_back = nullptr;
};

} // namespace unclutch::app
