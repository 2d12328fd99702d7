#include <gtest/gtest.h>

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QValueAxis>

#include <cmath>
#include <memory>

#include "../../support/qt_printers.h"
#include "app/report/history_charts.h"
#include "app/report/history_plots_widget.h"
#include "app/translation_loader.h"
#include "report_test_support.h"

using namespace unclutch;
using app::test::session;
using app::test::utc;

namespace {

// The (x, y) points of the chart's series of type T named `name`.
template <typename T>
QList<QPointF> pointsOf(QChart* chart, const QString& name)
{
    for (QAbstractSeries* series : chart->series()) {
        auto* xy = qobject_cast<T*>(series);
        if (xy && xy->name() == name)
            return xy->points();
    }
    ADD_FAILURE() << "no series " << name.toStdString();
    return {};
}

QList<double> barsOf(QChart* chart)
{
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QBarSeries*>(series)) {
            QList<double> values;
            QBarSet* set = bars->barSets().front();
            for (int i = 0; i < set->count(); ++i)
                values.append(set->at(i));
            return values;
        }
    }
    ADD_FAILURE() << "no bar series";
    return {};
}

double x(const QDateTime& instant)
{
    return double(instant.toMSecsSinceEpoch());
}

class HistoryPlotsWidgetTest : public app::test::HistoryFixture {};

} // namespace

TEST_F(HistoryPlotsWidgetTest, AnEmptyHistoryShowsASentenceInsteadOfEmptyAxes)
{
    app::HistoryPlotsWidget plots(*m_store);
    EXPECT_EQ(plots.painChart(), nullptr);
    EXPECT_EQ(plots.weeklyChart(), nullptr);
    EXPECT_TRUE(plots.message().contains(QStringLiteral("No sessions yet")));
}

TEST_F(HistoryPlotsWidgetTest, PlotsEachRatingAndTheMinutesOfEveryWeek)
{
    // Wednesday 1 May 2024 and the Monday after next: three ISO weeks, the middle one empty.
    add({session(utc(2024, 5, 1, 8), 12, 6, 4), session(utc(2024, 5, 2, 18), 8, 5, std::nullopt),
         session(utc(2024, 5, 13, 8), 20, std::nullopt, 2),
         session(utc(2024, 5, 14, 8), 5)}); // no ratings: no pain point, but minutes
    app::HistoryPlotsWidget plots(*m_store);
    EXPECT_TRUE(plots.message().isEmpty());
    QChart* pain = plots.painChart();
    ASSERT_NE(pain, nullptr);
    // A line and a marker series for each of before and after.
    EXPECT_EQ(pain->series().size(), 4);
    const QList<QPointF> before{{x(utc(2024, 5, 1, 8)), 6}, {x(utc(2024, 5, 2, 18)), 5}};
    const QList<QPointF> after{{x(utc(2024, 5, 1, 8)), 4}, {x(utc(2024, 5, 13, 8)), 2}};
    EXPECT_EQ(pointsOf<QLineSeries>(pain, QStringLiteral("Before")), before);
    EXPECT_EQ(pointsOf<QScatterSeries>(pain, QStringLiteral("Before")), before);
    EXPECT_EQ(pointsOf<QLineSeries>(pain, QStringLiteral("After")), after);
    EXPECT_EQ(pointsOf<QScatterSeries>(pain, QStringLiteral("After")), after);

    // Not by colour alone: the lines differ in style, the markers in shape.
    QScatterSeries* beforeMarks = nullptr;
    QScatterSeries* afterMarks = nullptr;
    QLineSeries* beforeLine = nullptr;
    QLineSeries* afterLine = nullptr;
    for (QAbstractSeries* series : pain->series()) {
        const bool isBefore = series->name() == QStringLiteral("Before");
        if (auto* marks = qobject_cast<QScatterSeries*>(series))
            (isBefore ? beforeMarks : afterMarks) = marks;
        else if (auto* line = qobject_cast<QLineSeries*>(series))
            (isBefore ? beforeLine : afterLine) = line;
    }
    ASSERT_TRUE(beforeMarks && afterMarks && beforeLine && afterLine);
    EXPECT_NE(beforeMarks->markerShape(), afterMarks->markerShape());
    EXPECT_NE(beforeLine->pen().style(), afterLine->pen().style());
    EXPECT_NE(beforeLine->pen().color(), afterLine->pen().color());

    auto* painY = qobject_cast<QValueAxis*>(pain->axes(Qt::Vertical).front());
    ASSERT_NE(painY, nullptr);
    EXPECT_EQ(painY->min(), 0);
    EXPECT_EQ(painY->max(), 10);
    ASSERT_NE(qobject_cast<QDateTimeAxis*>(pain->axes(Qt::Horizontal).front()), nullptr);

    QChart* weekly = plots.weeklyChart();
    ASSERT_NE(weekly, nullptr);
    EXPECT_EQ(barsOf(weekly), (QList<double>{20, 0, 25}));
}

