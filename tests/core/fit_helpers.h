#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/fit.h"

namespace unclutch::core::testing {

inline Step timed(double duration, std::vector<Side> sides = {})
{
    Step step;
    step.pose = "Timed";
    step.duration = duration;
    step.sides = std::move(sides);
    return step;
}

inline Step paced(double cycle, std::int64_t cycles, double beat = 1)
{
    Step step;
    step.pose = "Paced";
    step.pacing = Pacing{cycle, cycles, beat, {{"In", 0.5, {}}, {"Out", 0.5, {}}}, {}};
    return step;
}

inline Step with_cues(Step step, const std::vector<double>& at)
{
    for (double a : at)
        step.cues.push_back({a, "Cue", {}});
    return step;
}

inline Routine routine_of(std::vector<Step> steps, double transition = 0)
{
    Routine routine;
    routine.id = "test";
    routine.title = "Test";
    routine.transition = transition;
    routine.transition_given = true;
    routine.steps = std::move(steps);
    return routine;
}

inline FitChoices minutes(double m)
{
    return {m, std::nullopt, false};
}

inline FitChoices pace(double s)
{
    return {std::nullopt, s, false};
}

} // namespace unclutch::core::testing
