#include "routine.h"

#include <cmath>

namespace unclutch::core {

std::int64_t ms(double seconds)
{
    return std::llround(seconds * 1000.0);
}

std::optional<std::int64_t> checked_ms(double seconds)
{
    // Far beyond every rule of the format, and far from where llround stops being defined.
    constexpr double limit = 1e12;
    if (!(std::fabs(seconds) < limit))
        return std::nullopt;
    return ms(seconds);
}

std::int64_t step_length_ms(const Step& step)
{
    if (step.pacing)
        return step.pacing->cycles * ms(step.pacing->cycle);
    return step.duration ? ms(*step.duration) : 0;
}

std::int64_t transition_ms(const Routine& routine, const Step& step)
{
    return ms(step.transition.value_or(routine.transition));
}

std::int64_t total_ms(const Routine& routine)
{
    std::int64_t total = 0;
    for (const Step& step : routine.steps)
        total += static_cast<std::int64_t>(instance_count(step)) *
                 (transition_ms(routine, step) + step_length_ms(step));
    return total;
}

const char* to_string(Side side)
{
    switch (side) {
    case Side::Left:
        return "left";
    case Side::Right:
        return "right";
    case Side::None:
        break;
    }
    return "";
}

} // namespace unclutch::core
