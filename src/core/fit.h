#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "routine.h"

namespace unclutch::core {

// What a person chose for today's session (shared/docs/routine-format.md, section 4). A choice
// left empty leaves the routine as written.
struct FitChoices {
    std::optional<double> minutes; // the length wanted, 1–240 minutes
    std::optional<double> pace;    // seconds per cycle of every paced step, 1–120
    bool easier = false;           // every step with an easier variant plays it from the start

    friend bool operator==(const FitChoices&, const FitChoices&) = default;
};

// The ranges of the choices. Like every time of the format they are checked on milliseconds:
// a pace on ms(S) (1000–120000, the rule of a file's `cycle`), a length on M × 60 000 ms
// rounded as ms() rounds (60 000–14 400 000). Not-a-number and infinities are out of range.
struct FitLimits {
    static bool minutes_in_range(double minutes);
    static bool pace_in_range(double seconds);
};

// Why a routine cannot be fitted as asked; the app and the command line word it.
struct FitError {
    enum class Kind {
        MinutesOutOfRange, // `value` is the length asked for
        PaceOutOfRange,    // `value` is the pace asked for
        StepTooLong,       // the pace `value` makes step `step` last `length_ms`, over 3600 s
        RoutineTooLong,    // every candidate lasts over 4 hours; `length_ms` is the shortest
    };

    Kind kind = Kind::MinutesOutOfRange;
    double value = 0;
    std::size_t step = 0; // index into Routine::steps; a message counts from 1
    std::int64_t length_ms = 0;

    // In English, for the command line: "a pace of 8 seconds makes step 3 last 4000 seconds; …".
    std::string message() const;

    friend bool operator==(const FitError&, const FitError&) = default;
};

struct FittedRoutine {
    Routine routine;         // the routine to make the timeline of; the file's stays as it was
    int scale_percent = 100; // p of section 4; 100 when no length was asked for
    FitChoices choices;      // as given, to keep with the session and show
};

struct FitResult {
    std::optional<FittedRoutine> fitted; // set when the routine could be fitted
    std::optional<FitError> error;       // set otherwise

    bool ok() const { return fitted.has_value(); }
};

// The rules of section 4 for one step, in milliseconds, at a scale of `percent` (25–400).
struct FitRules {
    // A timed step: clamp(1000 × ⌊(D × p + 50 000) / 100 000⌋, min(D, 5000), 3 600 000).
    static std::int64_t duration_ms(std::int64_t duration_ms, int percent);
    // A paced step: clamp(⌊(cycles × p + 50) / 100⌋, 1, 500), lowered until × C ≤ 3 600 000.
    static std::int64_t cycles(std::int64_t cycles, std::int64_t cycle_ms, int percent);
    // A cue of a step going from `old_length_ms` to `new_length_ms`: ⌊ms(at) × D' / D⌋.
    static std::int64_t cue_ms(std::int64_t at_ms, std::int64_t old_length_ms,
                               std::int64_t new_length_ms);
};

// Fits a routine that passed the parser to the choices, following section 4 literally: the
// pace first, then the length, in 64-bit integer arithmetic on milliseconds. Every time of the
// fitted routine is written back as seconds whose ms() is exactly the fitted milliseconds, and
// a paced step loses its `duration`, which would no longer match its cycles.
//
// A routine is never played over 4 hours: when the pace alone, or every scale with it, makes
// the routine longer, that is a RoutineTooLong error (with no choices a parsed routine always
// fits). The phases of a paced step keep their shares; at a short pace a phase may round to
// 0 ms, which the timeline still orders correctly.
FitResult fit(const Routine& routine, const FitChoices& choices);

} // namespace unclutch::core
