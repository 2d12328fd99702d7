#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QString>

#include "core/routine.h"
#include "file_sink.h"
#include "result.h"

namespace unclutch::storage {

// Saves routine files so that a crash, a full disk or a read-only target never leaves a
// half-written or lost routine:
//  1. the old bytes are first copied, atomically, to NAME.json.bak (the previous version);
//  2. the new bytes go to a temporary file that is synced and renamed over NAME.json;
//  3. the folder is synced too, because the rename lives in the folder, not in the file.
// Any failure before step 2's rename leaves NAME.json exactly as it was.
class RoutineFileWriter {
public:
    using SinkFactory = std::function<std::unique_ptr<FileSink>(const QString& path)>;

    RoutineFileWriter();
    // `sinkFactory` makes the sink for each file written (the .bak and the routine).
    explicit RoutineFileWriter(SinkFactory sinkFactory);

    // The path saved to; a success may warn that the folder could not be synced.
    Result<QString> save(const QString& path, const core::Routine& routine) const;
    Result<QString> saveBytes(const QString& path, const QByteArray& bytes) const;

    // Where the previous version of `path` is kept.
    static QString backupPath(const QString& path);
    // The routine's file bytes, as save() writes them.
    static QByteArray bytes(const core::Routine& routine);

private:
    Status writeAtomically(const QString& path, const QByteArray& bytes) const;

    SinkFactory m_sinkFactory;
};

} // namespace unclutch::storage
