#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace unclutch::core {

// The value types of a routine file (shared/docs/routine-format.md, section 1).
// Times are kept in seconds exactly as written; Timeline converts them with ms().
// Every type compares member by member, extras included, so that a save → load round trip can be
// checked and an editor can tell an edit that changes nothing.

// Keys an object had that the format does not define (`x-…` extensions and unknown keys),
// in file order, so that an editor can write them back untouched.
using Extras = std::vector<std::pair<std::string, nlohmann::ordered_json>>;

enum class Side { None, Left, Right };

struct Phase {
    std::string name;
    double share = 0.0;
    Extras extras;

    friend bool operator==(const Phase&, const Phase&) = default;
};

struct Pacing {
    double cycle = 0.0; // seconds of one full movement cycle
    std::int64_t cycles = 0;
    double beat = 1.0; // seconds between beats; 0 means no beats
    std::vector<Phase> phases;
    Extras extras;

    friend bool operator==(const Pacing&, const Pacing&) = default;
};

struct Cue {
    double at = 0.0; // seconds from the start of the step
    std::string text;
    Extras extras;

    friend bool operator==(const Cue&, const Cue&) = default;
};

struct Variant {
    std::string pose;
    std::string instructions;
    std::optional<std::string> image;
    Extras extras;

    friend bool operator==(const Variant&, const Variant&) = default;
};

struct Step {
    std::string pose;
    std::string instructions;
    std::optional<std::string> image;
    std::optional<double> duration;   // seconds; may be absent when pacing is given
    std::optional<double> transition; // seconds; overrides Routine::transition
    std::vector<Side> sides;          // empty: played once, with no side
    std::vector<Cue> cues;            // in file order
    std::optional<Pacing> pacing;
    std::optional<Variant> easier;
    Extras extras;

    friend bool operator==(const Step&, const Step&) = default;
};

struct Routine {
    int format = 1;
    std::string id; // as given, or made from the file name
    bool id_from_file_name = false;
    std::string title;
    std::string description;
    std::string author;
    std::vector<std::string> cautions;
    double transition = 5.0; // seconds of get-ready before every step instance
    bool transition_given = false;
    // The language the texts are written in, a tag like "de" or "en-GB"; absent, the app decides
    // (bundled routines are in the language they are shown in, an own one in the interface's).
    std::optional<std::string> language;
    std::optional<std::string> schema; // the `$schema` value, kept for saving
    std::vector<Step> steps;
    Extras extras;

    friend bool operator==(const Routine&, const Routine&) = default;
};

// ms(x) of the contract: llround(x * 1000.0) in IEEE double, halves away from zero.
std::int64_t ms(double seconds);

// ms(x) when |x| is small enough for llround; nothing otherwise (out of any range of the format).
std::optional<std::int64_t> checked_ms(double seconds);

// The length of one instance of a step in ms: cycles × ms(cycle) with pacing, else ms(duration).
std::int64_t step_length_ms(const Step& step);

// The transition in ms before each instance of `step` in `routine`.
std::int64_t transition_ms(const Routine& routine, const Step& step);

// The number of instances of a step: one per side, or one with no side.
inline std::size_t instance_count(const Step& step)
{
    return step.sides.empty() ? 1 : step.sides.size();
}

// The whole routine's length in ms: every instance's transition plus its step length.
std::int64_t total_ms(const Routine& routine);

const char* to_string(Side side); // "left", "right", or "" for Side::None

} // namespace unclutch::core
