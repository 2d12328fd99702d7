#pragma once

#include <QDate>
#include <QDialog>

QT_BEGIN_NAMESPACE
class QDateEdit;
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace unclutch::app {

// Asks which days a report for a physiotherapist covers: from and to (both included),
// the last three months up to `today` unless changed. OK is off while the period runs
// backwards, and a line says why.
class ReportRangeDialog : public QDialog {
    Q_OBJECT

public:
    explicit ReportRangeDialog(const QDate& today, QWidget* parent = nullptr);

    // The width a window needs for its title bar to show its whole title. A window manager
    // writes the title in a bold, often larger font, after it the application's name
    // ("Report for a physiotherapist — Unclutch"), and centres it between the buttons at either
    // end of the bar (up to three each side, each about two lines high); narrower, the title
    // is elided ("Report for a physi…erapist").
    static constexpr int kTitleBarButtons = 3;
    static int titleBarWidth(const QWidget* window);

    QDate first() const;
    QDate last() const;
    void setRange(const QDate& first, const QDate& last);

private:
    void check();

    QDateEdit* m_first;
    QDateEdit* m_last;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace unclutch::app
