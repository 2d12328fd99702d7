#include "history_filter_bar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace unclutch::app {

namespace {

QDateTime startOfLocalDay(const QDate& day)
{
    return day.startOfDay().toUTC();
}

} // namespace

HistoryFilterBar::HistoryFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_routine(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("historyFilterBar"));
    m_routine->setObjectName(QStringLiteral("routineFilter"));
    m_routine->setAccessibleName(tr("Routine"));
    m_routine->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_routine->addItem(tr("All routines"), QString());

    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("All time"), int(Period::AllTime));
    m_period->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_period->addItem(tr("Last year"), int(Period::LastYear));
    m_period->addItem(tr("Days from … to …"), int(Period::Custom));

    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setDateRange(QDate(2000, 1, 1), QDate(9999, 12, 31));
    }
    // "All time" shows the first day as the earliest one the field takes, in words.
    m_from->setSpecialValueText(tr("the beginning"));
    // Room for the words and the calendar button (a date's width is not enough).
    const QFontMetrics metrics = m_from->fontMetrics();
    m_from->setMinimumWidth(metrics.horizontalAdvance(m_from->specialValueText()) +
                            metrics.height() * 2 + 8);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setAccessibleName(tr("Last day"));

    auto* routineLabel = new QLabel(tr("&Routine:"), this);
    routineLabel->setBuddy(m_routine);
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(routineLabel);
    layout->addWidget(m_routine);
    layout->addSpacing(12);
    layout->addWidget(periodLabel);
    layout->addWidget(m_period);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addStretch(1);

    showPeriodDates();
    m_announced = filter();
    connect(m_routine, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::announce);
    connect(m_period, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::onPeriodChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryFilterBar::onDateEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryFilterBar::onDateEdited);
}

void HistoryFilterBar::setRoutines(const QList<storage::RoutineSummary>& routines)
{
    const QString chosen = m_routine->currentData().toString();
    {
        const QSignalBlocker blocker(m_routine);
        while (m_routine->count() > 1)
            m_routine->removeItem(1);
        for (const storage::RoutineSummary& routine : routines)
            m_routine->addItem(routine.title.isEmpty() ? routine.id : routine.title, routine.id);
        const int index = m_routine->findData(chosen);
        m_routine->setCurrentIndex(qMax(0, index));
    }
    announce();
}

void HistoryFilterBar::setToday(const QDate& today)
{
    m_today = today;
    showPeriodDates();
    announce();
}

void HistoryFilterBar::setRoutineId(const QString& id)
{
    m_routine->setCurrentIndex(qMax(0, m_routine->findData(id)));
}

void HistoryFilterBar::setRange(const QDate& first, const QDate& last)
{
    m_updating = true;
    m_from->setDate(first);
    m_to->setDate(last);
    m_updating = false;
    onDateEdited();
}

HistoryFilterBar::Period HistoryFilterBar::period() const
{
    return Period(m_period->currentData().toInt());
}

storage::HistoryFilter HistoryFilterBar::filter() const
{
    storage::HistoryFilter filter;
    filter.routineId = m_routine->currentData().toString();
    switch (period()) {
    case Period::AllTime:
        break;
    case Period::Last30Days:
        filter.from = startOfLocalDay(m_today.addDays(-29));
        break;
    case Period::LastYear:
        filter.from = startOfLocalDay(m_today.addYears(-1).addDays(1));
        break;
    case Period::Custom:
        if (qMin(m_from->date(), m_to->date()) > m_from->minimumDate())
            filter.from = startOfLocalDay(qMin(m_from->date(), m_to->date()));
        filter.until = startOfLocalDay(qMax(m_from->date(), m_to->date()).addDays(1));
        break;
    }
    return filter;
}

void HistoryFilterBar::onPeriodChosen()
{
    showPeriodDates();
    announce();
}

// Editing a date is choosing a range of one's own.
void HistoryFilterBar::onDateEdited()
{
    if (m_updating)
        return;
    if (period() != Period::Custom) {
        const QSignalBlocker blocker(m_period);
        m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
    }
    announce();
}

// The date fields show the days a quick period covers, as a starting point for a range.
void HistoryFilterBar::showPeriodDates()
{
    QDate first;
    switch (period()) {
    case Period::AllTime:
        first = m_from->minimumDate();
        break;
    case Period::Last30Days:
        first = m_today.addDays(-29);
        break;
    case Period::LastYear:
        first = m_today.addYears(-1).addDays(1);
        break;
    case Period::Custom:
        return;
    }
    m_updating = true;
    m_from->setDate(first);
    m_to->setDate(m_today);
    m_updating = false;
}

void HistoryFilterBar::announce()
{
    const storage::HistoryFilter current = filter();
    if (current == m_announced)
        return;
    m_announced = current;
    emit filterChanged(current);
}

} // namespace unclutch::app
