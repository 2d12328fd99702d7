#include "end_page.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/duration_text.h"
#include "pain_rating_widget.h"
#include "player_type.h"

namespace unclutch::app {

EndPage::EndPage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_routine(new QLabel)
    , m_practised(new QLabel)
    , m_steps(new QLabel)
    , m_painAfter(new PainRatingWidget)
    , m_back(new QPushButton(tr("Back to the routines")))
{
    setObjectName(QStringLiteral("endPage"));
    m_title->setObjectName(QStringLiteral("endTitle"));
    m_routine->setObjectName(QStringLiteral("endRoutine"));
    m_practised->setObjectName(QStringLiteral("timePractised"));
    m_steps->setObjectName(QStringLiteral("stepsCompleted"));
    m_routine->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel* label : {m_title, m_routine, m_practised, m_steps}) {
        label->setAlignment(Qt::AlignHCenter);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_painAfter->setQuestion(tr("And now: how is your pain? (optional)"));
    m_back->setObjectName(QStringLiteral("backToLibraryButton"));
    m_back->setAccessibleName(tr("Back to the routines"));
    m_back->setToolTip(tr("Back to the routines (Esc)"));
    m_back->setAutoDefault(true);
    m_back->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(16);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_routine);
    layout->addSpacing(12);
    layout->addWidget(m_practised);
    layout->addWidget(m_steps);
    layout->addStretch(1);
    layout->addWidget(m_painAfter, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    layout->addWidget(m_back, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    connect(m_back, &QPushButton::clicked, this, &EndPage::backToLibrary);
}

void EndPage::showSummary(const PlayerSummary& summary)
{
    m_title->setText(summary.stopped ? tr("Session stopped") : tr("Well done"));
    m_title->setAccessibleName(m_title->text());
    m_routine->setText(summary.routineTitle);
    m_practised->setText(tr("Time practised: %1").arg(minutesSeconds(summary.completedActiveMs)));
    m_practised->setAccessibleName(m_practised->text());
    m_steps->setText(
        tr("Steps completed: %1 of %2").arg(summary.stepsCompleted).arg(summary.stepCount));
    m_steps->setAccessibleName(m_steps->text());
}

void EndPage::setPainAfterOffered(bool offered)
{
    m_painAfterOffered = offered;
    m_painAfter->setVisible(offered);
}

void EndPage::focusBackButton()
{
    m_back->setFocus();
}

void EndPage::applyScale(double scale)
{
    setTextSize(m_title, 72, scale, true);
    setTextSize(m_routine, 26, scale);
    setTextSize(m_practised, 36, scale);
    setTextSize(m_steps, 36, scale);
    setTextSize(m_painAfter, 20, scale);
    setTextSize(m_back, 20, scale);
    padButton(m_back);
}

} // namespace unclutch::app
