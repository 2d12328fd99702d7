#pragma once

#include <string>

#include "routine.h"

namespace unclutch::core {

// Routine → the bytes of a routine file (shared/docs/routine-format.md, section 1), the
// inverse of RoutineParser: parse(write(r)) gives r back, extensions and unknown keys included.
//
// The output is stable so that saving twice gives identical bytes and a saved file diffs
// well: 2-space indent, known keys in the order of the contract's tables followed by each
// object's extras in their original order, one cue, phase or side list per line, numbers as
// the shortest text that reads back as the same double, optional keys left out when absent,
// and a trailing newline.
class RoutineWriter {
public:
    static std::string write(const Routine& routine);
};

} // namespace unclutch::core
