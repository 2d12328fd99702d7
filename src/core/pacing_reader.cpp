#include "pacing_reader.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <vector>

#include "time_text.h"

namespace unclutch::core {

namespace {

using Index = JsonDocument::Index;

constexpr std::array<std::string_view, 4> pacing_keys = {"cycle", "cycles", "beat", "phases"};
constexpr std::array<std::string_view, 2> phase_keys = {"name", "share"};

constexpr std::int64_t max_step_ms = 3'600'000;
constexpr std::size_t max_phases = 8;
constexpr double share_tolerance = 0.001 + 1e-9;
constexpr std::int64_t min_beat_ms = 250;

constexpr SecondsRule cycle_rule{1000, false, 120'000, "must be a number of seconds from 1 to 120",
                                 "must be a number of seconds from 1 to 120"};

std::string sum_text(double sum)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.12g", sum);
    return buffer;
}

} // namespace

PacingReader::PacingReader(ValueReader& values)
    : m_values(values)
{
}

std::optional<std::int64_t> PacingReader::read(Index pacing, const PointerPath& path, Pacing& out)
{
    if (!m_values.expect(pacing, JsonKind::Object, path,
                         "must be a pacing object {\"cycle\": seconds, \"cycles\": number, "
                         "\"phases\": […]}"))
        return std::nullopt;
    std::array<Index, pacing_keys.size()> member{};
    m_values.members(pacing, path, pacing_keys, member, out.extras);
    const auto [cycle, cycles, beat, phases] = member;

    std::optional<std::int64_t> cycle_ms;
    if (cycle == JsonDocument::none) {
        m_values.missing(path, pacing, "cycle");
    } else if (const auto value = m_values.seconds(cycle, path.key("cycle"), cycle_rule)) {
        out.cycle = *value;
        cycle_ms = ms(*value);
    }

    std::optional<std::int64_t> count;
    if (cycles == JsonDocument::none) {
        m_values.missing(path, pacing, "cycles");
    } else if ((count = m_values.whole_number(cycles, path.key("cycles"), 1, 500))) {
        out.cycles = *count;
    }

    if (beat != JsonDocument::none)
        read_beat(beat, path.key("beat"), cycle_ms, out);

    if (phases == JsonDocument::none)
        m_values.missing(path, pacing, "phases");
    else
        read_phases(phases, path.key("phases"), cycle_ms, out);

    if (!cycle_ms || !count)
        return std::nullopt;
    const std::int64_t length = *count * *cycle_ms;
    if (length > max_step_ms) {
        m_values.error(path, pacing,
                       "makes the step last " + seconds_text(length) + " seconds (" +
                           std::to_string(*count) + " cycles of " + seconds_text(*cycle_ms) +
                           " s); a step may last at most 3600 seconds");
        return std::nullopt;
    }
    return length;
}

void PacingReader::read_beat(Index beat, const PointerPath& path,
                             std::optional<std::int64_t> cycle_ms, Pacing& out)
{
    const std::string_view expected =
        "must be 0 (no beats) or a number of seconds from 0.25 up to the cycle";
    const auto value = m_values.number(beat, path, expected);
    if (!value)
        return;
    const auto beat_ms = checked_ms(*value);
    if (beat_ms && *beat_ms == 0) {
        out.beat = *value;
        return;
    }
    if (!beat_ms || *beat_ms < min_beat_ms) {
        if (!beat_ms && *value > 0 && !cycle_ms)
            return; // above any cycle, but which one is not known
        m_values.error(path, beat, std::string(expected) + ", got " + m_values.describe(beat));
        return;
    }
    if (cycle_ms && *beat_ms > *cycle_ms) {
        m_values.error(path, beat,
                       "must not be longer than the cycle (" + seconds_text(*cycle_ms) +
                           " s), got " + m_values.describe(beat));
        return;
    }
    out.beat = *value;
}

void PacingReader::read_phases(Index phases, const PointerPath& path,
                               std::optional<std::int64_t> cycle_ms, Pacing& out)
{
    if (!m_values.expect(phases, JsonKind::Array, path, "must be an array of phases"))
        return;
    const JsonDocument& document = m_values.document();
    const std::uint32_t count = document.size(phases);
    if (count == 0)
        m_values.error(path, phases, "must list 1 to 8 phases, got none");
    else if (count > max_phases)
        m_values.error(path, phases, "must list at most 8 phases, got " + std::to_string(count));

    std::vector<Index> share_values;
    bool shares_valid = true;
    std::size_t i = 0;
    for (Index item = document.first_child(phases); item != JsonDocument::none;
         item = document.next(item), ++i) {
        const PointerPath item_path = path.index(i);
        Phase phase;
        if (!m_values.expect(item, JsonKind::Object, item_path,
                             "must be a phase object {\"name\": string, \"share\": number}")) {
            shares_valid = false;
            out.phases.push_back(std::move(phase));
            continue;
        }
        std::array<Index, phase_keys.size()> member{};
        m_values.members(item, item_path, phase_keys, member, phase.extras);
        const auto [name, share] = member;
        if (name == JsonDocument::none)
            m_values.missing(item_path, item, "name");
        else if (auto text = m_values.text(name, item_path.key("name"), {1, 60, true, false}))
            phase.name = std::move(*text);

        const std::string_view share_rule = "must be a number greater than 0";
        if (share == JsonDocument::none) {
            m_values.missing(item_path, item, "share");
            shares_valid = false;
        } else if (const auto value = m_values.number(share, item_path.key("share"), share_rule)) {
            if (*value > 0) {
                phase.share = *value;
                share_values.push_back(share);
            } else {
                m_values.error(item_path.key("share"), share,
                               std::string(share_rule) + ", got " + m_values.describe(share));
                shares_valid = false;
            }
        } else {
            shares_valid = false;
        }
        out.phases.push_back(std::move(phase));
    }
    if (count == 0 || !shares_valid)
        return;

    double sum = 0;
    for (const Phase& phase : out.phases)
        sum += phase.share;
    if (!(std::fabs(sum - 1.0) <= share_tolerance)) {
        m_values.error(path, phases,
                       "shares must add up to 1 (within 0.001), got " + sum_text(sum));
        return;
    }
    if (!cycle_ms)
        return;
    // Offsets exactly as the timeline computes them (section 2): each phase must start before
    // the next one and before the cycle ends.
    const auto c = static_cast<double>(*cycle_ms);
    std::vector<std::int64_t> offsets;
    offsets.reserve(out.phases.size());
    double before = 0;
    for (const Phase& phase : out.phases) {
        offsets.push_back(std::llround(c * before));
        before += phase.share;
    }
    for (std::size_t p = 0; p < offsets.size(); ++p) {
        const std::int64_t end = p + 1 < offsets.size() ? offsets[p + 1] : *cycle_ms;
        if (offsets[p] < end && offsets[p] < *cycle_ms)
            continue;
        const PointerPath phase_path = path.index(p);
        m_values.error(phase_path.key("share"), share_values[p],
                       "makes this phase last less than 1 ms of the " + seconds_text(*cycle_ms) +
                           " s cycle, got " + m_values.describe(share_values[p]));
    }
}

} // namespace unclutch::core
