#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace unclutch::app {

// "Stop the session?" asked inline, while the session goes on playing: a person who pressed Esc
// by mistake loses nothing, and one who meant it presses Esc again. The page it is on decides
// where it shows: it says when it starts and stops asking.
class StopConfirmBar : public QFrame {
    Q_OBJECT

public:
    explicit StopConfirmBar(QWidget* parent = nullptr);

    void ask();
    void dismiss();
    bool isAsking() const { return m_asking; }

signals:
    void stopConfirmed();
    void askingChanged(bool asking);

protected:
    void changeEvent(QEvent* event) override;

private:
    void setAsking(bool asking);

    QLabel* m_question = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_keepGoing = nullptr;
    bool m_asking = false;
};

} // namespace unclutch::app
