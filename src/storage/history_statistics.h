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