TEST_F(HistoryPlotsWidgetTest, TheMinutesAxisLabelsWholeMinutesWithoutRepeats)
{
    // A minute and a half in the busiest week: "%d" labels over a nice-numbers axis of 0–2 in
    // quarters read "0, 0, 1, 1, 2".
    storage::SessionRecord short1 = session(utc(2024, 5, 1, 8), 1);
    short1.completedActiveMs = 90 * 1000;
    add({short1, session(utc(2024, 5, 8, 8), 1)});
    app::HistoryPlotsWidget plots(*m_store);
    QChart* weekly = plots.weeklyChart();
    ASSERT_NE(weekly, nullptr);
    auto* axis = qobject_cast<QValueAxis*>(weekly->axes(Qt::Vertical).front());
    ASSERT_NE(axis, nullptr);
    QStringList labels;
    for (int i = 0; i < axis->tickCount(); ++i) {
        const double value =
            axis->min() + i * (axis->max() - axis->min()) / (axis->tickCount() - 1);
        EXPECT_EQ(value, std::floor(value)) << "tick " << i << " is not a whole minute";
        labels << QString::number(qint64(value));
    }
    EXPECT_EQ(labels, QStringList({QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}));
}

TEST(HistoryCharts, MinuteAxesStepInWholeMinutesAndFitTheTallestBar)
{
    EXPECT_EQ(app::HistoryCharts::minuteAxis(1.5), (app::MinuteAxis{2, 1}));
    EXPECT_EQ(app::HistoryCharts::minuteAxis(7), (app::MinuteAxis{8, 2}));
    EXPECT_EQ(app::HistoryCharts::minuteAxis(100), (app::MinuteAxis{120, 30}));
    EXPECT_EQ(app::HistoryCharts::minuteAxis(0), (app::MinuteAxis{1, 1}));
    for (const double most :
         {0.2, 1.0, 2.9, 6.0, 6.1, 13.0, 29.5, 59.0, 61.0, 240.0, 500.0, 2000.0, 10000.0}) {
        const app::MinuteAxis axis = app::HistoryCharts::minuteAxis(most);
        EXPECT_GE(axis.max, most) << most;
        EXPECT_EQ(axis.max % axis.step, 0) << most;
        EXPECT_LT(axis.max - axis.step, most) << most << ": an empty step on top";
        EXPECT_LE(axis.tickCount(), app::HistoryCharts::kMaxMinuteSteps + 1) << most;
        EXPECT_GE(axis.tickCount(), 2) << most;
    }
}

TEST(HistoryCharts, DatesAreWrittenInTheAppsLanguage)
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    {
        const app::TranslationLoader translations(german);
        QList<storage::PainPoint> points{{1, utc(2024, 5, 1, 8), 6, 4},
                                         {2, utc(2024, 6, 20, 8), 5, 3}};
        std::unique_ptr<QChart> pain(app::HistoryCharts::painChart(
            app::HistoryCharts::painTrend(points, QTimeZone::utc()), app::ChartStyle::forPrint()));
        auto* dates = qobject_cast<QDateTimeAxis*>(pain->axes(Qt::Horizontal).front());
        ASSERT_NE(dates, nullptr);
        EXPECT_EQ(dates->format(), QStringLiteral("d. MMM"));
        EXPECT_EQ(pain->locale(), german);

        QList<storage::WeekActivity> weeks{{QDate(2024, 5, 6), 2024, 19, 60000, 1}};
        EXPECT_EQ(app::HistoryCharts::weekLabels(weeks).front().second, QStringLiteral("6. Mai"));
    }
    QLocale::setDefault(QLocale::system());
}

TEST_F(HistoryPlotsWidgetTest, SetFilterShowsOnlyTheMatchingSessions)
{
    add({session(utc(2024, 5, 1), 10, 6, 4),
         session(utc(2024, 5, 2), 15, 3, 1, {}, QStringLiteral("hips")),
         session(utc(2024, 5, 20), 10, 7, 7)});
    app::HistoryPlotsWidget plots(*m_store);
    ASSERT_EQ(pointsOf<QLineSeries>(plots.painChart(), QStringLiteral("Before")).size(), 3);

    storage::HistoryFilter hips;
    hips.routineId = QStringLiteral("hips");
    plots.setFilter(hips);
    EXPECT_EQ(pointsOf<QLineSeries>(plots.painChart(), QStringLiteral("Before")),
              (QList<QPointF>{{x(utc(2024, 5, 2)), 3}}));
    EXPECT_EQ(barsOf(plots.weeklyChart()), (QList<double>{15}));

    storage::HistoryFilter none;
    none.from = utc(2025, 1, 1);
    plots.setFilter(none);
    EXPECT_EQ(plots.painChart(), nullptr);
    EXPECT_TRUE(plots.message().contains(QStringLiteral("No sessions match")));

    plots.setFilter({});
    // The weeks of 29 April, 6, 13 and 20 May.
    EXPECT_EQ(barsOf(plots.weeklyChart()), (QList<double>{25, 0, 0, 10}));
}

