#pragma once

#include <QWidget>

#include "player_summary.h"

class QLabel;
class QPushButton;

namespace unclutch::app {

class PainRatingWidget;

// After the session: well done (or stopped), the time practised and the steps completed (a step
// with sides once all of them were played to their end), and "and now?" for the pain rating.
// It stays until the person leaves it.
class EndPage : public QWidget {
    Q_OBJECT

public:
    explicit EndPage(QWidget* parent = nullptr);

    void showSummary(const PlayerSummary& summary);
    void applyScale(double scale);
    PainRatingWidget* painAfter() const { return m_painAfter; }
    // Whether "and now?" is asked: not for a session that is not kept (a try, or no history).
    void setPainAfterOffered(bool offered);
    bool isPainAfterOffered() const { return m_painAfterOffered; }
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
    bool m_painAfterOffered = true;
};

} // namespace unclutch::app
