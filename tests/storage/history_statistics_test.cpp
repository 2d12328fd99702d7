#include <gtest/gtest.h>

#include "history_test_support.h"
#include "storage/history_statistics.h"

using namespace unclutch::storage;
using namespace unclutch::storage::test;

namespace {

const QTimeZone kZone(2 * 3600); // a fixed UTC+2, so local days do not depend on the machine

// A session at 08:00 local time on `date`.
SessionSample rated(const QDate& date, std::optional<int> before, std::optional<int> after,
                    qint64 activeMs = 600000)
{
    static SessionId next = 1;
    return {next++, QDateTime(date, QTime(8, 0), kZone).toUTC(), activeMs, before, after};
}

// One session with the given ratings on each of `days` days ending at `last`.
QList<SessionSample> daily(const QDate& last, int days, int before, int after)
{
    QList<SessionSample> samples;
    for (int back = days - 1; back >= 0; --back)
        samples << rated(last.addDays(-back), before, after);
    return samples;
}

const QDate kToday(2024, 6, 14);
const QDateTime kEvening = QDateTime(kToday, QTime(21, 0), kZone);

} // namespace

TEST(HistoryPainRule, FourteenDaysAllAtFourOrMoreHolds)
{
    EXPECT_TRUE(HistoryStatistics::painPersists(daily(kToday, 14, 6, 4), kEvening, kZone));
    EXPECT_TRUE(HistoryStatistics::painPersists(daily(kToday, 30, 7, 5), kEvening, kZone));
}

TEST(HistoryPainRule, ThirteenDaysDoNot)
{
    EXPECT_FALSE(HistoryStatistics::painPersists(daily(kToday, 13, 6, 4), kEvening, kZone));
}

TEST(HistoryPainRule, OneRatingBelowFourAnywhereInTheWindowBreaksIt)
{
    QList<SessionSample> samples = daily(kToday, 14, 6, 5);
    samples << rated(kToday.addDays(-13), 5, 3); // a second session on the first day
    EXPECT_FALSE(HistoryStatistics::painPersists(samples, kEvening, kZone));
    // The same calm rating just before the window does not matter.
    samples.last() = rated(kToday.addDays(-14), 5, 3);
    EXPECT_TRUE(HistoryStatistics::painPersists(samples, kEvening, kZone));
}

TEST(HistoryPainRule, ADayWithoutARatingBreaksIt)
{
    QList<SessionSample> samples = daily(kToday, 14, 6, 5);
    samples[6].painBefore.reset();
    samples[6].painAfter.reset(); // practised that day, but did not rate
    EXPECT_FALSE(HistoryStatistics::painPersists(samples, kEvening, kZone));
    samples[6].painAfter = 4; // one rating of the two is enough
    EXPECT_TRUE(HistoryStatistics::painPersists(samples, kEvening, kZone));
    samples.removeAt(6); // no session at all that day
    EXPECT_FALSE(HistoryStatistics::painPersists(samples, kEvening, kZone));
}

TEST(HistoryPainRule, TodayWithoutRatingsYetLooksAtTheFourteenDaysBefore)
{
    const QList<SessionSample> untilYesterday = daily(kToday.addDays(-1), 14, 6, 6);
    const QDateTime morning(kToday, QTime(7, 0), kZone);
    EXPECT_TRUE(HistoryStatistics::painPersists(untilYesterday, morning, kZone));
    // A calm rating today counts as soon as it is there.
    QList<SessionSample> withToday = untilYesterday;
    withToday << rated(kToday, 3, 2);
    EXPECT_FALSE(HistoryStatistics::painPersists(withToday, kEvening, kZone));
    // Two days without ratings: too old.
    EXPECT_FALSE(
        HistoryStatistics::painPersists(daily(kToday.addDays(-2), 14, 6, 6), morning, kZone));
}

