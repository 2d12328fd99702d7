#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include "session_record.h"

// A session's step records as JSON, in the shape of section 5 of the contract:
//   {"step": 3, "side": "left"|"right"|null, "pose": "…", "outcome": "done"|"cut"|"skipped"|
//    "not_reached", "active_ms": 60000, "easier": false}
// The history keeps them so (history_sql) and the JSON export writes them so. A step from before
// per-step records has no outcome: its "outcome", "pose" and "active_ms" are null.
namespace unclutch::storage::step_record_json {

QJsonObject toJson(const StepRecord& step);
QJsonArray toJson(const QList<StepRecord>& steps);
// Entries that are not objects are left out; a missing or unknown outcome reads as none.
QList<StepRecord> fromJson(const QJsonArray& array);

} // namespace unclutch::storage::step_record_json
