#include "diagnostic.h"

#include <algorithm>

#include "utf8.h"

namespace unclutch::core {

std::string Diagnostic::format() const
{
    std::string out = file;
    if (line > 0)
        out += ':' + std::to_string(line) + ':' + std::to_string(column);
    out += severity == Severity::Error ? ": error: " : ": warning: ";
    if (!syntax && !pointer.empty())
        out += pointer + ": ";
    out += message;
    // The file name comes from the user, the rest may quote the file: none may drive a terminal.
    return Utf8::escape_controls(out);
}

bool has_errors(const std::vector<Diagnostic>& diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

} // namespace unclutch::core