TEST(HistoryPainRule, DaysAreLocalCalendarDays)
{
    // 23:30 UTC is already the next day at UTC+2.
    QList<SessionSample> samples = daily(kToday, 14, 6, 6);
    samples[0].start = QDateTime(kToday.addDays(-14), QTime(23, 30), Qt::UTC);
    EXPECT_TRUE(HistoryStatistics::painPersists(samples, kEvening, kZone));
    samples[0].start = QDateTime(kToday.addDays(-14), QTime(21, 30), Qt::UTC);
    EXPECT_FALSE(HistoryStatistics::painPersists(samples, kEvening, kZone));
}

TEST(HistoryPainRule, FutureSessionsAreIgnored)
{
    QList<SessionSample> samples = daily(kToday, 14, 6, 6);
    samples << rated(kToday.addDays(3), 1, 1);
    EXPECT_TRUE(HistoryStatistics::painPersists(samples, kEvening, kZone));
}

TEST(HistoryPainRule, WindowCoversEveryDayTheRuleCanLookAt)
{
    const HistoryFilter window = HistoryStatistics::painPersistsWindow(kEvening, kZone);
    EXPECT_EQ(window.from, QDateTime(kToday.addDays(-14), QTime(0, 0), kZone));
    EXPECT_EQ(window.until, QDateTime(kToday.addDays(1), QTime(0, 0), kZone));
}

TEST(HistoryStatistics, WeeklyActivityIsoWeeksWithEmptyWeeksAndTheYearBoundary)
{
    const QList<SessionSample> samples = {
        rated(QDate(2024, 12, 23), {}, {}, 60000),  // Monday, week 52 of 2024
        rated(QDate(2024, 12, 29), {}, {}, 120000), // Sunday, same week
        rated(QDate(2024, 12, 30), {}, {}, 30000),  // Monday, week 1 of 2025
        rated(QDate(2025, 1, 15), {}, {}, 45000),   // week 3 of 2025; week 2 is empty
    };
    const QList<WeekActivity> weeks = HistoryStatistics::weeklyActivity(samples, kZone);
    ASSERT_EQ(weeks.size(), 4);
    EXPECT_EQ(weeks[0], (WeekActivity{QDate(2024, 12, 23), 2024, 52, 180000, 2}));
    EXPECT_EQ(weeks[1], (WeekActivity{QDate(2024, 12, 30), 2025, 1, 30000, 1}));
    EXPECT_EQ(weeks[2], (WeekActivity{QDate(2025, 1, 6), 2025, 2, 0, 0}));
    EXPECT_EQ(weeks[3], (WeekActivity{QDate(2025, 1, 13), 2025, 3, 45000, 1}));
    EXPECT_TRUE(HistoryStatistics::weeklyActivity({}, kZone).isEmpty());
}

TEST(HistoryStatistics, DaysPractisedDistinctLocalDaysWithActiveTime)
{
    QList<SessionSample> samples = {
        rated(QDate(2024, 6, 1), {}, {}),
        rated(QDate(2024, 6, 1), {}, {}), // a second session the same day
        rated(QDate(2024, 6, 3), {}, {}),
        rated(QDate(2024, 6, 4), {}, {}, 0), // stopped before anything was done
    };
    samples << SessionSample{
        99, QDateTime(QDate(2024, 6, 4), QTime(22, 30), Qt::UTC), 1000, {}, {}};
    // 22:30 UTC on the 4th is the 5th at UTC+2.
    EXPECT_EQ(HistoryStatistics::daysPractised(samples, kZone), 3);
    EXPECT_EQ(HistoryStatistics::daysPractised(samples, QTimeZone(0)), 3);
}

