#include "routine_entry.h"

namespace unclutch::storage {

QString RoutineEntry::firstError() const
{
    for (const core::Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.severity == core::Severity::Error)
            return QString::fromStdString(diagnostic.format());
    }
    return {};
}

} // namespace unclutch::storage
