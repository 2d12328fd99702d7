#include "fit.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <tuple>
#include <vector>

#include "time_text.h"

namespace unclutch::core {

namespace {

constexpr std::int64_t max_step_ms = 3'600'000;
constexpr std::int64_t max_total_ms = 14'400'000;
constexpr std::int64_t max_cycles = 500;
constexpr int min_scale = 25;
constexpr int max_scale = 400;

// Milliseconds back to seconds. For every length the format allows (up to 4 hours) the nearest
// double to k / 1000 gives k again through ms(); the tests check every one of them.
double seconds_of(std::int64_t milliseconds)
{
    const double seconds = static_cast<double>(milliseconds) / 1000.0;
    assert(ms(seconds) == milliseconds);
    return seconds;
}

void move_cues(Step& step, std::int64_t old_ms, std::int64_t new_ms)
{
    for (Cue& cue : step.cues)
        cue.at = seconds_of(FitRules::cue_ms(ms(cue.at), old_ms, new_ms));
}

// 1. Pace: every paced step gets cycle = S and keeps its cycles; a written duration would no
// longer match them, and goes.
std::optional<FitError> apply_pace(Routine& routine, double pace)
{
    const std::int64_t cycle_ms = ms(pace);
    for (std::size_t i = 0; i < routine.steps.size(); ++i) {
        Step& step = routine.steps[i];
        if (!step.pacing)
            continue;
        Pacing& pacing = *step.pacing;
        const std::int64_t old_ms = step_length_ms(step);
        const std::int64_t new_ms = pacing.cycles * cycle_ms;
        if (new_ms > max_step_ms)
            return FitError{FitError::Kind::StepTooLong, pace, i, new_ms};
        pacing.cycle = pace;
        if (ms(pacing.beat) > cycle_ms)
            pacing.beat = pace;
        step.duration.reset();
        move_cues(step, old_ms, new_ms);
    }
    return std::nullopt;
}

// What the total at a scale needs of each step, so that all 376 scales cost little.
struct StepShape {
    std::int64_t instances = 1;
    std::int64_t length_ms = 0; // D; for a paced step cycles × C
    bool paced = false;
    std::int64_t cycles = 0;
    std::int64_t cycle_ms = 0;
};

std::int64_t scaled_length_ms(const StepShape& shape, int p)
{
    if (shape.paced)
        return FitRules::cycles(shape.cycles, shape.cycle_ms, p) * shape.cycle_ms;
    return FitRules::duration_ms(shape.length_ms, p);
}

// 2. Length: every step at a scale of p percent, transitions unchanged.
void apply_scale(Routine& routine, int p)
{
    for (Step& step : routine.steps) {
        const std::int64_t old_ms = step_length_ms(step);
        std::int64_t new_ms = 0;
        if (step.pacing) {
            const std::int64_t cycle_ms = ms(step.pacing->cycle);
            step.pacing->cycles = FitRules::cycles(step.pacing->cycles, cycle_ms, p);
            step.duration.reset();
            new_ms = step.pacing->cycles * cycle_ms;
        } else {
            new_ms = FitRules::duration_ms(old_ms, p);
            step.duration = seconds_of(new_ms);
        }
        move_cues(step, old_ms, new_ms);
    }
}

struct Scale {
    int percent = 100;
    std::int64_t total_ms = 0;
};

// The scale whose total is nearest to `target_ms`, ties to the one nearest 100, then the
// smaller; none when every total passes 4 hours.
std::optional<Scale> nearest_scale(const Routine& routine, std::int64_t target_ms,
                                   std::int64_t& shortest_ms)
{
    std::int64_t transitions_ms = 0;
    std::vector<StepShape> shapes;
    shapes.reserve(routine.steps.size());
    for (const Step& step : routine.steps) {
        StepShape shape;
        shape.instances = static_cast<std::int64_t>(instance_count(step));
        shape.length_ms = step_length_ms(step);
        if (step.pacing) {
            shape.paced = true;
            shape.cycles = step.pacing->cycles;
            shape.cycle_ms = ms(step.pacing->cycle);
        }
        transitions_ms += shape.instances * transition_ms(routine, step);
        shapes.push_back(shape);
    }

    std::optional<Scale> best;
    auto rank = [target_ms](const Scale& s) {
        return std::make_tuple(std::llabs(s.total_ms - target_ms), std::abs(s.percent - 100),
                               s.percent);
    };
    shortest_ms = -1;
    for (int p = min_scale; p <= max_scale; ++p) {
        Scale scale{p, transitions_ms};
        for (const StepShape& shape : shapes)
            scale.total_ms += shape.instances * scaled_length_ms(shape, p);
        if (shortest_ms < 0 || scale.total_ms < shortest_ms)
            shortest_ms = scale.total_ms;
        if (scale.total_ms > max_total_ms)
            continue;
        if (!best || rank(scale) < rank(*best))
            best = scale;
    }
    return best;
}

// M minutes in ms, rounded as ms() rounds seconds.
std::optional<std::int64_t> minutes_ms(double minutes)
{
    if (!(std::fabs(minutes) < 1e9))
        return std::nullopt;
    return std::llround(minutes * 60'000.0);
}

} // namespace

std::int64_t FitRules::duration_ms(std::int64_t duration_ms, int percent)
{
    const std::int64_t rounded = 1000 * ((duration_ms * percent + 50'000) / 100'000);
    return std::clamp(rounded, std::min<std::int64_t>(duration_ms, 5000), max_step_ms);
}

std::int64_t FitRules::cycles(std::int64_t cycles, std::int64_t cycle_ms, int percent)
{
    const std::int64_t clamped =
        std::clamp<std::int64_t>((cycles * percent + 50) / 100, 1, max_cycles);
    // "Lowered until cycles' × C ≤ 3 600 000": the largest count that fits.
    return cycle_ms > 0 ? std::min(clamped, max_step_ms / cycle_ms) : clamped;
}

std::int64_t FitRules::cue_ms(std::int64_t at_ms, std::int64_t old_length_ms,
                              std::int64_t new_length_ms)
{
    // Both are at least 0, so integer division is the floor.
    return old_length_ms > 0 ? at_ms * new_length_ms / old_length_ms : 0;
}

bool FitLimits::minutes_in_range(double minutes)
{
    const auto length_ms = minutes_ms(minutes);
    return length_ms && *length_ms >= 60'000 && *length_ms <= max_total_ms;
}

bool FitLimits::pace_in_range(double seconds)
{
    const auto cycle_ms = checked_ms(seconds);
    return cycle_ms && *cycle_ms >= 1000 && *cycle_ms <= 120'000;
}

std::string FitError::message() const
{
    switch (kind) {
    case Kind::MinutesOutOfRange:
        return "the length must be from 1 to 240 minutes, got " + number_text(value);
    case Kind::PaceOutOfRange:
        return "the pace must be from 1 to 120 seconds, got " + number_text(value);
    case Kind::StepTooLong:
        return "a pace of " + number_text(value) + " seconds makes step " +
               std::to_string(step + 1) + " last " + seconds_text(length_ms) +
               " seconds; a step may last at most 3600 seconds";
    case Kind::RoutineTooLong:
        return "the routine would last " + clock_text(length_ms) +
               " or more with these choices; at most 4 hours is allowed";
    }
    return {};
}

FitResult fit(const Routine& routine, const FitChoices& choices)
{
    FitResult result;
    if (choices.minutes && !FitLimits::minutes_in_range(*choices.minutes)) {
        result.error = FitError{FitError::Kind::MinutesOutOfRange, *choices.minutes};
        return result;
    }
    if (choices.pace && !FitLimits::pace_in_range(*choices.pace)) {
        result.error = FitError{FitError::Kind::PaceOutOfRange, *choices.pace};
        return result;
    }

    FittedRoutine fitted{routine, 100, choices};
    if (choices.pace) {
        if (auto error = apply_pace(fitted.routine, *choices.pace)) {
            result.error = std::move(error);
            return result;
        }
    }
    if (choices.minutes) {
        std::int64_t shortest_ms = 0;
        const auto scale =
            nearest_scale(fitted.routine, *minutes_ms(*choices.minutes), shortest_ms);
        if (!scale) {
            result.error = FitError{FitError::Kind::RoutineTooLong, 0, 0, shortest_ms};
            return result;
        }
        apply_scale(fitted.routine, scale->percent);
        fitted.scale_percent = scale->percent;
        assert(total_ms(fitted.routine) == scale->total_ms);
    }
    if (const std::int64_t total = total_ms(fitted.routine); total > max_total_ms) {
        result.error = FitError{FitError::Kind::RoutineTooLong, 0, 0, total};
        return result;
    }
    result.fitted = std::move(fitted);
    return result;
}

} // namespace unclutch::core
