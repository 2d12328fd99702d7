#pragma once

#include <QDateTime>
#include <QString>

namespace unclutch::storage {

// Which sessions a query looks at. An empty filter matches every session.
struct HistoryFilter {
    QString routineId; // empty: every routine
    QDateTime from;    // sessions that started at or after this instant; invalid: no lower bound
    QDateTime until;   // sessions that started before this instant; invalid: no upper bound

    bool operator==(const HistoryFilter&) const = default;
};

} // namespace unclutch::storage
