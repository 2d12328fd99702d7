#include "history_statistics.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace unclutch::storage {

namespace {

QDate mondayOf(const QDate& date)
{
    return date.addDays(1 - date.dayOfWeek());
}

// Per calendar day: whether any session was rated, and whether every rating was high.
struct DayRatings {
    bool rated = false;
    bool allHigh = true;
};

} // namespace

bool RoutineEffect::enoughToSay() const
{
    return rated >= HistoryStatistics::kWhatHelpsMinimumRated;
}

QList<PainPoint> HistoryStatistics::painSeries(QList<SessionSample> samples)
{
    std::stable_sort(
        samples.begin(), samples.end(),
        [](const SessionSample& a, const SessionSample& b) { return a.start < b.start; });
    QList<PainPoint> points;
    for (const SessionSample& sample : samples) {
        if (sample.painBefore || sample.painAfter)
            points.append({sample.id, sample.start, sample.painBefore, sample.painAfter});
    }
    return points;
}

QList<WeekActivity> HistoryStatistics::weeklyActivity(const QList<SessionSample>& samples,
                                                      const QTimeZone& zone)
{
    if (samples.isEmpty())
        return {};
    QHash<QDate, WeekActivity> byMonday;
    QDate first;
    QDate last;
    for (const SessionSample& sample : samples) {
        const QDate monday = mondayOf(sample.start.toTimeZone(zone).date());
        WeekActivity& week = byMonday[monday];
        week.activeMs += sample.completedActiveMs;
        ++week.sessions;
        if (!first.isValid() || monday < first)
            first = monday;
        if (!last.isValid() || monday > last)
            last = monday;
    }
    QList<WeekActivity> weeks;
    for (QDate monday = first; monday <= last; monday = monday.addDays(7)) {
        WeekActivity week = byMonday.value(monday);
        week.monday = monday;
        week.isoWeek = monday.weekNumber(&week.isoYear);
        weeks.append(week);
    }
    return weeks;
}

int HistoryStatistics::daysPractised(const QList<SessionSample>& samples, const QTimeZone& zone)
{
    QSet<QDate> days;
    for (const SessionSample& sample : samples) {
        if (sample.completedActiveMs > 0)
            days.insert(sample.start.toTimeZone(zone).date());
    }
    return int(days.size());
}

bool HistoryStatistics::painPersists(const QList<SessionSample>& samples, const QDateTime& now,
                                     const QTimeZone& zone)
{
    const QDate today = now.toTimeZone(zone).date();
    QHash<QDate, DayRatings> days;
    for (const SessionSample& sample : samples) {
        if (sample.start > now)
            continue;
        DayRatings& day = days[sample.start.toTimeZone(zone).date()];
        for (const std::optional<int>& rating : {sample.painBefore, sample.painAfter}) {
            if (!rating)
                continue;
            day.rated = true;
            day.allHigh = day.allHigh && *rating >= kPersistentPainRating;
        }
    }
    const QDate lastDay = days.value(today).rated ? today : today.addDays(-1);
    for (int back = 0; back < kPersistentPainDays; ++back) {
        const DayRatings day = days.value(lastDay.addDays(-back));
        if (!day.rated || !day.allHigh)
            return false;
    }
    return true;
}

HistoryFilter HistoryStatistics::painPersistsWindow(const QDateTime& now, const QTimeZone& zone)
{
    const QDate today = now.toTimeZone(zone).date();
    HistoryFilter filter;
    filter.from = today.addDays(-kPersistentPainDays).startOfDay(zone);
    filter.until = today.addDays(1).startOfDay(zone);
    return filter;
}

HistorySummary HistoryStatistics::summarise(const QList<SessionRecord>& sessions, int daysPractised,
                                            int daysInPeriod)
{
    HistorySummary summary;
    summary.sessions = int(sessions.size());
    summary.daysPractised = daysPractised;
    summary.daysInPeriod = daysInPeriod;
    double before = 0;
    double after = 0;
    for (const SessionRecord& session : sessions) {
        if (session.outcome == SessionOutcome::Completed)
            ++summary.completed;
        summary.activeMs += session.completedActiveMs;
        if (session.painBefore) {
            before += *session.painBefore;
            ++summary.painBeforeCount;
        }
        if (session.painAfter) {
            after += *session.painAfter;
            ++summary.painAfterCount;
        }
    }
    if (summary.painBeforeCount > 0)
        summary.painBefore = before / summary.painBeforeCount;
    if (summary.painAfterCount > 0)
        summary.painAfter = after / summary.painAfterCount;
    return summary;
}

QList<RoutineEffect> HistoryStatistics::whatHelps(const QList<SessionRecord>& sessions)
{
    struct Tally {
        RoutineEffect effect;
        QDateTime latest;
        QList<int> changes;
    };
    QHash<QString, Tally> byRoutine;
    for (const SessionRecord& session : sessions) {
        Tally& tally = byRoutine[session.routineId];
        RoutineEffect& effect = tally.effect;
        effect.routineId = session.routineId;
        if (!tally.latest.isValid() || session.start >= tally.latest) {
            tally.latest = session.start;
            effect.title =
                session.routineTitle.isEmpty() ? session.routineId : session.routineTitle;
        }
        ++effect.sessions;
        effect.activeMs += session.completedActiveMs;
        if (session.painBefore && session.painAfter)
            tally.changes.append(*session.painAfter - *session.painBefore);
    }

    QList<RoutineEffect> effects;
    effects.reserve(byRoutine.size());
    for (Tally& tally : byRoutine) {
        RoutineEffect& effect = tally.effect;
        const QList<int>& changes = tally.changes;
        effect.rated = int(changes.size());
        if (!changes.isEmpty()) {
            double sum = 0;
            for (int change : changes)
                sum += change;
            const double mean = sum / double(changes.size());
            effect.meanChange = mean;
            const auto [smallest, largest] = std::minmax_element(changes.begin(), changes.end());
            effect.smallestChange = *smallest;
            effect.largestChange = *largest;
            if (changes.size() >= 2) {
                double squares = 0;
                for (int change : changes)
                    squares += (change - mean) * (change - mean);
                effect.standardDeviation = std::sqrt(squares / double(changes.size() - 1));
            }
        }
        effects.append(std::move(effect));
    }
    std::sort(effects.begin(), effects.end(), [](const RoutineEffect& a, const RoutineEffect& b) {
        const int byTitle = a.title.localeAwareCompare(b.title);
        return byTitle != 0 ? byTitle < 0 : a.routineId < b.routineId;
    });
    return effects;
}

} // namespace unclutch::storage
