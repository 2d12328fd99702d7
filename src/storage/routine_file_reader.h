#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "regular_file.h"
#include "result.h"
#include "routine_entry.h"

namespace unclutch::storage {

// A valid routine file read to be edited: the routine, and the bytes it was read from (so that
// the editor can tell its own saves from changes made elsewhere).
struct EditableRoutine {
    core::Routine routine;
    QByteArray bytes;
};

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

    // The routine at `path` for editing; a file that cannot be read or has errors is a failure
    // whose message names the first error.
    static Result<EditableRoutine> readForEditing(const QString& path, RoutineOrigin origin);

    // An entry named `*.json` directly inside a folder, and why it is not read as a routine
    // (empty for a routine file): a hidden file, or not a regular file.
    struct FolderEntry {
        QString path;
        QString skipped; // translated
    };
    // Every `*.json` entry directly inside `dir` but `*.schema.json`, sorted by name.
    static QList<FolderEntry> scanFolder(const QString& dir);
    // The routine files among them: regular `*.json` files, not hidden, not `*.schema.json`.
    static QStringList routineFilesIn(const QString& dir);

private:
    // The entry for what RegularFile read at `path`: parsed, or too large (with its real size).
    static RoutineEntry entryOf(const RegularFile::Contents& contents, const QString& path,
                                RoutineOrigin origin, const QString& displayPath = {});
};

} // namespace unclutch::storage
