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

QStringList RoutineEntry::problemLines(std::optional<core::Severity> severity) const
{
    QStringList lines;
    for (const core::Diagnostic& diagnostic : diagnostics) {
        if (!severity || diagnostic.severity == *severity)
            lines << QString::fromStdString(diagnostic.format());
    }
    return lines;
}

} // namespace unclutch::storage
