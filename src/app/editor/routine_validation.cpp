#include "routine_validation.h"

#include <algorithm>

#include "storage/routine_file_reader.h"
#include "storage/routine_file_writer.h"

namespace unclutch::app {

int RoutineValidation::count(core::Severity severity) const
{
    return static_cast<int>(
        std::count_if(diagnostics.begin(), diagnostics.end(),
                      [severity](const core::Diagnostic& d) { return d.severity == severity; }));
}

RoutineValidation RoutineValidation::of(const core::Routine& routine, const QString& path)
{
    RoutineValidation validation;
    validation.bytes = storage::RoutineFileWriter::bytes(routine);
    // The same reader --validate uses, so missing pictures are reported in the same words.
    storage::RoutineEntry entry =
        storage::RoutineFileReader::parse(validation.bytes, path, storage::RoutineOrigin::User);
    validation.valid = entry.isValid();
    validation.diagnostics = std::move(entry.diagnostics);
    return validation;
}

} // namespace unclutch::app
