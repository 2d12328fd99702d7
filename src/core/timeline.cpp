#include "timeline.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <utility>

namespace unclutch::core {

namespace {

constexpr std::int64_t never = std::numeric_limits<std::int64_t>::max();

bool time_then_type_less(const Event& a, const Event& b)
{
    return a.t_ms != b.t_ms ? a.t_ms < b.t_ms : a.type < b.type;
}

std::int64_t beats_per_cycle(std::int64_t cycle_ms, std::int64_t beat_ms)
{
    return beat_ms > 0 && cycle_ms > 0 ? (cycle_ms + beat_ms - 1) / beat_ms : 0;
}

std::size_t event_count(const Routine& routine)
{
    std::size_t count = 1; // end
    for (const Step& step : routine.steps) {
        std::size_t per_instance = 2 + step.cues.size();
        if (step.pacing && step.pacing->cycles > 0) {
            const std::int64_t cycle_ms = ms(step.pacing->cycle);
            const auto per_cycle =
                static_cast<std::size_t>(beats_per_cycle(cycle_ms, ms(step.pacing->beat)));
            per_instance += static_cast<std::size_t>(step.pacing->cycles) *
                            (step.pacing->phases.size() + per_cycle);
        }
        count += per_instance * instance_count(step);
    }
    return count;
}

} // namespace

Timeline::Timeline(const Routine& routine)
{
    m_events.reserve(event_count(routine));
    std::int64_t t = 0;
    for (std::size_t i = 0; i < routine.steps.size(); ++i) {
        const Step& step = routine.steps[i];
        if (step.sides.empty()) {
            append_instance(routine, i, Side::None, t);
            t = m_instances.back().end_ms;
        }
        for (Side side : step.sides) {
            append_instance(routine, i, side, t);
            t = m_instances.back().end_ms;
        }
    }
    // The instances lie end to end, so the last one ends at the routine's total; the rule for
    // that total lives in one place.
    m_total_ms = core::total_ms(routine);
    assert(t == m_total_ms);
    Event end;
    end.t_ms = m_total_ms;
    end.instance = m_instances.empty() ? 0 : static_cast<std::uint32_t>(m_instances.size() - 1);
    end.type = EventType::End;
    m_events.push_back(end);
    sort_if_needed();
}

std::size_t Timeline::instance_at(std::int64_t t_ms) const
{
    assert(!m_instances.empty());
    const auto after = std::upper_bound(
        m_instances.begin(), m_instances.end(), t_ms,
        [](std::int64_t t, const Instance& instance) { return t < instance.start_ms; });
    if (after == m_instances.begin())
        return 0;
    return static_cast<std::size_t>(after - m_instances.begin()) - 1;
}

void Timeline::append_instance(const Routine& routine, std::size_t step_index, Side side,
                               std::int64_t start_ms)
{
    const Step& step = routine.steps[step_index];
    Instance instance;
    instance.step = step_index;
    instance.side = side;
    instance.start_ms = start_ms;
    instance.prepare_ms = transition_ms(routine, step);
    instance.step_start_ms = start_ms + instance.prepare_ms;
    instance.end_ms = instance.step_start_ms + step_length_ms(step);
    if (step.pacing) {
        instance.cycle_ms = ms(step.pacing->cycle);
        instance.cycles = step.pacing->cycles;
        instance.beat_ms = ms(step.pacing->beat);
        // Shares are summed in file order and never normalised: the contract fixes the
        // rounding of every offset, so two implementations agree to the millisecond.
        double sum = 0.0;
        for (const Phase& phase : step.pacing->phases) {
            instance.phase_offsets_ms.push_back(
                std::llround(static_cast<double>(instance.cycle_ms) * sum));
            sum += phase.share;
        }
    }
    instance.first_event = m_events.size();

    const auto index = static_cast<std::uint32_t>(m_instances.size());
    if (instance.prepare_ms > 0)
        m_events.push_back({start_ms, index, 0, 0, EventType::Prepare});
    m_events.push_back({instance.step_start_ms, index, 0, 0, EventType::Step});
    append_pacing_and_cues(step, instance);

    instance.end_event = m_events.size();
    m_instances.push_back(std::move(instance));
}

// Emits the step's phases, beats and cues already in timeline order, merging three sorted
// runs, so that a long routine needs no sort. At equal times the type order of the contract
// (phase, beat, cue) decides, and within a type the order of generation.
void Timeline::append_pacing_and_cues(const Step& step, const Instance& instance)
{
    const auto index = static_cast<std::uint32_t>(m_instances.size());
    const std::int64_t s = instance.step_start_ms;

    std::vector<std::pair<std::int64_t, std::uint32_t>> cues;
    cues.reserve(step.cues.size());
    for (std::size_t c = 0; c < step.cues.size(); ++c)
        cues.emplace_back(s + ms(step.cues[c].at), static_cast<std::uint32_t>(c));
    std::stable_sort(cues.begin(), cues.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::size_t next_cue = 0;
    auto push_cues_before = [&](std::int64_t t) {
        for (; next_cue < cues.size() && cues[next_cue].first < t; ++next_cue)
            m_events.push_back(
                {cues[next_cue].first, index, 0, cues[next_cue].second, EventType::Cue});
    };

    const std::int64_t c_ms = instance.cycle_ms;
    const std::int64_t b_ms = instance.beat_ms;
    const std::size_t phases = instance.phase_offsets_ms.size();
    const std::int64_t beats = beats_per_cycle(c_ms, b_ms);
    for (std::int64_t k = 0; k < instance.cycles; ++k) {
        const std::int64_t base = s + k * c_ms;
        const auto cycle = static_cast<std::uint32_t>(k);
        std::size_t p = 0;
        std::int64_t j = 0;
        while (p < phases || j < beats) {
            const std::int64_t phase_t = p < phases ? base + instance.phase_offsets_ms[p] : never;
            const std::int64_t beat_t = j < beats ? base + j * b_ms : never;
            if (phase_t <= beat_t) {
                push_cues_before(phase_t);
                m_events.push_back(
                    {phase_t, index, cycle, static_cast<std::uint32_t>(p++), EventType::Phase});
            } else {
                push_cues_before(beat_t);
                m_events.push_back(
                    {beat_t, index, cycle, static_cast<std::uint32_t>(j++), EventType::Beat});
            }
        }
    }
    push_cues_before(never);
}

// A routine that passes section 1 is already in order here. One that does not (a phase offset
// at or past its cycle, a cue past its step) still gets the contract's order: events of equal
// time and type are already in their order of generation in the list built above, so this
// stable sort gives the same result as stable-sorting the order of generation itself.
void Timeline::sort_if_needed()
{
    if (std::is_sorted(m_events.begin(), m_events.end(), time_then_type_less))
        return;
    std::stable_sort(m_events.begin(), m_events.end(), time_then_type_less);
    for (Instance& instance : m_instances) {
        instance.first_event = m_events.size();
        instance.end_event = 0;
    }
    for (std::size_t e = 0; e + 1 < m_events.size(); ++e) {
        Instance& instance = m_instances[m_events[e].instance];
        instance.first_event = std::min(instance.first_event, e);
        instance.end_event = std::max(instance.end_event, e + 1);
    }
}

} // namespace unclutch::core
