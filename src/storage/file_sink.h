#pragma once

#include <QByteArray>
#include <QString>

namespace unclutch::storage {

// Where RoutineFileWriter puts bytes: all or nothing. Nothing is visible at the target until
// commit() succeeds; a sink destroyed before that leaves the target as it was.
// It is an interface so that tests can stand in for a full disk without mounting one.
class FileSink {
public:
    virtual ~FileSink() = default;

    virtual bool open() = 0;
    virtual bool write(const QByteArray& bytes) = 0;
    virtual bool commit() = 0;
    virtual QString errorString() const = 0;
};

} // namespace unclutch::storage
