#pragma once

#include <QWidget>

#include "core/routine.h"

class QLabel;
class QPushButton;

namespace unclutch::app {

// A routine's cautions, shown before it starts, on a page rather than in a dialog: the person
// reads them and confirms with "I understand" (or goes back), once per version of the cautions.
class CautionsPage : public QWidget {
    Q_OBJECT

public:
    explicit CautionsPage(QWidget* parent = nullptr);

    void showRoutine(const core::Routine& routine);
    void applyScale(double scale);
    QPushButton* understandButton() const { return m_understand; }

signals:
    void acknowledged();
    void back();

private:
    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_cautions = nullptr;
    QPushButton* m_understand = nullptr;
    QPushButton* m_back = nullptr;
};

} // namespace unclutch::app
