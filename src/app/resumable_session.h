#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

#include "app/player/session_start.h"
#include "core/routine.h"
#include "storage/result.h"
#include "storage/session_record.h"

namespace unclutch::storage {
class RoutineLibrary;
}

namespace unclutch::app {

// A session cut short that can go on (shared/docs/routine-format.md, section 5): its record, its
// routine fitted again with the record's choices, and where and how it starts again. The first
// screen offers it; `unclutch --resume` plays it at once.
struct ResumableSession {
    Q_DECLARE_TR_FUNCTIONS(ResumableSession)

public:
    storage::SessionRecord record;
    core::Routine routine; // fitted as the record's session was
    QString file;          // the routine file, for its images
    SessionStart start;    // at the get-ready of the instance that was playing, in the record

    // The step instance it goes on at, as the player numbers it (1-based), its pose and side.
    int step() const;
    QString pose() const;
    core::Side side() const;

    // How to go on with `latest`, the session the history offers to resume (the history
    // module's latestResumable()). Fails, with a message for people, when there is none, or when
    // its routine is gone from the file it was played from and from the library, or was changed
    // so that its fitted timeline no longer matches the record's.
    static storage::Result<ResumableSession>
    resolve(const std::optional<storage::SessionRecord>& latest,
            const storage::RoutineLibrary& library);
};

} // namespace unclutch::app
