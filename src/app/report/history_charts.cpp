#include "history_charts.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QScatterSeries>
#include <QSet>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace unclutch::app {

namespace {

// Okabe and Ito's colour-blind safe pairs: vermilion and blue on light, orange and sky blue on
// dark backgrounds.
const QColor kBeforeLight(0xD5, 0x5E, 0x00);
const QColor kAfterLight(0x00, 0x72, 0xB2);
const QColor kBeforeDark(0xE6, 0x9F, 0x00);
const QColor kAfterDark(0x56, 0xB4, 0xE9);

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

void styleChart(QChart* chart, const ChartStyle& style)
{
    // The app's language, not only the system's: a chart made for a German report is German.
    chart->setLocale(QLocale());
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(style.text);
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.1);
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(style.text);
    chart->setMargins(QMargins(6, 4, 6, 4));
}

void styleAxis(QAbstractAxis* axis, const ChartStyle& style)
{
    axis->setLabelsBrush(style.text);
    axis->setTitleBrush(style.text);
    axis->setGridLineColor(style.grid);
    axis->setLinePenColor(style.grid);
    QFont font = axis->titleFont();
    font.setBold(false);
    axis->setTitleFont(font);
}

// Date labels that stay short and do not repeat over the span shown.
QString dateFormatFor(qint64 spanMs)
{
    //: A chart's date and time labels, in Qt's date format (d: day, MMM: short month name).
    if (spanMs < 3 * kDayMs)
        return HistoryCharts::tr("d MMM HH:mm");
    //: A chart's date labels, in Qt's date format (d: day, MMM: short month name).
    if (spanMs < 240 * kDayMs)
        return HistoryCharts::tr("d MMM");
    //: A chart's month labels, in Qt's date format (MMM: short month name, yyyy: year).
    return HistoryCharts::tr("MMM yyyy");
}

std::optional<double> mean(double sum, int count)
{
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

} // namespace

ChartStyle ChartStyle::fromPalette(const QPalette& palette)
{
    const QColor background = palette.color(QPalette::Base);
    const bool dark = background.lightnessF() < 0.5;
    QColor grid = palette.color(QPalette::Text);
    grid.setAlphaF(0.18F);
    return {background,
            palette.color(QPalette::Text),
            grid,
            dark ? kBeforeDark : kBeforeLight,
            dark ? kAfterDark : kAfterLight,
            palette.color(QPalette::Highlight)};
}

ChartStyle ChartStyle::forPrint()
{
    return {Qt::white,    Qt::black,   QColor(0xC8, 0xC8, 0xC8),
            kBeforeLight, kAfterLight, QColor(0x44, 0x77, 0xAA)};
}

PainTrend HistoryCharts::painTrend(const QList<storage::PainPoint>& points, const QTimeZone& zone)
{
    PainTrend trend;
    if (points.size() <= kMaxSessionPoints) {
        for (const storage::PainPoint& point : points) {
            auto asDouble = [](std::optional<int> pain) -> std::optional<double> {
                if (pain)
                    return double(*pain);
                return std::nullopt;
            };
            trend.points.append({point.start, asDouble(point.before), asDouble(point.after)});
        }
        return trend;
    }
    trend.weekly = true;
    struct Sums {
        double before = 0;
        int befores = 0;
        double after = 0;
        int afters = 0;
    };
    QMap<QDate, Sums> weeks; // by the week's Thursday: ordered, oldest first
    for (const storage::PainPoint& point : points) {
        const QDate day = point.start.toTimeZone(zone).date();
        Sums& sums = weeks[day.addDays(4 - day.dayOfWeek())];
        if (point.before) {
            sums.before += *point.before;
            ++sums.befores;
        }
        if (point.after) {
            sums.after += *point.after;
            ++sums.afters;
        }
    }
    for (auto week = weeks.cbegin(); week != weeks.cend(); ++week)
        trend.points.append({QDateTime(week.key(), QTime(12, 0), zone),
                             mean(week->before, week->befores), mean(week->after, week->afters)});
    return trend;
}