TEST(HistoryStatistics, PainSeriesRatedSessionsOldestFirst)
{
    const SessionSample later = rated(QDate(2024, 6, 3), 5, {});
    const SessionSample unrated = rated(QDate(2024, 6, 2), {}, {});
    const SessionSample earlier = rated(QDate(2024, 6, 1), 7, 4);
    const QList<PainPoint> points = HistoryStatistics::painSeries({later, unrated, earlier});
    ASSERT_EQ(points.size(), 2);
    EXPECT_EQ(points[0], (PainPoint{earlier.id, earlier.start, 7, 4}));
    EXPECT_EQ(points[1], (PainPoint{later.id, later.start, 5, std::nullopt}));
}

TEST(HistorySummary, CountsSessionsMinutesAndMeanRatings)
{
    const auto session = [](int day, int minutes, std::optional<int> before,
                            std::optional<int> after) {
        SessionRecord record = finishedSession(utc(2024, 5, day, 7), minutes * 60 * 1000);
        if (minutes < 10)
            record.outcome = SessionOutcome::Stopped;
        record.painBefore = before;
        record.painAfter = after;
        return record;
    };
    const HistorySummary summary =
        HistoryStatistics::summarise({session(1, 10, 6, 4), session(2, 5, 3, std::nullopt),
                                      session(3, 12, std::nullopt, std::nullopt)},
                                     3, 31);
    EXPECT_EQ(summary.sessions, 3);
    EXPECT_EQ(summary.completed, 2);
    EXPECT_EQ(summary.daysPractised, 3);
    EXPECT_EQ(summary.daysInPeriod, 31);
    EXPECT_EQ(summary.activeMs, 27 * 60 * 1000);
    EXPECT_EQ(summary.painBefore, 4.5);
    EXPECT_EQ(summary.painBeforeCount, 2);
    EXPECT_EQ(summary.painAfter, 4.0);
    EXPECT_EQ(summary.painAfterCount, 1);
}

TEST(HistorySummary, NoRatingsHaveNoMean)
{
    const HistorySummary summary =
        HistoryStatistics::summarise({finishedSession(utc(2024, 5, 1, 7), 60000)}, 1, 1);
    EXPECT_EQ(summary.painBefore, std::nullopt);
    EXPECT_EQ(summary.painAfter, std::nullopt);
    EXPECT_EQ(summary.painBeforeCount, 0);
}

namespace {

SessionRecord practised(const QString& routine, const QString& title, int day, int minutes,
                        std::optional<int> before, std::optional<int> after)
{
    SessionRecord record =
        finishedSession(utc(2024, 5, day, 7), qint64(minutes) * 60 * 1000, routine);
    record.routineTitle = title;
    record.painBefore = before;
    record.painAfter = after;
    return record;
}

} // namespace

