#include "history_seeder.h"

#include <QStringList>

#include <cstdio>
#include <cstdlib>

#include <algorithm>
#include <cmath>

#include "storage/history_store.h"

namespace unclutch::bench {

using storage::SessionOutcome;
using storage::SessionRecord;

namespace {

struct Routine {
    const char* id;
    const char* title;
    qint64 activeMs;
    // The poses of its steps, "|" between them; ":lr" after one played on both sides.
    const char* poses;
};

constexpr Routine kRoutines[] = {
    {"slow-cat-cow", "Slow cat-cow", 320000,
     "Constructive rest|Tabletop|Cat-cow|Child's pose|Pigeon:lr|Savasana"},
    {"pelvic-tilts", "Pelvic tilts", 240000,
     "Constructive rest|Pelvic tilt|Knee sway:lr|Pelvic tilt, slower|Rest"},
    {"glute-bridges", "Glute bridges", 300000,
     "Constructive rest|Bridge|Single-leg bridge:lr|Bridge hold|Knees to chest|Rest"},
    {"bird-dog", "Bird dog", 360000,
     "Tabletop|Cat-cow|Bird dog:lr|Bird dog hold:lr|Child's pose|Thread the needle:lr|"
     "Sphinx|Rest"},
    {"knee-to-chest", "Knee to chest", 180000,
     "Constructive rest|Knee to chest:lr|Both knees|Rest"},
    {"morning-mobility", "Morning mobility, gentle", 600000,
     "Standing reach|Forward bend|Tabletop|Cat-cow|Bird dog:lr|Pigeon:lr|Child's pose|Sphinx|"
     "Knee sway:lr|Bridge|Knees to chest|Savasana"},
};

// The instances of a routine as the history records them, nothing played yet.
QList<storage::StepRecord> instancesOf(const Routine& routine)
{
    QList<storage::StepRecord> steps;
    const QStringList poses = QString::fromUtf8(routine.poses).split(QLatin1Char('|'));
    for (int i = 0; i < poses.size(); ++i) {
        storage::StepRecord step;
        step.step = i + 1;
        step.outcome = core::InstanceOutcome::NotReached;
        QString pose = poses[i];
        if (pose.endsWith(QStringLiteral(":lr"))) {
            pose.chop(3);
            step.pose = pose;
            step.side = core::Side::Left;
            steps << step;
            step.side = core::Side::Right;
        }
        step.pose = pose;
        steps << step;
    }
    return steps;
}

const char* const kNotes[] = {
    "Left hip tight at first, looser by the end.",
    "Felt easier than last week.",
    "Slept badly; stiff in the morning.",
    "Skipped the last step, knee twinged.",
    "Calm breathing helped a lot.",
    "Long drive yesterday, lower back sore.",
    "Did it after a walk, much looser.",
    "Tried the \"slow\" pace: better.",
    "Sore after gardening.\nTook it easy.",
    "Good session, no pain at the end!",
};

int clampPain(double value)
{
    return std::clamp(int(std::lround(value)), storage::kPainMin, storage::kPainMax);
}

} // namespace

HistorySeeder::HistorySeeder(quint32 seed, QTimeZone zone)
    : m_random(seed)
    , m_zone(std::move(zone))
{
}

double HistorySeeder::painOn(int day, int totalDays, bool* flaring) const
{
    // From about 6.5 down to about 2.5 over the whole span.
    double pain = 6.5 - 4.0 * double(day) / double(std::max(totalDays - 1, 1));
    *flaring = false;
    for (const Flare& flare : m_flares) {
        if (day >= flare.startDay && day < flare.startDay + flare.days) {
            pain += flare.extra;
            *flaring = true;
        }
    }
    return pain;
}

QList<SessionRecord> HistorySeeder::generate(const QDate& first, const QDate& last, double perDay)
{
    const int totalDays = int(first.daysTo(last)) + 1;
    m_flares.clear();
    for (int start = m_random.bounded(20, 60); start < totalDays; start += m_random.bounded(40, 90))
        m_flares.append({start, m_random.bounded(3, 8), 1.5 + m_random.generateDouble() * 1.5});

    QList<SessionRecord> sessions;
    for (int day = 0; day < totalDays; ++day) {
        bool flaring = false;
        const double pain = painOn(day, totalDays, &flaring);
        // Whole sessions per day, drawn so that the average is `perDay`.
        double budget = perDay;
        int count = 0;
        while (budget >= 1.0) {
            ++count;
            budget -= 1.0;
        }
        if (m_random.generateDouble() < budget)
            ++count;
        for (int i = 0; i < count; ++i)
            sessions.append(session(first.addDays(day), i % 2 == 1, pain, flaring));
    }
    return sessions;
}

SessionRecord HistorySeeder::session(const QDate& date, bool evening, double pain, bool flaring)
{
    const Routine& routine = kRoutines[m_random.bounded(int(std::size(kRoutines)))];
    SessionRecord record;
    record.routineId = QString::fromLatin1(routine.id);
    record.routineTitle = QString::fromUtf8(routine.title);
    record.routineFile = QStringLiteral("/usr/share/unclutch/routines/") + record.routineId +
                         QStringLiteral(".json");
    const int minute =
        evening ? m_random.bounded(18 * 60, 21 * 60) : m_random.bounded(7 * 60, 9 * 60);
    record.start =
        QDateTime(date, QTime(minute / 60, minute % 60, m_random.bounded(60)), m_zone).toUTC();

    const double roll = m_random.generateDouble();
    record.outcome = roll < 0.86   ? SessionOutcome::Completed
                     : roll < 0.96 ? SessionOutcome::Stopped
                                   : SessionOutcome::Interrupted;
    const double done =
        record.outcome == SessionOutcome::Completed ? 1.0 : 0.15 + 0.7 * m_random.generateDouble();
    // Every instance the same length; the one where it stopped cut part-way, now and then one
    // skipped on the way.
    record.steps = instancesOf(routine);
    const qint64 instanceMs = routine.activeMs / record.steps.size();
    record.plannedActiveMs = instanceMs * record.steps.size();
    const double reached = double(record.steps.size()) * done;
    for (qsizetype i = 0; i < record.steps.size(); ++i) {
        storage::StepRecord& step = record.steps[i];
        if (double(i + 1) <= reached) {
            const bool skipped =
                record.outcome != SessionOutcome::Completed && m_random.generateDouble() < 0.08;
            step.outcome = skipped ? core::InstanceOutcome::Skipped : core::InstanceOutcome::Done;
            step.activeMs = skipped ? 0 : instanceMs;
        } else if (double(i) < reached) {
            step.outcome = core::InstanceOutcome::Cut;
            step.activeMs = qint64(double(instanceMs) * (reached - double(i)));
        }
        step.easier = step.activeMs > 0 && m_random.generateDouble() < (flaring    ? 0.45
                                                                        : pain > 5 ? 0.2
                                                                                   : 0.05);
        record.completedActiveMs += step.activeMs;
        if (step.outcome == core::InstanceOutcome::Cut)
            record.currentInstance = int(i);
    }
    // Pauses and transitions: wall time is a little longer than active time.
    record.end = record.start.addMSecs(record.completedActiveMs + m_random.bounded(10000, 90000));
    record.lastUpdate = record.end;
    if (m_random.generateDouble() < 0.9) {
        const double before = pain + (m_random.generateDouble() - 0.5) * 2.0;
        record.painBefore = clampPain(before);
        if (record.outcome != SessionOutcome::Interrupted && m_random.generateDouble() < 0.9)
            record.painAfter = clampPain(before - m_random.generateDouble() * 2.0);
    }
    if (m_random.generateDouble() < (flaring ? 0.5 : 0.12))
        record.note = QString::fromUtf8(kNotes[m_random.bounded(int(std::size(kNotes)))]);
    return record;
}

QList<SessionRecord> HistorySeeder::latest(int count, const QDate& last)
{
    const QList<SessionRecord> sessions = generate(last.addDays(-(count / 4) - 10), last, 4.0);
    return sessions.mid(std::max<qsizetype>(0, sessions.size() - count));
}

void seedOrAbort(const QString& databaseFile, const QList<SessionRecord>& sessions)
{
    storage::HistoryStore store(databaseFile);
    if (!store.open().ok() || !store.addSessions(sessions).ok()) {
        std::fprintf(stderr, "cannot seed the history in %s\n", qPrintable(databaseFile));
        std::abort();
    }
}

} // namespace unclutch::bench
