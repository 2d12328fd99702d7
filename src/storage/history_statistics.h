#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

#include "history_filter.h"
#include "session_record.h"

namespace unclutch::storage {

// What the aggregates need to know about one session.
struct SessionSample {
    SessionId id = 0;
    QDateTime start;
    qint64 completedActiveMs = 0;
    std::optional<int> painBefore;
    std::optional<int> painAfter;
};

// Pain ratings of one session, for a chart over time.
struct PainPoint {
    SessionId id = 0;
    QDateTime start; // UTC
    std::optional<int> before;
    std::optional<int> after;

    bool operator==(const PainPoint&) const = default;
};

// Practice in one ISO 8601 week (Monday to Sunday, local time).
struct WeekActivity {
    QDate monday;
    int isoYear = 0;
    int isoWeek = 0;
    qint64 activeMs = 0; // completed active time of the sessions that started in the week
    int sessions = 0;

    bool operator==(const WeekActivity&) const = default;
};

// The figures that sum up a period: how much was practised, and the mean pain ratings.
struct HistorySummary {
    int sessions = 0;
    int completed = 0;
    int daysPractised = 0;
    int daysInPeriod = 0;
    qint64 activeMs = 0;
    std::optional<double> painBefore; // mean of the ratings given
    int painBeforeCount = 0;
    std::optional<double> painAfter;
    int painAfterCount = 0;
};

// How one routine's sessions went, for "What helps": how often pain was rated before and after
// it, how much it changed, and how long the routine was practised. Change is after − before on
// the 0–10 scale, so −2 means two points less pain after the session.
struct RoutineEffect {
    QString routineId;
    QString title;                           // as of the routine's latest session
    int sessions = 0;                        // every session of the routine
    int rated = 0;                           // sessions with pain rated both before and after
    qint64 activeMs = 0;                     // completed active time of every session
    std::optional<double> meanChange;        // over the rated sessions; empty when none
    std::optional<double> standardDeviation; // sample (n − 1) deviation; from 2 rated on
    std::optional<int> smallestChange;       // the lowest and highest change: the range
    std::optional<int> largestChange;

    // Below kWhatHelpsMinimumRated rated sessions, a person is told it is too early to say.
    bool enoughToSay() const;

    bool operator==(const RoutineEffect&) const = default;
};

// The aggregates a history view plots, computed from samples so that the rules are plain
// functions. Calendar days and weeks are those of `zone` (the app passes the system zone).
class HistoryStatistics {
public:
    // Sessions with at least one rating, oldest first.
    static QList<PainPoint> painSeries(QList<SessionSample> samples);

    // Every week from the first session's to the last one's, weeks without practice included
    // (as zeros), oldest first; empty when there are no samples.
    static QList<WeekActivity> weeklyActivity(const QList<SessionSample>& samples,
                                              const QTimeZone& zone);

    // Distinct calendar days with a session that has some completed active time.
    static int daysPractised(const QList<SessionSample>& samples, const QTimeZone& zone);

    // The sessions of a period of `daysInPeriod` days summed up; `daysPractised` as above.
    static HistorySummary summarise(const QList<SessionRecord>& sessions, int daysPractised,
                                    int daysInPeriod);

    // One entry per routine with sessions among `sessions`, by title (then id): an order
    // that ranks nothing. See RoutineEffect.
    static QList<RoutineEffect> whatHelps(const QList<SessionRecord>& sessions);
    // Fewer rated sessions than this are too few to say whether a routine helps: one unusual
    // day in four moves a mean of four by a quarter of its difference from the rest, which for
    // ratings that wobble by a point or two from day to day is as large as the changes the
    // mean is meant to show. Five is where a single day stops dominating, and still soon
    // enough (a week or two of practice) for the caution to give way to numbers.
    static constexpr int kWhatHelpsMinimumRated = 5;

    // The rule behind the calm note that suggests seeing a health professional: pain has
    // stayed at kPersistentPainRating or above for kPersistentPainDays days in a row.
    // Exactly: take the last kPersistentPainDays calendar days ending today, or, when no
    // session today has a rating yet (the day is not over), the ones ending yesterday. The
    // rule holds when each of those days has at least one session with a rating (before or
    // after) and every rating on those days, before and after, is kPersistentPainRating or
    // more. Sessions without ratings and sessions that start after `now` are ignored.
    static constexpr int kPersistentPainDays = 14;
    static constexpr int kPersistentPainRating = 4;
    static bool painPersists(const QList<SessionSample>& samples, const QDateTime& now,
                             const QTimeZone& zone);
    // The sessions painPersists() may look at: from the start of the earliest day it can
    // consider up to the end of today.
    static HistoryFilter painPersistsWindow(const QDateTime& now, const QTimeZone& zone);
};

} // namespace unclutch::storage