// Worked by hand: the cat-cow's changes are −2, 0, −4, −1 and +1 (the session rated only
// before does not count): mean −6 / 5 = −1.2; deviations −0.8, 1.2, −2.8, 0.2, 2.2, their
// squares 0.64 + 1.44 + 7.84 + 0.04 + 4.84 = 14.8, over n − 1 = 4 gives 3.7, so the standard
// deviation is √3.7 ≈ 1.9235; the range −4 to +1; minutes 10 + 12 + 8 + 5 + 10 + 15 = 60.
TEST(HistoryWhatHelps, MeanChangeSpreadAndMinutesPerRoutine)
{
    const QString catCow = QStringLiteral("cat-cow");
    const QString hips = QStringLiteral("hips");
    const QString walk = QStringLiteral("walk");
    const QList<SessionRecord> sessions{
        practised(catCow, QStringLiteral("Cat cow"), 1, 10, 6, 4),
        practised(hips, QStringLiteral("Hip openers"), 1, 10, 5, 3),
        practised(catCow, QStringLiteral("Cat cow"), 2, 12, 5, 5),
        practised(catCow, QStringLiteral("Cat cow"), 3, 8, 7, 3),
        practised(walk, QStringLiteral("A walk"), 3, 7, std::nullopt, std::nullopt),
        practised(catCow, QStringLiteral("Cat cow"), 4, 5, 4, std::nullopt),
        practised(hips, QStringLiteral("Hip openers"), 4, 10, 4, 4),
        practised(catCow, QStringLiteral("Slow cat-cow"), 6, 15, 3, 4),
        practised(catCow, QStringLiteral("Cat cow"), 5, 10, 6, 5),
    };
    const QList<RoutineEffect> effects = HistoryStatistics::whatHelps(sessions);
    ASSERT_EQ(effects.size(), 3);

    // By title, which ranks nothing.
    const RoutineEffect& a = effects[0];
    EXPECT_EQ(a.title, QStringLiteral("A walk"));
    EXPECT_EQ(a.sessions, 1);
    EXPECT_EQ(a.rated, 0);
    EXPECT_EQ(a.activeMs, 7 * 60 * 1000);
    EXPECT_EQ(a.meanChange, std::nullopt);
    EXPECT_EQ(a.standardDeviation, std::nullopt);
    EXPECT_EQ(a.smallestChange, std::nullopt);
    EXPECT_FALSE(a.enoughToSay());

    // Changes −2 and 0: mean −1, deviations ±1, √(2 / 1) ≈ 1.4142.
    const RoutineEffect& h = effects[1];
    EXPECT_EQ(h.routineId, hips);
    EXPECT_EQ(h.sessions, 2);
    EXPECT_EQ(h.rated, 2);
    EXPECT_DOUBLE_EQ(*h.meanChange, -1.0);
    EXPECT_NEAR(*h.standardDeviation, 1.41421356, 1e-8);
    EXPECT_EQ(h.smallestChange, -2);
    EXPECT_EQ(h.largestChange, 0);
    EXPECT_EQ(h.activeMs, 20 * 60 * 1000);
    EXPECT_FALSE(h.enoughToSay());

    const RoutineEffect& c = effects[2];
    EXPECT_EQ(c.routineId, catCow);
    EXPECT_EQ(c.title, QStringLiteral("Slow cat-cow")) << "the title of its latest session";
    EXPECT_EQ(c.sessions, 6);
    EXPECT_EQ(c.rated, 5);
    EXPECT_DOUBLE_EQ(*c.meanChange, -1.2);
    EXPECT_NEAR(*c.standardDeviation, 1.92353841, 1e-8);
    EXPECT_EQ(c.smallestChange, -4);
    EXPECT_EQ(c.largestChange, 1);
    EXPECT_EQ(c.activeMs, 60 * 60 * 1000);
    EXPECT_TRUE(c.enoughToSay());
}

TEST(HistoryWhatHelps, OneRatedSessionHasAMeanButNoDeviation)
{
    const QList<RoutineEffect> effects = HistoryStatistics::whatHelps(
        {practised(QStringLiteral("hips"), QStringLiteral("Hip openers"), 1, 10, 2, 5)});
    ASSERT_EQ(effects.size(), 1);
    EXPECT_DOUBLE_EQ(*effects[0].meanChange, 3.0);
    EXPECT_EQ(effects[0].standardDeviation, std::nullopt);
    EXPECT_EQ(effects[0].smallestChange, 3);
    EXPECT_EQ(effects[0].largestChange, 3);
    EXPECT_TRUE(HistoryStatistics::whatHelps({}).isEmpty());
}

TEST(HistoryWhatHelps, FiveRatedSessionsAreEnoughToSay)
{
    QList<SessionRecord> sessions;
    for (int day = 1; day <= 5; ++day)
        sessions << practised(QStringLiteral("hips"), QStringLiteral("Hip openers"), day, 10, 5, 4);
    sessions.last().painAfter.reset();
    EXPECT_FALSE(HistoryStatistics::whatHelps(sessions)[0].enoughToSay());
    sessions.last().painAfter = 4;
    EXPECT_TRUE(HistoryStatistics::whatHelps(sessions)[0].enoughToSay());
    EXPECT_DOUBLE_EQ(*HistoryStatistics::whatHelps(sessions)[0].standardDeviation, 0.0);
}
