#pragma once

#include <cstdint>
#include <optional>

#include "pointer_path.h"
#include "routine.h"
#include "value_reader.h"

namespace unclutch::core {

// Reads and checks a step's `pacing` object: cycle, cycles, beat and phases.
class PacingReader {
public:
    explicit PacingReader(ValueReader& values);

    // Fills `out` and returns the step length it makes, cycles × ms(cycle), when that can be
    // known and is within the step limit; nothing otherwise.
    std::optional<std::int64_t> read(JsonDocument::Index pacing, const PointerPath& path,
                                      Pacing& out);

private:
    void read_beat(JsonDocument::Index beat, const PointerPath& path,
                   std::optional<std::int64_t> cycle_ms, Pacing& out);
    void read_phases(JsonDocument::Index phases, const PointerPath& path,
                     std::optional<std::int64_t> cycle_ms, Pacing& out);

    ValueReader& m_values;
};

} // namespace unclutch::core
