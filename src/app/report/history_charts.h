#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPalette>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <utility>

#include "storage/history_statistics.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace unclutch::app {

// The colours of the plots: the app's palette on screen (light or dark), black on white on
// paper. Before and after differ in colour, line style and marker shape alike.
struct ChartStyle {
    QColor background;
    QColor text;
    QColor grid;
    QColor before;
    QColor after;
    QColor bars;

    static ChartStyle fromPalette(const QPalette& palette);
    static ChartStyle forPrint();
};

// One point of the pain plot: a session's ratings, or the mean ratings of a week.
struct PainTrendPoint {
    QDateTime at;
    std::optional<double> before;
    std::optional<double> after;

    bool operator==(const PainTrendPoint&) const = default;
};

struct PainTrend {
    bool weekly = false; // the points are weekly means (too many sessions to show each)
    QList<PainTrendPoint> points;
};

// A minutes axis: from 0 to `max` in whole steps, so that every label is a different whole
// number ("0, 1, 2", never "0, 0, 1, 1").
struct MinuteAxis {
    int max = 0;
    int step = 1;
    int tickCount() const { return max / step + 1; }

    bool operator==(const MinuteAxis&) const = default;
};

// The two history plots, built as QCharts for the History window and the PDF report alike.
class HistoryCharts {
    Q_DECLARE_TR_FUNCTIONS(HistoryCharts)

public:
    // Up to this many rated sessions are plotted one by one; more become weekly means, which
    // read at a glance where hundreds of daily points would be a thick band.
    static constexpr int kMaxSessionPoints = 100;

    // The points of the pain plot, oldest first. Weeks are ISO weeks in `zone`; a week's point
    // sits on its Thursday at noon, and has a before (after) mean only when some session of
    // the week had that rating.
    static PainTrend painTrend(const QList<storage::PainPoint>& points, const QTimeZone& zone);

    // Pain before and after over time: a line and a marker series for each ("Before": solid
    // line and circles; "After": dashed line and triangles), a date axis and 0–10 upwards.
    // The legend shows the marker series. No points: the chart says so in its title.
    static QChart* painChart(const PainTrend& trend, const ChartStyle& style);

    // Minutes practised per week, one bar a week, sparse week labels.
    static QChart* weeklyChart(const QList<storage::WeekActivity>& weeks, const ChartStyle& style);

    // The axis for bars up to `mostMinutes`: a step of 1, 2, 5, 10, 15, 30, 60, 120, … minutes,
    // the smallest that needs no more than kMaxMinuteSteps steps to pass the tallest bar.
    static constexpr int kMaxMinuteSteps = 6;
    static MinuteAxis minuteAxis(double mostMinutes);

    // Which weeks the weekly chart labels, and how: every week when there are few, else the
    // first week of a month (every month, every other month, … so that about a dozen labels
    // show). Indexes into `weeks`, ascending; labels are unique. Dates are written in the
    // default QLocale's words and order (tr() gives each language its date format), as are
    // the pain chart's.
    static QList<std::pair<int, QString>> weekLabels(const QList<storage::WeekActivity>& weeks);
};

} // namespace unclutch::app
