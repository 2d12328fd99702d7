#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

#include "app/player/session_start.h"
#include "core/routine.h"
#include "storage/routine_entry.h"

namespace unclutch::storage {
class RoutineLibrary;
}

namespace unclutch::app {

// What `--play FILE|ID` names: a routine file (a path that exists), else a routine of the
// library by its id. Either the routine, or every line to tell the user why not.
struct PlayRequest {
    std::optional<core::Routine> routine;
    QString file;         // the routine file, for its images
    SessionStart start;   // with --minutes, --pace or --easier: the choices (fittedStart())
    QStringList problems; // for standard error, --validate style for a broken file
    // The library as read to resolve the request, handed on so that the app need not read
    // every routine file again (main() fills it in).
    QVector<storage::RoutineEntry> libraryEntries;

    static PlayRequest resolve(const QString& fileOrId, const storage::RoutineLibrary& library);
};

} // namespace unclutch::app
