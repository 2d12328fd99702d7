#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "diagnostic_list.h"
#include "json_document.h"
#include "pointer_path.h"
#include "routine.h"

namespace unclutch::core {

// A time rule checked on milliseconds, with what to say when a value is below or above it.
struct SecondsRule {
    std::int64_t min_ms;
    bool min_excluded; // "> 0" rather than "≥ 0"
    std::int64_t max_ms;
    std::string_view below; // e.g. "must be a number of seconds greater than 0"
    std::string_view above; // e.g. "must be at most 3600 seconds"
};

struct TextRule {
    std::size_t min_length; // in code points
    std::size_t max_length;
    bool not_all_white_space;
    // A longer text (description, instructions, …) may hold line feeds and tabs; a short one
    // (title, pose, phase name) no control character at all.
    bool line_feeds_and_tabs;
};

// Typed reads of a JsonDocument's values for the routine readers: each read reports what was
// expected and what was found, and returns nothing when the value is wrong, so that checks
// needing it are skipped. Values already reported while parsing (too deep, too large a number)
// return nothing silently.
class ValueReader {
public:
    using Index = JsonDocument::Index;

    ValueReader(const JsonDocument& document, DiagnosticList& diagnostics);

    const JsonDocument& document() const { return m_document; }

    // The found value for "got …": `the string "60"`, `-5`, `true`, `null`, `an array`.
    std::string describe(Index value) const;

    void error(const PointerPath& path, Index value, const std::string& message);
    void warning(const PointerPath& path, Index value, const std::string& message);
    // A required key is reported at the pointer it would have, at the object lacking it.
    void missing(const PointerPath& object_path, Index object, std::string_view key,
                 std::string_view hint = {});

    // Sorts the members of `object` by `known` keys: out[i] is the first member named known[i],
    // or JsonDocument::none. Other keys go to `extras` in file order; those not starting with
    // "x-" are also warned about, with the nearest known key when one is close.
    void members(Index object, const PointerPath& path, std::span<const std::string_view> known,
                 std::span<Index> out, Extras& extras);

    // Whether `value` is of `kind`; if not, "EXPECTED, got …" is reported.
    bool expect(Index value, JsonKind kind, const PointerPath& path, std::string_view expected);

    std::optional<double> number(Index value, const PointerPath& path, std::string_view expected);
    std::optional<double> seconds(Index value, const PointerPath& path, const SecondsRule& rule);
    std::optional<std::int64_t> whole_number(Index value, const PointerPath& path, std::int64_t min,
                                             std::int64_t max);
    std::optional<std::string> text(Index value, const PointerPath& path, const TextRule& rule);

    // " (N ms once rounded to milliseconds)" when rounding is what put `seconds` out of the
    // rule, so that "greater than 0, got 0.0004" does not read as a contradiction.
    static std::string rounding_note(double seconds, const SecondsRule& rule);

private:
    const JsonDocument& m_document;
    DiagnosticList& m_diagnostics;
};

} // namespace unclutch::core
