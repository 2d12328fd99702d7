#pragma once

#include <string>
#include <vector>

namespace unclutch::core {

enum class Severity { Warning, Error };

// One problem found in a routine file, in the shape `--validate` prints it.
struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;    // the path as the user gave it
    std::string pointer; // RFC 6901 JSON pointer; empty for the whole document or a syntax error
    int line = 0;        // 1-based; 0 when the position is not known
    int column = 0;      // 1-based, in bytes after any byte-order mark
    std::string message;
    bool syntax = false; // a syntax error: printed without a pointer

    // "PATH:LINE:COLUMN: error: /pointer: MESSAGE" (section 3 of the routine format).
    std::string format() const;
};

bool has_errors(const std::vector<Diagnostic>& diagnostics);

} // namespace unclutch::core
