#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "image_path.h"
#include "pointer_path.h"
#include "routine.h"
#include "value_reader.h"

namespace unclutch::core {

// An image path that passed the rules, for the caller to look for on disk.
struct ImageUse {
    std::string path;
    std::string pointer;
    std::uint32_t offset;
};

// What the routine's total needs of a step; a member is empty when the value it comes from is
// invalid, and then the total is not checked.
struct StepTiming {
    std::optional<std::int64_t> length_ms;
    std::optional<std::size_t> instances;
    bool transition_valid = true;
    std::optional<std::int64_t> transition_ms;  // when the step gives one
};

// Reads and checks one step object: pose, texts, image, duration, sides, cues, pacing, easier.
class StepReader {
public:
    StepReader(ValueReader& values, std::vector<ImageUse>& images);

    StepTiming read(JsonDocument::Index step, const PointerPath& path, Step& out);

private:
    std::optional<std::string> read_image(JsonDocument::Index image, const PointerPath& path);
    std::optional<std::size_t> read_sides(JsonDocument::Index sides, const PointerPath& path,
                                          Step& out);
    void read_cues(JsonDocument::Index cues, const PointerPath& path,
                   std::optional<std::int64_t> length_ms, Step& out);
    void read_easier(JsonDocument::Index easier, const PointerPath& path, Step& out);

    ValueReader& m_values;
    std::vector<ImageUse>& m_images;
};

} // namespace unclutch::core
