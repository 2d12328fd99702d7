#include "step_reader.h"

#include <array>

#include "pacing_reader.h"
#include "time_text.h"

namespace unclutch::core {

namespace {

using Index = JsonDocument::Index;

constexpr std::array<std::string_view, 9> step_keys = {
    "pose", "instructions", "image", "duration", "transition", "sides", "cues", "pacing", "easier"};
constexpr std::array<std::string_view, 2> cue_keys = {"at", "text"};
constexpr std::array<std::string_view, 3> easier_keys = {"pose", "instructions", "image"};

constexpr TextRule pose_rule{1, 120, true, false};
constexpr TextRule instructions_rule{0, 2000, false, true};
constexpr TextRule cue_text_rule{1, 500, true, true};
constexpr std::size_t max_cues = 100;

constexpr SecondsRule duration_rule{0, true, 3'600'000,
                                    "must be a number of seconds greater than 0",
                                    "must be at most 3600 seconds"};
constexpr SecondsRule transition_rule{0, false, 600'000,
                                      "must be a number of seconds from 0 to 600",
                                      "must be a number of seconds from 0 to 600"};

} // namespace

StepReader::StepReader(ValueReader& values, std::vector<ImageUse>& images)
    : m_values(values)
    , m_images(images)
{
}

StepTiming StepReader::read(Index step, const PointerPath& path, Step& out)
{
    StepTiming timing;
    if (!m_values.expect(step, JsonKind::Object, path, "must be a step object")) {
        timing.transition_valid = false;
        return timing;
    }
    std::array<Index, step_keys.size()> member{};
    m_values.members(step, path, step_keys, member, out.extras);
    const auto [pose, instructions, image, duration, transition, sides, cues, pacing, easier] =
        member;
    const JsonDocument::Index none = JsonDocument::none;

    if (pose == none)
        m_values.missing(path, step, "pose");
    else if (auto text = m_values.text(pose, path.key("pose"), pose_rule))
        out.pose = std::move(*text);
    if (instructions != none) {
        if (auto text = m_values.text(instructions, path.key("instructions"), instructions_rule))
            out.instructions = std::move(*text);
    }
    if (image != none)
        out.image = read_image(image, path.key("image"));

    std::optional<std::int64_t> pacing_length;
    if (pacing != none) {
        out.pacing = Pacing{};
        pacing_length = PacingReader(m_values).read(pacing, path.key("pacing"), *out.pacing);
    }

    std::optional<std::int64_t> duration_ms;
    if (duration == none && pacing == none) {
        m_values.missing(path, step, "duration", "or give \"pacing\"");
    } else if (duration != none) {
        const PointerPath duration_path = path.key("duration");
        if (const auto value = m_values.seconds(duration, duration_path, duration_rule)) {
            out.duration = *value;
            duration_ms = ms(*value);
        }
        if (duration_ms && pacing_length && std::llabs(*duration_ms - *pacing_length) > 1) {
            m_values.error(duration_path, duration,
                           "must match the pacing, " + std::to_string(out.pacing->cycles) +
                               " cycles of " + seconds_text(ms(out.pacing->cycle)) +
                               " s = " + seconds_text(*pacing_length) +
                               " seconds (or be left out), got " + m_values.describe(duration));
            duration_ms.reset();
        }
    }
    timing.length_ms = pacing != none ? pacing_length : duration_ms;

    if (transition != none) {
        if (const auto value =
                m_values.seconds(transition, path.key("transition"), transition_rule)) {
            out.transition = *value;
            timing.transition_ms = ms(*value);
        } else {
            timing.transition_valid = false;
        }
    }

    timing.instances =
        sides == none ? std::optional<std::size_t>(1) : read_sides(sides, path.key("sides"), out);
    if (cues != none)
        read_cues(cues, path.key("cues"), timing.length_ms, out);
    if (easier != none)
        read_easier(easier, path.key("easier"), out);
    return timing;
}

std::optional<std::string> StepReader::read_image(Index image, const PointerPath& path)
{
    if (!m_values.expect(image, JsonKind::String, path, "must be a string"))
        return std::nullopt;
    const std::string_view value = m_values.document().string(image);
    const auto problems = ImagePath::problems(value);
    for (const std::string& problem : problems)
        m_values.error(path, image, problem + ", got " + m_values.describe(image));
    if (!problems.empty())
        return std::nullopt;
    if (value.find('\0') != std::string_view::npos) {
        // No file name can hold one, so there is nothing to look for on disk; and a NUL would
        // end the path early in the file APIs the caller would hand it to.
        m_values.warning(path, image,
                         "image file not found: a file name cannot hold a NUL character "
                         "(U+0000), got " +
                             m_values.describe(image));
        return std::string(value);
    }
    m_images.push_back({std::string(value), path.str(), m_values.document().node(image).offset});
    return std::string(value);
}

std::optional<std::size_t> StepReader::read_sides(Index sides, const PointerPath& path, Step& out)
{
    if (!m_values.expect(sides, JsonKind::Array, path,
                         "must be an array of 1 or 2 sides, \"left\" and \"right\""))
        return std::nullopt;
    const JsonDocument& document = m_values.document();
    const std::uint32_t count = document.size(sides);
    bool valid = true;
    if (count == 0) {
        m_values.error(path, sides, "must list 1 or 2 sides, got none");
        valid = false;
    } else if (count > 2) {
        m_values.error(path, sides, "must list at most 2 sides, got " + std::to_string(count));
        valid = false;
    }
    std::size_t i = 0;
    for (Index item = document.first_child(sides); item != JsonDocument::none;
         item = document.next(item), ++i) {
        const PointerPath item_path = path.index(i);
        const std::string_view expected = "must be \"left\" or \"right\"";
        if (!m_values.expect(item, JsonKind::String, item_path, expected)) {
            valid = false;
            continue;
        }
        const std::string_view name = document.string(item);
        const Side side = name == "left" ? Side::Left : name == "right" ? Side::Right : Side::None;
        if (side == Side::None) {
            m_values.error(item_path, item,
                           std::string(expected) + ", got " + m_values.describe(item));
            valid = false;
            continue;
        }
        bool repeated = false;
        for (Side earlier : out.sides)
            repeated = repeated || earlier == side;
        if (repeated) {
            m_values.error(item_path, item,
                           "repeats \"" + std::string(name) + "\"; each side may be listed once");
            valid = false;
            continue;
        }
        out.sides.push_back(side);
    }
    if (!valid)
        return std::nullopt;
    return out.sides.size();
}

void StepReader::read_cues(Index cues, const PointerPath& path,
                           std::optional<std::int64_t> length_ms, Step& out)
{
    if (!m_values.expect(cues, JsonKind::Array, path, "must be an array of cues"))
        return;
    const JsonDocument& document = m_values.document();
    if (const std::uint32_t count = document.size(cues); count > max_cues)
        m_values.error(path, cues, "must hold at most 100 cues, got " + std::to_string(count));
    std::size_t i = 0;
    for (Index item = document.first_child(cues); item != JsonDocument::none;
         item = document.next(item), ++i) {
        const PointerPath item_path = path.index(i);
        if (!m_values.expect(item, JsonKind::Object, item_path,
                             "must be a cue object {\"at\": seconds, \"text\": string}"))
            continue;
        Cue cue;
        std::array<Index, cue_keys.size()> member{};
        m_values.members(item, item_path, cue_keys, member, cue.extras);
        const auto [at, text] = member;
        if (at == JsonDocument::none) {
            m_values.missing(item_path, item, "at");
        } else {
            const PointerPath at_path = item_path.key("at");
            if (const auto value = m_values.number(at, at_path, "must be a number of seconds")) {
                const auto at_ms = checked_ms(*value);
                if ((at_ms && *at_ms < 0) || (!at_ms && *value < 0)) {
                    m_values.error(at_path, at,
                                   "must be at least 0 seconds, got " + m_values.describe(at));
                } else if (length_ms && (!at_ms || *at_ms >= *length_ms)) {
                    m_values.error(at_path, at,
                                   "must be less than the step's length, " +
                                       seconds_text(*length_ms) + " seconds, got " +
                                       m_values.describe(at) +
                                       (at_ms && *value * 1000.0 < static_cast<double>(*length_ms)
                                            ? " (" + std::to_string(*at_ms) +
                                                  " ms once rounded to milliseconds)"
                                            : std::string()));
                } else {
                    cue.at = *value;
                }
            }
        }
        if (text == JsonDocument::none)
            m_values.missing(item_path, item, "text");
        else if (auto value = m_values.text(text, item_path.key("text"), cue_text_rule))
            cue.text = std::move(*value);
        out.cues.push_back(std::move(cue));
    }
}

void StepReader::read_easier(Index easier, const PointerPath& path, Step& out)
{
    if (!m_values.expect(easier, JsonKind::Object, path,
                         "must be an object {\"pose\": string, …}, the easier variant"))
        return;
    Variant variant;
    std::array<Index, easier_keys.size()> member{};
    m_values.members(easier, path, easier_keys, member, variant.extras);
    const auto [pose, instructions, image] = member;
    if (pose == JsonDocument::none)
        m_values.missing(path, easier, "pose");
    else if (auto text = m_values.text(pose, path.key("pose"), pose_rule))
        variant.pose = std::move(*text);
    if (instructions != JsonDocument::none) {
        if (auto text = m_values.text(instructions, path.key("instructions"), instructions_rule))
            variant.instructions = std::move(*text);
    }
    if (image != JsonDocument::none)
        variant.image = read_image(image, path.key("image"));
    out.easier = std::move(variant);
}

} // namespace unclutch::core
