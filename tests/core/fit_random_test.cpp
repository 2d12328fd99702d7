// Fitting compared with a second implementation that follows section 4 word for word, over
// thousands of random routines and choices; and the limits of the format.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <random>

#include "fit_helpers.h"

using namespace unclutch::core;
using namespace unclutch::core::testing;

namespace {

// Section 4, literally: no shortcuts, a whole routine built for every p, the total counted
// instance by instance. Slow, and meant to be obviously right.
namespace literal {

std::int64_t floor_div(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

std::int64_t length_of(const Step& step)
{
    if (step.pacing)
        return step.pacing->cycles * ms(step.pacing->cycle);
    return ms(*step.duration);
}

std::int64_t total_of(const Routine& routine)
{
    std::int64_t total = 0;
    for (const Step& step : routine.steps) {
        const std::size_t instances = step.sides.empty() ? 1 : step.sides.size();
        for (std::size_t i = 0; i < instances; ++i) {
            total += ms(step.transition ? *step.transition : routine.transition);
            total += length_of(step);
        }
    }
    return total;
}

void move_cues(Step& step, std::int64_t d, std::int64_t d_new)
{
    for (Cue& cue : step.cues)
        cue.at = static_cast<double>(floor_div(ms(cue.at) * d_new, d)) / 1000.0;
}

Routine scaled(Routine routine, int p)
{
    for (Step& step : routine.steps) {
        const std::int64_t d = length_of(step);
        if (step.pacing) {
            const std::int64_t c = ms(step.pacing->cycle);
            std::int64_t cycles = floor_div(step.pacing->cycles * p + 50, 100);
            if (cycles < 1)
                cycles = 1;
            if (cycles > 500)
                cycles = 500;
            while (cycles * c > 3'600'000)
                --cycles;
            step.pacing->cycles = cycles;
            step.duration.reset();
        } else {
            std::int64_t d_new = 1000 * floor_div(d * p + 50'000, 100'000);
            const std::int64_t low = d < 5000 ? d : 5000;
            if (d_new < low)
                d_new = low;
            if (d_new > 3'600'000)
                d_new = 3'600'000;
            step.duration = static_cast<double>(d_new) / 1000.0;
        }
        move_cues(step, d, length_of(step));
    }
    return routine;
}

FitResult fit(const Routine& routine, const FitChoices& choices)
{
    FitResult result;
    Routine r = routine;
    if (choices.pace) {
        const double s = *choices.pace;
        for (std::size_t i = 0; i < r.steps.size(); ++i) {
            Step& step = r.steps[i];
            if (!step.pacing)
                continue;
            const std::int64_t d = length_of(step);
            const std::int64_t d_new = step.pacing->cycles * ms(s);
            if (d_new > 3'600'000) {
                result.error = FitError{FitError::Kind::StepTooLong, s, i, d_new};
                return result;
            }
            step.pacing->cycle = s;
            if (ms(step.pacing->beat) > ms(s))
                step.pacing->beat = s;
            step.duration.reset();
            move_cues(step, d, d_new);
        }
    }
    int chosen = 100;
    if (choices.minutes) {
        const std::int64_t target = std::llround(*choices.minutes * 60'000.0);
        int best_p = 0;
        std::int64_t best_total = 0;
        std::int64_t shortest = -1;
        Routine best;
        for (int p = 25; p <= 400; ++p) {
            Routine candidate = scaled(r, p);
            const std::int64_t total = total_of(candidate);
            if (shortest < 0 || total < shortest)
                shortest = total;
            if (total > 14'400'000)
                continue;
            bool better = false;
            if (best_p == 0) {
                better = true;
            } else {
                const std::int64_t distance = std::llabs(total - target);
                const std::int64_t best_distance = std::llabs(best_total - target);
                if (distance < best_distance)
                    better = true;
                else if (distance == best_distance) {
                    if (std::abs(p - 100) < std::abs(best_p - 100))
                        better = true;
                    else if (std::abs(p - 100) == std::abs(best_p - 100) && p < best_p)
                        better = true;
                }
            }
            if (better) {
                best_p = p;
                best_total = total;
                best = candidate;
            }
        }
        if (best_p == 0) {
            result.error = FitError{FitError::Kind::RoutineTooLong, 0, 0, shortest};
            return result;
        }
        r = best;
        chosen = best_p;
    }
    if (total_of(r) > 14'400'000) {
        result.error = FitError{FitError::Kind::RoutineTooLong, 0, 0, total_of(r)};
        return result;
    }
    result.fitted = FittedRoutine{r, chosen, choices};
    return result;
}

} // namespace literal

class RandomRoutines {
public:
    explicit RandomRoutines(std::uint64_t seed)
        : m_random(seed)
    {
    }

    Routine routine()
    {
        for (;;) {
            Routine r = routine_of({}, pick(0, 3) == 0 ? 5 : seconds(0, 600'000));
            const int steps = pick(1, pick(0, 9) == 0 ? 40 : 6);
            for (int i = 0; i < steps; ++i)
                r.steps.push_back(step());
            if (total_ms(r) <= 14'400'000)
                return r;
        }
    }

    FitChoices choices()
    {
        FitChoices c;
        if (pick(0, 9) < 7)
            c.minutes = pick(0, 1) == 0 ? static_cast<double>(pick(1, 240))
                                        : static_cast<double>(pick(60'000, 14'400'000)) / 60'000.0;
        if (pick(0, 1) == 0)
            c.pace = seconds(1000, pick(0, 3) == 0 ? 120'000 : 20'000);
        c.easier = pick(0, 1) == 0;
        return c;
    }

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }

    // Seconds with millisecond precision, now and then with a sub-millisecond remainder that
    // ms() rounds away.
    double seconds(int low_ms, int high_ms)
    {
        const double exact = static_cast<double>(pick(low_ms, high_ms)) / 1000.0;
        return pick(0, 4) == 0 ? exact + 0.0004 : exact;
    }

    Step step()
    {
        Step s;
        if (pick(0, 1) == 0) {
            const int scale = pick(0, 2);
            s = timed(seconds(1, scale == 0 ? 10'000 : scale == 1 ? 300'000 : 3'600'000));
        } else {
            const std::int64_t cycle_ms = pick(1000, pick(0, 1) == 0 ? 20'000 : 120'000);
            const std::int64_t most = std::min<std::int64_t>(500, 3'600'000 / cycle_ms);
            const auto cycles = static_cast<int>(pick(1, static_cast<int>(most)));
            const int beat = pick(0, 2);
            s = paced(static_cast<double>(cycle_ms) / 1000.0, cycles,
                      beat == 0 ? 0
                      : beat == 1
                          ? 1
                          : static_cast<double>(pick(250, static_cast<int>(cycle_ms))) / 1000.0);
            if (pick(0, 2) == 0)
                s.duration = static_cast<double>(cycles * cycle_ms) / 1000.0;
        }
        if (const int sides = pick(0, 3); sides == 1)
            s.sides = {Side::Right};
        else if (sides >= 2)
            s.sides = {Side::Left, Side::Right};
        if (pick(0, 3) == 0)
            s.transition = seconds(0, 600'000);
        const std::int64_t length = step_length_ms(s);
        for (int c = pick(0, 3); c > 0; --c)
            s.cues.push_back(
                {static_cast<double>(pick(0, static_cast<int>(length - 1))) / 1000.0, "Cue", {}});
        return s;
    }

    std::mt19937_64 m_random;
};

} // namespace

TEST(FitRandom, AgreesWithALiteralReadingOfSectionFour)
{
    RandomRoutines random(20'250'601);
    int fitted = 0;
    int errors = 0;
    for (int trial = 0; trial < 3000; ++trial) {
        const Routine routine = random.routine();
        const FitChoices choices = random.choices();
        const FitResult expected = literal::fit(routine, choices);
        const FitResult actual = fit(routine, choices);
        ASSERT_EQ(actual.ok(), expected.ok()) << "trial " << trial;
        if (expected.ok()) {
            ++fitted;
            ASSERT_EQ(actual.fitted->scale_percent, expected.fitted->scale_percent)
                << "trial " << trial;
            ASSERT_EQ(actual.fitted->routine, expected.fitted->routine) << "trial " << trial;
            ASSERT_EQ(actual.fitted->choices, choices);
        } else {
            ++errors;
            ASSERT_EQ(*actual.error, *expected.error) << "trial " << trial;
        }
    }
    // Both outcomes are exercised, not just one.
    EXPECT_GT(fitted, 2000);
    EXPECT_GT(errors, 20);
}

TEST(FitLimits, EveryFittedMillisecondReadsBackThroughMs)
{
    // Fitted times are written as seconds k / 1000; ms() must give k back for every length up
    // to 4 hours, or a fitted routine would not be the one chosen.
    for (std::int64_t k = 0; k <= 14'400'000; ++k) {
        if (ms(static_cast<double>(k) / 1000.0) != k)
            FAIL() << k;
    }
}

TEST(FitLimits, AFourHourRoutineOf200StepsFitsToEveryLength)
{
    // 200 steps of 67 s with 5 s get-ready: exactly 4 hours.
    std::vector<Step> steps;
    for (int i = 0; i < 200; ++i)
        steps.push_back(i % 2 == 0 ? timed(67) : with_cues(paced(6.7, 10), {33.5}));
    const Routine routine = routine_of(steps, 5);
    ASSERT_EQ(total_ms(routine), 14'400'000);

    const FitResult full = fit(routine, minutes(240));
    ASSERT_TRUE(full.ok());
    EXPECT_EQ(full.fitted->scale_percent, 100);
    EXPECT_EQ(total_ms(full.fitted->routine), 14'400'000);

    const FitResult shortest = fit(routine, minutes(1));
    ASSERT_TRUE(shortest.ok());
    // 17 s timed steps and 3 cycles of 6.7 s, the shortest this routine can be, at p = 25 and
    // 26: the one nearer to 100.
    EXPECT_EQ(shortest.fitted->scale_percent, 26);
    EXPECT_EQ(total_ms(shortest.fitted->routine), 100 * (5'000 + 17'000) + 100 * (5'000 + 20'100));

    for (int m = 1; m <= 240; m += 7) {
        const FitResult result = fit(routine, minutes(m));
        ASSERT_TRUE(result.ok()) << m;
        EXPECT_LE(total_ms(result.fitted->routine), 14'400'000) << m;
    }
}

TEST(FitLimits, StepsStayWithinAnHourAndCyclesWithin500AtEveryScale)
{
    const Routine routine =
        routine_of({timed(3600), timed(0.001), paced(1, 500), paced(120, 30), paced(7.2, 500)}, 0);
    for (int p = 25; p <= 400; ++p) {
        for (const Step& step : routine.steps) {
            if (step.pacing) {
                const std::int64_t cycles =
                    FitRules::cycles(step.pacing->cycles, ms(step.pacing->cycle), p);
                EXPECT_GE(cycles, 1);
                EXPECT_LE(cycles, 500);
                EXPECT_LE(cycles * ms(step.pacing->cycle), 3'600'000);
            } else {
                const std::int64_t d = FitRules::duration_ms(ms(*step.duration), p);
                EXPECT_GE(d, 1);
                EXPECT_LE(d, 3'600'000);
            }
        }
    }
}
