#pragma once

#include <optional>
#include <vector>

#include <QString>
#include <QStringList>

#include "core/diagnostic.h"
#include "core/routine.h"

namespace unclutch::storage {

enum class RoutineOrigin { Bundled, User, Extra };

// One routine file as the library knows it: the routine when it loaded, and every problem found.
struct RoutineEntry {
    QString path;
    RoutineOrigin origin = RoutineOrigin::User;
    std::optional<core::Routine> routine; // empty when the file has an error
    std::vector<core::Diagnostic> diagnostics;

    bool isValid() const { return routine.has_value(); }
    bool isReadOnly() const { return origin == RoutineOrigin::Bundled; }
    // The first error, formatted as --validate prints it; empty for a valid routine.
    QString firstError() const;
    // Every problem, or only those of `severity`, one line each as --validate prints them.
    QStringList problemLines(std::optional<core::Severity> severity = std::nullopt) const;
};

} // namespace unclutch::storage
