#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "core/routine_parser.h"
#include "result.h"

namespace unclutch::storage {

// Reads the files Unclutch is given to read (a routine, a picture) as regular files only.
// Anything else at the path — a named pipe, a socket, a device, a folder — is refused at once:
// opening a named pipe for reading waits for a writer that may never come, and a device may
// never end. A path holding a NUL character is refused before any Qt file API sees it (Qt
// would print "Broken filename" on standard error and read nothing).
class RegularFile {
    Q_DECLARE_TR_FUNCTIONS(RegularFile)

public:
    struct Contents {
        QByteArray bytes; // the first `maxBytes` bytes at most
        qint64 size = 0;  // the whole file's size, however much of it was read
    };

    // At most `maxBytes` of the file at `path`. The error says why not, as a phrase that fits
    // after "cannot read the file: " ("it is a named pipe (FIFO), not a regular file").
    static Result<Contents> read(const QString& path, qint64 maxBytes);

    // What is at `path`, without opening it; symbolic links are followed.
    static core::FileKind kindOf(const QString& path);

    // "a named pipe (FIFO)", "a folder", …, for messages (translated).
    static QString describe(core::FileKind kind);

    // Whether `path` can be given to a file API at all (it holds no NUL character).
    static bool isUsablePath(const QString& path);
};

} // namespace unclutch::storage
