#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "event.h"
#include "routine.h"

namespace unclutch::core {

// One playing of a step: the step once, or once per side. Times are ms from the timeline start.
struct Instance {
    std::size_t step = 0; // index into Routine::steps
    Side side = Side::None;
    std::int64_t start_ms = 0;      // T: the get-ready begins
    std::int64_t prepare_ms = 0;    // P: length of the get-ready, 0 for none
    std::int64_t step_start_ms = 0; // S = T + P
    std::int64_t end_ms = 0;        // S + D, the next instance's T
    std::int64_t cycle_ms = 0;      // C with pacing, else 0
    std::int64_t cycles = 0;
    std::int64_t beat_ms = 0; // B with pacing, 0 for no beats
    // Offset of each phase inside a cycle, llround(C × (share₀ + … + share_{p−1})).
    std::vector<std::int64_t> phase_offsets_ms;
    std::size_t first_event = 0; // [first_event, end_event) in Timeline::events()
    std::size_t end_event = 0;

    bool paced() const { return cycle_ms > 0; }
    std::int64_t duration_ms() const { return end_ms - step_start_ms; }
};

// A routine expanded into its sorted events (shared/docs/routine-format.md, section 2).
// A pure function of the routine; it keeps no reference to it.
class Timeline {
public:
    Timeline() = default;
    explicit Timeline(const Routine& routine);

    const std::vector<Event>& events() const { return m_events; }
    const std::vector<Instance>& instances() const { return m_instances; }
    std::int64_t total_ms() const { return m_total_ms; }

    // The instance playing at `t_ms`: the last one that has started (the last one at the end).
    // Precondition: at least one instance.
    std::size_t instance_at(std::int64_t t_ms) const;

private:
    void append_instance(const Routine& routine, std::size_t step_index, Side side,
                         std::int64_t start_ms);
    void append_pacing_and_cues(const Step& step, const Instance& instance);
    void sort_if_needed();

    std::vector<Event> m_events;
    std::vector<Instance> m_instances;
    std::int64_t m_total_ms = 0;
};

} // namespace unclutch::core
