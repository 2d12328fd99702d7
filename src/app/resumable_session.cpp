#include "resumable_session.h"

#include <QFileInfo>

#include <optional>

#include "app/console.h"
#include "core/fit.h"
#include "storage/routine_file_reader.h"
#include "storage/routine_library.h"

namespace unclutch::app {

namespace {

// The routine the session was played from: the library's entry for its file (a bundled routine
// in the interface's language: only its words may differ, which the timeline's fingerprint
// leaves out), else the file itself if it still holds that routine (one played with
// --play FILE), else the library's routine of that id (the file was moved).
std::optional<storage::RoutineEntry> routineOf(const storage::SessionRecord& record,
                                               const storage::RoutineLibrary& library)
{
    const auto isIt = [&](const storage::RoutineEntry& entry) {
        return entry.routine && QString::fromStdString(entry.routine->id) == record.routineId;
    };
    if (const storage::RoutineEntry* entry = library.findByPath(record.routineFile);
        entry && isIt(*entry))
        return *entry;
    if (!record.routineFile.isEmpty() && QFileInfo(record.routineFile).isFile()) {
        storage::RoutineEntry entry = storage::RoutineFileReader::read(
            record.routineFile, storage::RoutineOrigin::Extra, record.routineFile);
        if (isIt(entry))
            return entry;
    }
    if (const storage::RoutineEntry* entry = library.findById(record.routineId);
        entry && entry->routine)
        return *entry;
    return std::nullopt;
}

} // namespace

int ResumableSession::step() const
{
    return record.steps.value(record.currentInstance).step;
}

QString ResumableSession::pose() const
{
    // The pose as the routine reads now (a bundled routine in the interface's language).
    const int index = step() - 1;
    if (index >= 0 && static_cast<std::size_t>(index) < routine.steps.size())
        return QString::fromStdString(routine.steps[static_cast<std::size_t>(index)].pose);
    return record.steps.value(record.currentInstance).pose;
}

core::Side ResumableSession::side() const
{
    return record.steps.value(record.currentInstance).side;
}

storage::Result<ResumableSession>
ResumableSession::resolve(const std::optional<storage::SessionRecord>& latest,
                          const storage::RoutineLibrary& library)
{
    if (!latest)
        return storage::Failure(tr("There is no session to resume."));
    ResumableSession session;
    session.record = *latest;
    const std::optional<storage::RoutineEntry> entry = routineOf(session.record, library);
    if (!entry)
        return storage::Failure(
            tr("The routine %1 of the last session is gone: it cannot be resumed.")
                .arg(quotedForMessage(session.record.routineTitle)));
    core::FitChoices choices;
    if (session.record.fit) {
        choices.minutes = session.record.fit->minutes;
        choices.pace = session.record.fit->pace;
        choices.easier = session.record.fit->easier;
    }
    core::FitResult fitted = core::fit(*entry->routine, choices);
    std::optional<SessionStart> start =
        fitted.ok() ? resumeStart(session.record, fitted.fitted->routine) : std::nullopt;
    if (!start)
        return storage::Failure(
            tr("The routine %1 has changed since the last session: it cannot be resumed.")
                .arg(quotedForMessage(session.record.routineTitle)));
    session.routine = std::move(fitted.fitted->routine);
    session.file = entry->path;
    session.start = std::move(*start);
    return session;
}

} // namespace unclutch::app