TEST_F(HistoryPlotsWidgetTest, AClosedHistorySaysSo)
{
    storage::HistoryStore closed(m_dir.filePath(QStringLiteral("never-opened.sqlite")));
    app::HistoryPlotsWidget plots(closed);
    EXPECT_EQ(plots.painChart(), nullptr);
    EXPECT_TRUE(plots.message().contains(QStringLiteral("could not be opened")));
}

TEST_F(HistoryPlotsWidgetTest, FollowsThePaletteLightOrDark)
{
    add({session(utc(2024, 5, 1), 10, 6, 4)});
    app::HistoryPlotsWidget plots(*m_store);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
    plots.setPalette(dark);
    EXPECT_EQ(plots.painChart()->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
    EXPECT_EQ(plots.painChart()->titleBrush().color(), QColor(0xEE, 0xEE, 0xEE));
    EXPECT_EQ(plots.weeklyChart()->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));

    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    plots.setPalette(light);
    EXPECT_EQ(plots.painChart()->backgroundBrush().color(), QColor(Qt::white));
    // The rating colours are chosen for the background: not the same pair on both.
    EXPECT_NE(app::ChartStyle::fromPalette(dark).before,
              app::ChartStyle::fromPalette(light).before);
}

TEST(HistoryCharts, PlotsUpToTheLimitSessionBySession)
{
    QList<storage::PainPoint> points;
    for (int i = 0; i < app::HistoryCharts::kMaxSessionPoints; ++i)
        points.append({i + 1, utc(2024, 1, 1).addDays(i), i % 11, std::nullopt});
    const app::PainTrend trend = app::HistoryCharts::painTrend(points, QTimeZone::utc());
    EXPECT_FALSE(trend.weekly);
    ASSERT_EQ(trend.points.size(), points.size());
    EXPECT_EQ(trend.points[5], (app::PainTrendPoint{utc(2024, 1, 6), 5.0, std::nullopt}));
}

TEST(HistoryCharts, PlotsWeeklyMeansBeyondTheLimit)
{
    // 2024-01-01 is a Monday. Week 1: befores 2 and 4 (x 60 sessions), afters 1 (x 60);
    // week 2 is empty; week 3: before 8 only (x 41 sessions).
    QList<storage::PainPoint> points;
    for (int i = 0; i < 60; ++i)
        points.append({i, utc(2024, 1, 1 + i % 7, 9), i % 2 == 0 ? 2 : 4, 1});
    for (int i = 0; i < 41; ++i)
        points.append({100 + i, utc(2024, 1, 15 + i % 7, 9), 8, std::nullopt});
    const app::PainTrend trend = app::HistoryCharts::painTrend(points, QTimeZone::utc());
    EXPECT_TRUE(trend.weekly);
    EXPECT_EQ(
        trend.points,
        (QList<app::PainTrendPoint>{
            {QDateTime(QDate(2024, 1, 4), QTime(12, 0), QTimeZone::utc()), 3.0, 1.0},
            {QDateTime(QDate(2024, 1, 18), QTime(12, 0), QTimeZone::utc()), 8.0, std::nullopt}}));
}

TEST(HistoryCharts, LabelsEveryWeekOfAShortSpanAndMonthsOfAYear)
{
    QList<storage::WeekActivity> weeks;
    const QDate firstMonday(2024, 1, 1);
    for (int i = 0; i < 10; ++i)
        weeks.append({firstMonday.addDays(7 * i), 2024, i + 1, 0, 0});
    const auto shortLabels = app::HistoryCharts::weekLabels(weeks);
    ASSERT_EQ(shortLabels.size(), 10);
    EXPECT_EQ(shortLabels[3].first, 3);

    weeks.clear();
    for (int i = 0; i < 53; ++i)
        weeks.append({firstMonday.addDays(7 * i), 0, 0, 0, 0});
    const auto yearLabels = app::HistoryCharts::weekLabels(weeks);
    EXPECT_GE(yearLabels.size(), 10);
    EXPECT_LE(yearLabels.size(), 13);
    QSet<QString> unique;
    int previous = -1;
    for (const auto& [index, label] : yearLabels) {
        EXPECT_GT(index, previous);
        EXPECT_LE(weeks[index].monday.day(), 7) << label.toStdString();
        previous = index;
        unique.insert(label);
    }
    EXPECT_EQ(unique.size(), yearLabels.size());

    // Three years: about a dozen labels still, never the same text twice.
    weeks.clear();
    for (int i = 0; i < 157; ++i)
        weeks.append({firstMonday.addDays(7 * i), 0, 0, 0, 0});
    const auto longLabels = app::HistoryCharts::weekLabels(weeks);
    EXPECT_LE(longLabels.size(), 13);
    unique.clear();
    for (const auto& label : longLabels)
        unique.insert(label.second);
    EXPECT_EQ(unique.size(), longLabels.size());
}
