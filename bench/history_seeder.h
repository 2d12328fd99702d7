#pragma once

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QTimeZone>

#include "storage/session_record.h"

namespace unclutch::bench {

// Plausible practice: a handful of routines, mostly mornings and some evenings, most
// sessions completed, pain that eases over the months with a few flares, easier variants
// while it hurts, and now and then a note. The same seed gives the same history.
class HistorySeeder {
public:
    HistorySeeder(quint32 seed, QTimeZone zone);

    // Finished sessions from `first` to `last` (local dates), about `perDay` a day on
    // average, oldest first.
    QList<storage::SessionRecord> generate(const QDate& first, const QDate& last,
                                           double perDay = 1.1);
    // Exactly `count` sessions of a busy history (about four a day) that ends on `last`.
    QList<storage::SessionRecord> latest(int count, const QDate& last);

private:
    struct Flare {
        int startDay = 0;
        int days = 0;
        double extra = 0;
    };

    storage::SessionRecord session(const QDate& date, bool evening, double pain, bool flaring);
    double painOn(int day, int totalDays, bool* flaring) const;

    QRandomGenerator m_random;
    QTimeZone m_zone;
    QList<Flare> m_flares;
};

// Writes `sessions` into a new history at `databaseFile` in one transaction; a benchmark
// cannot go on without it, so a failure aborts with a message.
void seedOrAbort(const QString& databaseFile, const QList<storage::SessionRecord>& sessions);

} // namespace unclutch::bench
