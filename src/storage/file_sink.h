#pragma once

#include <QByteArray>
#include <QString>

#include "result.h"

namespace unclutch::storage {

// Where files are written (routines, reports): all or nothing. Nothing is visible at the target
// until commit() succeeds; a sink destroyed before that leaves the target as it was. It is an
// interface so that tests can stand in for a full disk without mounting one.
class FileSink {
public:
    virtual ~FileSink() = default;

    virtual bool open() = 0;
    virtual bool write(const QByteArray& bytes) = 0;
    virtual bool commit() = 0;
    virtual QString errorString() const = 0;

    // open(), write() and commit() in one. The failure's message is the system's reason, for
    // the caller to put in its own words.
    Status writeAll(const QByteArray& bytes)
    {
        if (!open() || !write(bytes) || !commit())
            return Failure(errorString());
        return {};
    }
};

} // namespace unclutch::storage
