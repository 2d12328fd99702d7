#include "play_request.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "storage/regular_file.h"
#include "storage/routine_file_reader.h"
#include "storage/routine_library.h"

namespace unclutch::app {

PlayRequest PlayRequest::resolve(const QString& fileOrId, const storage::RoutineLibrary& library)
{
    PlayRequest request;
    // lupdate files these tr() calls under the context it would give a member tr().
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("unclutch::app::PlayRequest", text);
    };
    // Anything at that path but a folder is read as the file meant: a named pipe, say, is then
    // refused as not a regular file instead of being taken for a library id.
    if (const core::FileKind kind = storage::RegularFile::kindOf(fileOrId);
        kind != core::FileKind::missing && kind != core::FileKind::folder) {
        const storage::RoutineEntry entry =
            storage::RoutineFileReader::read(fileOrId, storage::RoutineOrigin::Extra, fileOrId);
        if (entry.routine) {
            request.routine = entry.routine;
            request.file = QFileInfo(fileOrId).absoluteFilePath();
            return request;
        }
        request.problems << entry.problemLines(core::Severity::Error);
        request.problems
            << tr("unclutch: %1 is not a valid routine; nothing to play").arg(fileOrId);
        return request;
    }
    if (const storage::RoutineEntry* entry = library.findById(fileOrId); entry && entry->routine) {
        request.routine = entry->routine;
        request.file = entry->path;
        return request;
    }
    QStringList ids;
    for (const storage::RoutineEntry& entry : library.entries()) {
        if (entry.routine)
            ids << QString::fromStdString(entry.routine->id);
    }
    request.problems << tr("unclutch: no routine file or library id \"%1\"").arg(fileOrId);
    if (!ids.isEmpty())
        request.problems << tr("Routines in the library: %1").arg(ids.join(QStringLiteral(", ")));
    return request;
}

} // namespace unclutch::app
