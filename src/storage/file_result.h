#pragma once

#include <QString>

namespace unclutch::storage {

// The outcome of a file operation the user asked for. Failures the user can cause (a read-only
// file, a full disk, no trash) are values with a message ready to show, never exceptions.
struct FileResult {
    bool ok = false;
    QString error;   // what went wrong and what was left as it was, when !ok
    QString warning; // the operation succeeded, but something is worth telling (ok only)
    QString path;    // the file the operation produced or changed, when ok

    static FileResult success(const QString& path, const QString& warning = {})
    {
        return {true, {}, warning, path};
    }
    static FileResult failure(const QString& error) { return {false, error, {}, {}}; }
};

} // namespace unclutch::storage
