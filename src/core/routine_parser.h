#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "routine.h"

namespace unclutch::core {

struct ParseResult {
    std::optional<Routine> routine;        // set when there is no error (warnings allowed)
    std::vector<Diagnostic> diagnostics;   // errors and warnings, in file order

    bool ok() const { return routine.has_value(); }
};

// Bytes of a routine file → a Routine, or every problem found in it
// (shared/docs/routine-format.md, section 1). No I/O: the caller reads the file.
class RoutineParser {
public:
    static constexpr std::size_t max_file_bytes = 1024 * 1024;
    static constexpr int max_depth = 64;

    // `path` is used for the diagnostics' file field and, when the routine has no `id`,
    // its final component makes the default id.
    static ParseResult parse(std::string_view bytes, const std::string& path);

    // The default id made from a file name, or an empty string when none can be made.
    static std::string default_id(std::string_view path);
};

} // namespace unclutch::core
