#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

#include "storage/history_statistics.h"

namespace unclutch::app {

// How "What helps" writes a routine's figures, the same in the History window and the report:
// changes signed ("−1.2", "+0.5", in the default QLocale), a range as "−4 to +1", and a caution
// in plain words when there are too few rated sessions to say anything.
class WhatHelpsText {
    Q_DECLARE_TR_FUNCTIONS(WhatHelpsText)

public:
    // "5 of 6": the sessions rated before and after, of every session of the routine.
    static QString rated(const storage::RoutineEffect& effect);
    // The mean change with one decimal, signed; a dash when no session was rated.
    static QString meanChange(const storage::RoutineEffect& effect);
    // The standard deviation with one decimal; a dash below two rated sessions.
    static QString standardDeviation(const storage::RoutineEffect& effect);
    // "−4 to +1", or the one change when all were the same; a dash when none.
    static QString range(const storage::RoutineEffect& effect);
    // Whole minutes practised.
    static QString minutes(const storage::RoutineEffect& effect);
    // Why the figures cannot say much yet; empty when there are enough rated sessions.
    static QString caution(const storage::RoutineEffect& effect);

    // A change of pain on the 0–10 scale, signed: "−2", "+1", "0"; with `decimals`.
    static QString signedChange(double change, int decimals);
};

} // namespace unclutch::app
