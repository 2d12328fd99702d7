#pragma once

#include <QString>

#include "routine_entry.h"

namespace unclutch::storage {

// Reads one routine file from disk and runs it through core::RoutineParser, adding what only
// the disk can tell: an unreadable file, and images that do not exist beside the routine.
class RoutineFileReader {
public:
    // `displayPath` is how diagnostics name the file (the path as the user typed it).
    static RoutineEntry read(const QString& path, RoutineOrigin origin,
                             const QString& displayPath = {});

    // The same for bytes that are not (yet) in the file at `path`, e.g. an editor's unsaved
    // routine: the messages are the ones read() would give once the bytes are saved there.
    static RoutineEntry parse(const QByteArray& bytes, const QString& path, RoutineOrigin origin,
                              const QString& displayPath = {});

    // The `*.json` files directly inside `dir` (not `*.schema.json`), sorted by name.
    static QStringList routineFilesIn(const QString& dir);
};

} // namespace unclutch::storage
