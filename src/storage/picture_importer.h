#pragma once

#include <QByteArray>
#include <QString>

#include "result.h"

namespace unclutch::storage {

// Puts pictures where a routine can use them: beside the routine file, by a relative path the
// format accepts (no "..", no "\", no leading "/", no scheme).
class PictureImporter {
public:
    // A picture larger than this is not read: no pose picture needs 64 MiB.
    static constexpr qint64 maxBytes = 64 * 1024 * 1024;

    // The bytes of the picture at `path`, to show it: a regular file of at most maxBytes
    // (RegularFile), so a named pipe in a picture's place cannot stop the player or the editor.
    static Result<QByteArray> read(const QString& path);

    // A picture the author picked anywhere: used where it is when it is already inside the
    // routine's folder, else copied into its images/ subfolder. The value is the relative path
    // to store in the routine.
    static Result<QString> import(const QString& source, const QString& routineFolder);

    // Copies `source` to `wantedRelative` inside `routineFolder`, or to name-2.ext, name-3.ext…
    // beside it when a different file has that name; a file with the same bytes is reused.
    // The value is the relative path used.
    static Result<QString> copyAs(const QString& source, const QString& routineFolder,
                                  const QString& wantedRelative);
};

} // namespace unclutch::storage
