#pragma once

#include <vector>

#include <QByteArray>
#include <QString>

#include "core/diagnostic.h"
#include "core/routine.h"

namespace unclutch::app {

// What `unclutch --validate` would say about the routine if it were saved now: the routine is
// written with RoutineWriter and the bytes go through RoutineParser, pictures are looked up
// beside the file, so the editor shows the very same messages at the very same places.
struct RoutineValidation {
    QByteArray bytes;
    std::vector<core::Diagnostic> diagnostics;
    bool valid = false;

    int count(core::Severity severity) const;

    static RoutineValidation of(const core::Routine& routine, const QString& path);
};

} // namespace unclutch::app