QChart* HistoryCharts::painChart(const PainTrend& trend, const ChartStyle& style)
{
    auto* chart = new QChart;
    styleChart(chart, style);
    if (trend.points.isEmpty()) {
        chart->setTitle(tr("No pain ratings in this period"));
        chart->legend()->hide();
        return chart;
    }
    chart->setTitle(trend.weekly ? tr("Pain before and after a session, weekly average")
                                 : tr("Pain before and after each session"));

    qint64 first = trend.points.front().at.toMSecsSinceEpoch();
    qint64 last = trend.points.back().at.toMSecsSinceEpoch();
    auto* xAxis = new QDateTimeAxis;
    xAxis->setFormat(dateFormatFor(last - first));
    xAxis->setTickCount(7);
    const qint64 padding = std::max<qint64>((last - first) / 40, kDayMs / 2);
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(first - padding),
                    QDateTime::fromMSecsSinceEpoch(last + padding));
    styleAxis(xAxis, style);
    auto* yAxis = new QValueAxis;
    yAxis->setRange(storage::kPainMin, storage::kPainMax);
    yAxis->setTickCount(6);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setTitleText(tr("Pain (0–10)"));
    styleAxis(yAxis, style);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    const bool many = trend.points.size() > 40;
    const auto addRating = [&](const QString& name, const QColor& colour, Qt::PenStyle line,
                               QScatterSeries::MarkerShape shape,
                               std::optional<double> PainTrendPoint::*rating) {
        auto* path = new QLineSeries;
        path->setName(name);
        QPen pen(colour, 2, line);
        pen.setCapStyle(Qt::FlatCap);
        path->setPen(pen);
        auto* marks = new QScatterSeries;
        marks->setName(name);
        marks->setMarkerShape(shape);
        marks->setMarkerSize(many ? 7 : 10);
        marks->setColor(colour);
        marks->setBorderColor(style.background);
        for (const PainTrendPoint& point : trend.points) {
            if (const std::optional<double> value = point.*rating) {
                path->append(double(point.at.toMSecsSinceEpoch()), *value);
                marks->append(double(point.at.toMSecsSinceEpoch()), *value);
            }
        }
        for (QXYSeries* series : {static_cast<QXYSeries*>(path), static_cast<QXYSeries*>(marks)}) {
            chart->addSeries(series);
            series->attachAxis(xAxis);
            series->attachAxis(yAxis);
        }
        for (QLegendMarker* marker : chart->legend()->markers(path))
            marker->setVisible(false);
    };
    addRating(tr("Before"), style.before, Qt::SolidLine, QScatterSeries::MarkerShapeCircle,
              &PainTrendPoint::before);
    addRating(tr("After"), style.after, Qt::DashLine, QScatterSeries::MarkerShapeTriangle,
              &PainTrendPoint::after);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart->legend()->setAlignment(Qt::AlignTop);
    return chart;
}

QChart* HistoryCharts::weeklyChart(const QList<storage::WeekActivity>& weeks,
                                   const ChartStyle& style)
{
    auto* chart = new QChart;
    styleChart(chart, style);
    chart->legend()->hide();
    if (weeks.isEmpty()) {
        chart->setTitle(tr("No practice in this period"));
        return chart;
    }
    chart->setTitle(tr("Minutes practised per week"));

    auto* bars = new QBarSet(tr("Minutes"));
    bars->setColor(style.bars);
    bars->setBorderColor(style.bars);
    double most = 0;
    for (const storage::WeekActivity& week : weeks) {
        const double minutes = double(week.activeMs) / 60000.0;
        bars->append(minutes);
        most = std::max(most, minutes);
    }
    auto* series = new QBarSeries;
    series->append(bars);
    series->setBarWidth(0.75);
    chart->addSeries(series);

    auto* xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setStartValue(-0.5);
    for (const auto& [index, label] : weekLabels(weeks))
        xAxis->append(label, index);
    xAxis->setRange(-0.5, double(weeks.size()) - 0.5);
    styleAxis(xAxis, style);
    auto* yAxis = new QValueAxis;
    const MinuteAxis minutes = minuteAxis(most);
    yAxis->setRange(0, minutes.max);
    yAxis->setTickCount(minutes.tickCount());
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setTitleText(tr("Minutes"));
    styleAxis(yAxis, style);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    return chart;
}

MinuteAxis HistoryCharts::minuteAxis(double mostMinutes)
{
    static constexpr std::array<int, 6> kSmallSteps{1, 2, 5, 10, 15, 30};
    const auto fits = [mostMinutes](int step) {
        return mostMinutes <= double(step) * kMaxMinuteSteps;
    };
    int step = 60;
    for (int small : kSmallSteps) {
        if (fits(small)) {
            step = small;
            break;
        }
    }
    while (!fits(step))
        step *= 2;
    const int steps = std::max(1, int(std::ceil(mostMinutes / double(step))));
    return {steps * step, step};
}

QList<std::pair<int, QString>> HistoryCharts::weekLabels(const QList<storage::WeekActivity>& weeks)
{
    const QLocale locale;
    QList<std::pair<int, QString>> labels;
    if (weeks.size() <= 16) {
        for (int i = 0; i < weeks.size(); ++i)
            labels.append({i, locale.toString(weeks[i].monday, tr("d MMM"))});
        return labels;
    }
    QList<int> monthStarts; // the weeks whose Monday is one of their month's first seven days
    for (int i = 0; i < weeks.size(); ++i) {
        if (weeks[i].monday.day() <= 7)
            monthStarts.append(i);
    }
    const qsizetype stride = std::max<qsizetype>(1, (monthStarts.size() + 11) / 12);
    QSet<QString> used;
    for (qsizetype k = 0; k < monthStarts.size(); k += stride) {
        const QDate monday = weeks[monthStarts[k]].monday;
        const QDate month(monday.year(), monday.month(), 1);
        QString label = locale.toString(month, QStringLiteral("MMM"));
        // The year goes below the month (axis labels are rich text), so that labels stay
        // narrow enough for the space between them even on an A4 page.
        if (labels.isEmpty() || month.month() == 1 || used.contains(label))
            label += QStringLiteral("<br>") + locale.toString(month, QStringLiteral("yyyy"));
        used.insert(label);
        labels.append({monthStarts[k], label});
    }
    return labels;
}

} // namespace unclutch::app
