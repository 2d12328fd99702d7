#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace unclutch::app {

// "Stop the session?" asked inline, while the session goes on playing: a person who pressed Esc
// by mistake loses nothing, and one who meant it presses Esc again.
class StopConfirmBar : public QFrame {
    Q_OBJECT

public:
    explicit StopConfirmBar(QWidget* parent = nullptr);

    void ask();
    void dismiss();
    bool isAsking() const { return isVisibleTo(parentWidget()); }

signals:
    void stopConfirmed();

private:
    QLabel* m_question = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_keepGoing = nullptr;
};

} // namespace unclutch::app
