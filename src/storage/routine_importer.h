#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <optional>

#include "paths.h"
#include "result.h"
#include "routine_entry.h"
#include "routine_file_writer.h"
#include "routine_files.h"

namespace unclutch::storage {

// A routine file brought into the user's routines.
struct ImportedRoutine {
    QString id;
    QString title;
    QString path;       // the file in the user's routines
    bool copied = true; // false: the file was one of the user's routines already
};

// Brings a routine file someone sent (a physiotherapist, a friend) into the user's routines,
// with its pictures: checked first, so a file with errors is never copied; given a fresh id
// (`-2`, `-3`, …) when its id is taken by a bundled or own routine, including one imported just
// before; and written atomically. A file already in the user's routines is left as it is.
class RoutineImporter {
    Q_DECLARE_TR_FUNCTIONS(RoutineImporter)

public:
    explicit RoutineImporter(const Paths& paths, RoutineFileWriter writer = RoutineFileWriter());

    // Imports the file at `path`, named `displayPath` in messages (the path as the user gave
    // it; `path` when empty). Fails with every problem of a file with errors, one line each as
    // `--validate` prints them (the first naming the file), and nothing copied; or with why the
    // copy could not be written. A success warns with the file's warnings, one line each.
    Result<ImportedRoutine> importFile(const QString& path, const QString& displayPath = {}) const;

    // The file at `path` read and checked as importFile() reads it, with nothing copied: a
    // FIFO, device or socket is refused at once rather than waited on.
    static RoutineEntry check(const QString& path, const QString& displayPath = {});

private:
    Paths m_paths;
    RoutineFiles m_files;
    // The library's ids, read (every routine file parsed) at the first copy and kept up to date
    // with the imports: an importer serves one batch of files.
    mutable std::optional<QSet<QString>> m_taken;
};

} // namespace unclutch::storage
