#pragma once

#include <QElapsedTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace unclutch::app {

// An inline 0–10 numeric pain rating, answered with one key press or a click: digits 0 to 9,
// or "1" then "0" within a second for 10. Never modal and never in the way: unanswered, it
// simply goes when its screen does. A later answer replaces an earlier one; each emits rated().
class PainRatingWidget : public QWidget {
    Q_OBJECT

public:
    // Milliseconds on a monotonic clock; tests pass their own.
    using Clock = std::function<qint64()>;
    static constexpr qint64 kTenWindowMs = 1000;

    explicit PainRatingWidget(QWidget* parent = nullptr);

    void setQuestion(const QString& question);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Clears the answer, for a new session.
    void reset();
    // Without the line of help under the buttons, for a short screen.
    void setCompact(bool compact);
    std::optional<int> rating() const { return m_rating; }

public slots:
    // A digit key pressed anywhere in the player.
    void handleDigit(int digit);
    void rate(int rating);
    void skip();

signals:
    void rated(int rating);
    void skipped();

private:
    void showAnswer();

    QLabel* m_question = nullptr;
    QLabel* m_answer = nullptr;
    QButtonGroup* m_buttons = nullptr;
    QPushButton* m_skip = nullptr;
    Clock m_clock;
    QElapsedTimer m_elapsed;
    std::optional<int> m_rating;
    std::optional<qint64> m_oneAt; // when "1" was pressed, to make "1 0" a ten
    bool m_skipped = false;
};

} // namespace unclutch::app
