#include "history_plots_widget.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QTimeZone>
#include <QVBoxLayout>

#include "history_charts.h"
#include "message_stack.h"
#include "storage/history_store.h"

namespace unclutch::app {

namespace {

QChartView* chartView(QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumHeight(200);
    return view;
}

// Puts `chart` in `view`, deleting the chart it showed (a view does not delete it).
void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

HistoryPlotsWidget::HistoryPlotsWidget(const storage::HistoryStore& store,
                                       const storage::HistoryFilter& filter, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_filter(filter)
{
    auto* plots = new QWidget(this);
    m_painView = chartView(plots);
    m_painView->setObjectName(QStringLiteral("painPlot"));
    m_weeklyView = chartView(plots);
    m_weeklyView->setObjectName(QStringLiteral("weeklyPlot"));
    auto* plotsLayout = new QVBoxLayout(plots);
    plotsLayout->setContentsMargins(0, 0, 0, 0);
    plotsLayout->addWidget(m_painView, 1);
    plotsLayout->addWidget(m_weeklyView, 1);

    m_stack = new MessageStack(plots, QStringLiteral("plotsMessage"), this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    reload();
}

void HistoryPlotsWidget::setFilter(const storage::HistoryFilter& filter)
{
    m_filter = filter;
    reload();
}

void HistoryPlotsWidget::reload()
{
    m_pain.clear();
    m_weeks.clear();
    if (!m_store.isOpen()) {
        showMessage(tr("The history could not be opened, so there is nothing to plot."));
        return;
    }
    storage::Result<QList<storage::PainPoint>> pain = m_store.painSeries(m_filter);
    storage::Result<QList<storage::WeekActivity>> weeks =
        m_store.weeklyActivity(m_filter, QTimeZone::systemTimeZone());
    if (!pain.ok() || !weeks.ok()) {
        showMessage(pain.ok() ? weeks.error() : pain.error());
        return;
    }
    m_pain = std::move(pain).value();
    m_weeks = std::move(weeks).value();
    if (m_pain.isEmpty() && m_weeks.isEmpty()) {
        showMessage(m_filter == storage::HistoryFilter()
                        ? tr("No sessions yet. Once you have practised a routine, your pain "
                             "ratings and minutes per week appear here.")
                        : tr("No sessions match the filter."));
        return;
    }
    rebuildCharts();
    m_stack->showContent();
}

void HistoryPlotsWidget::showMessage(const QString& text)
{
    m_stack->showMessage(text);
    replaceChart(m_painView, new QChart);
    replaceChart(m_weeklyView, new QChart);
}

void HistoryPlotsWidget::rebuildCharts()
{
    const ChartStyle style = ChartStyle::fromPalette(palette());
    m_painView->setBackgroundBrush(style.background);
    m_weeklyView->setBackgroundBrush(style.background);
    replaceChart(m_painView,
                 HistoryCharts::painChart(
                     HistoryCharts::painTrend(m_pain, QTimeZone::systemTimeZone()), style));
    replaceChart(m_weeklyView, HistoryCharts::weeklyChart(m_weeks, style));
}

QChart* HistoryPlotsWidget::painChart() const
{
    return m_stack->message().isEmpty() ? m_painView->chart() : nullptr;
}

QChart* HistoryPlotsWidget::weeklyChart() const
{
    return m_stack->message().isEmpty() ? m_weeklyView->chart() : nullptr;
}

QString HistoryPlotsWidget::message() const
{
    return m_stack->message();
}

void HistoryPlotsWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_stack && m_stack->message().isEmpty())
        rebuildCharts();
}

} // namespace unclutch::app
