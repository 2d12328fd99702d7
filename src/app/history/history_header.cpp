#include "history_header.h"

#include <QLabel>
#include <QVBoxLayout>

#include "storage/history_statistics.h"

namespace unclutch::app {

HistoryHeader::HistoryHeader(QWidget* parent)
    : QWidget(parent)
    , m_days(new QLabel(this))
    , m_painNote(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("historyHeader"));
    m_days->setObjectName(QStringLiteral("daysPractised"));
    QFont daysFont = m_days->font();
    daysFont.setPointSizeF(daysFont.pointSizeF() * 1.15);
    m_days->setFont(daysFont);

    using Stats = storage::HistoryStatistics;
    m_painNote->setObjectName(QStringLiteral("painNote"));
    m_painNote->setWordWrap(true);
    m_painNote->setText(
        tr("Your pain ratings have stayed at %1 or more for %2 days. Pain that lasts is worth "
           "a closer look: consider seeing a health professional, such as a physiotherapist or "
           "a doctor, who can help you find out what is going on.")
            .arg(Stats::kPersistentPainRating)
            .arg(Stats::kPersistentPainDays));
    m_painNote->setFrameShape(QFrame::StyledPanel);
    m_painNote->setMargin(8);
    m_painNote->setBackgroundRole(QPalette::AlternateBase);
    m_painNote->setAutoFillBackground(true);
    m_painNote->setFocusPolicy(Qt::TabFocus);
    m_painNote->setAccessibleName(tr("A note about lasting pain"));
    m_painNote->hide();

    m_problem->setObjectName(QStringLiteral("historyProblem"));
    m_problem->setWordWrap(true);
    QFont problemFont = m_problem->font();
    problemFont.setBold(true);
    m_problem->setFont(problemFont);
    m_problem->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_days);
    layout->addWidget(m_painNote);
    layout->addWidget(m_problem);
}

QString HistoryHeader::daysPractisedText(int days)
{
    if (days <= 0)
        return tr("No practice recorded here yet.");
    return tr("You practised on %n day(s).", nullptr, days);
}

void HistoryHeader::showDaysPractised(int days)
{
    m_days->setText(daysPractisedText(days));
}

void HistoryHeader::showPainNote(bool shown)
{
    m_painNote->setVisible(shown);
}

void HistoryHeader::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

QString HistoryHeader::daysText() const
{
    return m_days->text();
}

bool HistoryHeader::isPainNoteShown() const
{
    return !m_painNote->isHidden();
}

QString HistoryHeader::painNoteText() const
{
    return m_painNote->text();
}

QString HistoryHeader::problemText() const
{
    return m_problem->text();
}

} // namespace unclutch::app
