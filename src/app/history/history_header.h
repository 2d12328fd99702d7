#pragma once

#include <QWidget>

class QLabel;

namespace unclutch::app {

// The lines above the sessions: how many days of practice the filter covers, said gently (no
// streaks, nothing to live up to), and, when pain has stayed high for two weeks, a calm note
// suggesting a health professional. Also where a failed read is said.
class HistoryHeader : public QWidget {
    Q_OBJECT
public:
    explicit HistoryHeader(QWidget* parent = nullptr);

    void showDaysPractised(int days);
    void showPainNote(bool shown);
    // A read that failed (empty: none).
    void showProblem(const QString& message);

    QString daysText() const;
    bool isPainNoteShown() const;
    QString painNoteText() const;
    QString problemText() const;

    static QString daysPractisedText(int days);

private:
    QLabel* m_days;
    QLabel* m_painNote;
    QLabel* m_problem;
};

} // namespace unclutch::app
