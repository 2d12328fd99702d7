// Fitting a routine to the day (routine-format.md section 4): every rounding and clamp, the
// choice of the scale, and the errors.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "fit_helpers.h"

using namespace unclutch::core;
using namespace unclutch::core::testing;

namespace {

FittedRoutine fitted(const Routine& routine, const FitChoices& choices)
{
    FitResult result = fit(routine, choices);
    EXPECT_TRUE(result.ok()) << (result.error ? result.error->message() : "");
    return result.ok() ? std::move(*result.fitted) : FittedRoutine{};
}

FitError error_of(const Routine& routine, const FitChoices& choices)
{
    const FitResult result = fit(routine, choices);
    EXPECT_FALSE(result.ok());
    return result.error.value_or(FitError{});
}

// M minutes for a total of exactly `total_ms`.
double minutes_for(std::int64_t total_ms)
{
    return static_cast<double>(total_ms) / 60'000.0;
}

} // namespace

TEST(FitRules, ATimedStepRoundsToWholeSecondsHalfUp)
{
    // 1000 × ⌊(D × p + 50 000) / 100 000⌋: the +50 000 rounds half a second up.
    EXPECT_EQ(FitRules::duration_ms(30'499, 100), 30'000);
    EXPECT_EQ(FitRules::duration_ms(30'500, 100), 31'000);
    EXPECT_EQ(FitRules::duration_ms(10'000, 115), 12'000); // 11.5 s
    EXPECT_EQ(FitRules::duration_ms(10'000, 114), 11'000); // 11.4 s
    EXPECT_EQ(FitRules::duration_ms(60'000, 50), 30'000);
    EXPECT_EQ(FitRules::duration_ms(4'000, 400), 16'000);
}

TEST(FitRules, ATimedStepNeverShrinksBelowFiveSecondsOrItsOwnLength)
{
    // The floor is min(D, 5000).
    EXPECT_EQ(FitRules::duration_ms(6'000, 25), 5'000);  // 2 s rounded, raised to 5 s
    EXPECT_EQ(FitRules::duration_ms(19'999, 25), 5'000); // 5 s exactly
    EXPECT_EQ(FitRules::duration_ms(24'000, 25), 6'000); // above the floor
    EXPECT_EQ(FitRules::duration_ms(5'000, 30), 5'000);  // a 5 s step stays 5 s
    EXPECT_EQ(FitRules::duration_ms(4'000, 25), 4'000);  // a shorter step keeps its length
    EXPECT_EQ(FitRules::duration_ms(1'499, 100), 1'499); // 1 s rounded, raised back
    EXPECT_EQ(FitRules::duration_ms(1'500, 100), 2'000); // 2 s rounded, above the floor
    EXPECT_EQ(FitRules::duration_ms(1, 400), 1);         // 0 s rounded, raised to 1 ms
    EXPECT_EQ(FitRules::duration_ms(1'000, 150), 2'000); // may grow past its length
}

TEST(FitRules, ATimedStepNeverGrowsPastAnHour)
{
    EXPECT_EQ(FitRules::duration_ms(3'600'000, 100), 3'600'000);
    EXPECT_EQ(FitRules::duration_ms(3'600'000, 101), 3'600'000);
    EXPECT_EQ(FitRules::duration_ms(899'876, 400), 3'600'000); // rounds to exactly 3600 s
    EXPECT_EQ(FitRules::duration_ms(901'250, 400), 3'600'000); // 3605 s, lowered
    EXPECT_EQ(FitRules::duration_ms(899'874, 400), 3'599'000);
}

TEST(FitRules, CyclesRoundHalfUpAndStayFrom1To500)
{
    EXPECT_EQ(FitRules::cycles(10, 15'000, 100), 10);
    EXPECT_EQ(FitRules::cycles(10, 15'000, 105), 11); // 10.5 rounds up
    EXPECT_EQ(FitRules::cycles(10, 15'000, 104), 10);
    EXPECT_EQ(FitRules::cycles(10, 15'000, 95), 10); // 9.5 rounds up
    EXPECT_EQ(FitRules::cycles(10, 15'000, 94), 9);
    EXPECT_EQ(FitRules::cycles(1, 15'000, 25), 1); // 0 raised to 1
    EXPECT_EQ(FitRules::cycles(1, 15'000, 149), 1);
    EXPECT_EQ(FitRules::cycles(1, 15'000, 150), 2);
    EXPECT_EQ(FitRules::cycles(124, 1'000, 400), 496);
    EXPECT_EQ(FitRules::cycles(125, 1'000, 400), 500);
    EXPECT_EQ(FitRules::cycles(200, 1'000, 400), 500); // 800 lowered to 500
}

TEST(FitRules, CyclesAreLoweredUntilTheStepLastsAtMostAnHour)
{
    EXPECT_EQ(FitRules::cycles(30, 120'000, 100), 30); // exactly 3600 s
    EXPECT_EQ(FitRules::cycles(30, 120'000, 104), 30); // 31 × 120 s, lowered
    EXPECT_EQ(FitRules::cycles(100, 120'000, 400), 30);
    EXPECT_EQ(FitRules::cycles(500, 7'201, 100), 499); // 499 × 7.201 s = 3593.299 s
    EXPECT_EQ(FitRules::cycles(400, 9'000, 100), 400); // 400 × 9 s = 3600 s
    EXPECT_EQ(FitRules::cycles(401, 9'000, 100), 400);
}

TEST(FitRules, CuesMoveInProportionRoundedDown)
{
    EXPECT_EQ(FitRules::cue_ms(1'000, 3'000, 1'000), 333);
    EXPECT_EQ(FitRules::cue_ms(2'999, 3'000, 2'000), 1'999); // 1999.33
    EXPECT_EQ(FitRules::cue_ms(4'999, 5'000, 9'000), 8'998); // 8998.2
    EXPECT_EQ(FitRules::cue_ms(0, 5'000, 9'000), 0);
    EXPECT_EQ(FitRules::cue_ms(2'500, 5'000, 5'000), 2'500);
}

TEST(Fit, WithNoChoiceTheRoutineStaysAsWritten)
{
    Step step = with_cues(paced(15, 10, 0.5), {3.0004});
    step.duration = 150;
    const Routine routine = routine_of({timed(30.4996), step}, 2.5);
    const FitChoices easier{std::nullopt, std::nullopt, true};
    const FittedRoutine result = fitted(routine, easier);
    EXPECT_EQ(result.routine, routine);
    EXPECT_EQ(result.scale_percent, 100);
    EXPECT_EQ(result.choices, easier); // easier throughout changes no time: passed through
}

TEST(Fit, APaceSetsEveryCycleAndMovesTheCues)
{
    Step cat_cow = with_cues(paced(15, 10, 1), {75.5, 0, 149.999});
    cat_cow.duration = 150; // no longer binding once the pace changes the length
    const Routine routine = routine_of({with_cues(timed(30), {10}), cat_cow}, 5);
    const FittedRoutine result = fitted(routine, pace(10));
    EXPECT_EQ(result.scale_percent, 100);
    EXPECT_EQ(result.routine.steps[0], routine.steps[0]); // timed steps keep their time
    const Step& step = result.routine.steps[1];
    EXPECT_EQ(step.pacing->cycle, 10);
    EXPECT_EQ(step.pacing->cycles, 10);
    EXPECT_EQ(step.pacing->beat, 1);
    EXPECT_EQ(step.duration, std::nullopt);
    EXPECT_EQ(step_length_ms(step), 100'000);
    ASSERT_EQ(step.cues.size(), 3u);
    EXPECT_EQ(step.cues[0].at, 50.333); // ⌊75 500 × 100 000 / 150 000⌋ ms
    EXPECT_EQ(step.cues[1].at, 0);
    EXPECT_EQ(step.cues[2].at, 99.999); // 99 999.33 ms
    EXPECT_EQ(result.routine.transition, 5);
    EXPECT_EQ(routine.steps[1].pacing->cycle, 15); // the routine given is unchanged
}

TEST(Fit, APaceShorterThanTheBeatMakesTheBeatThePace)
{
    const Routine routine =
        routine_of({paced(12, 5, 8), paced(12, 5, 5), paced(12, 5, 0), paced(12, 5, 5.0004)});
    const FittedRoutine result = fitted(routine, pace(5));
    EXPECT_EQ(result.routine.steps[0].pacing->beat, 5);
    EXPECT_EQ(result.routine.steps[1].pacing->beat, 5);
    EXPECT_EQ(result.routine.steps[2].pacing->beat, 0);      // no beats stays no beats
    EXPECT_EQ(result.routine.steps[3].pacing->beat, 5.0004); // 5000 ms, not longer
    for (const Step& step : result.routine.steps)
        EXPECT_EQ(step.pacing->cycle, 5);
}

TEST(Fit, APaceThatMakesAStepLongerThanAnHourIsAnError)
{
    const Routine routine = routine_of({timed(10), paced(10, 500)});
    EXPECT_EQ(step_length_ms(fitted(routine, pace(7.2)).routine.steps[1]), 3'600'000);
    const FitError error = error_of(routine, pace(7.201));
    EXPECT_EQ(error.kind, FitError::Kind::StepTooLong);
    EXPECT_EQ(error.step, 1u);
    EXPECT_EQ(error.length_ms, 3'600'500);
    EXPECT_EQ(error.message(), "a pace of 7.201 seconds makes step 2 last 3600.5 seconds; a step "
                               "may last at most 3600 seconds");
    // Even when a length is asked for too: the pace is applied first.
    EXPECT_EQ(error_of(routine, {10.0, 7.201, false}).kind, FitError::Kind::StepTooLong);
}

TEST(Fit, ChoicesOutOfRangeAreErrors)
{
    const Routine routine = routine_of({timed(60)});
    for (double m : {1.0, 240.0, 7.5, 0.999995})
        EXPECT_TRUE(fit(routine, minutes(m)).ok()) << m;
    for (double m :
         {0.99, 240.01, 0.0, -5.0, std::nan(""), std::numeric_limits<double>::infinity(), 1e300}) {
        const FitError error = error_of(routine, minutes(m));
        EXPECT_EQ(error.kind, FitError::Kind::MinutesOutOfRange) << m;
    }
    for (double s : {1.0, 120.0, 2.5, 120.0004})
        EXPECT_TRUE(fit(routine, pace(s)).ok()) << s;
    for (double s :
         {0.999, 120.001, 0.0, -1.0, std::nan(""), -std::numeric_limits<double>::infinity()})
        EXPECT_EQ(error_of(routine, pace(s)).kind, FitError::Kind::PaceOutOfRange) << s;
    EXPECT_EQ(error_of(routine, minutes(300)).message(),
              "the length must be from 1 to 240 minutes, got 300");
    EXPECT_EQ(error_of(routine, pace(0.5)).message(),
              "the pace must be from 1 to 120 seconds, got 0.5");
}

TEST(Fit, ALengthPicksTheScaleWithTheNearestTotal)
{
    // 30 s of get-ready and a 30.5 s step: 61 s at p = 100 (31 s, +50 000 rounding up).
    EXPECT_EQ(fitted(routine_of({timed(30.5)}, 30), minutes(minutes_for(61'000))).scale_percent,
              100);
    // 30.499 s rounds down to 30 s at p = 100, so 101 % is needed for 31 s.
    const FittedRoutine up = fitted(routine_of({timed(30.499)}, 30), minutes(minutes_for(61'000)));
    EXPECT_EQ(up.scale_percent, 101);
    EXPECT_EQ(up.routine.steps[0].duration, 31);
    EXPECT_EQ(up.routine.transition, 30); // transitions unchanged
    EXPECT_EQ(total_ms(up.routine), 61'000);
}

TEST(Fit, TiesGoToTheScaleNearest100)
{
    // 60 s of get-ready and a 10 s step: p = 95…104 give 10 s, 105…114 give 11 s.
    const Routine routine = routine_of({timed(10)}, 60);
    EXPECT_EQ(fitted(routine, minutes(minutes_for(70'000))).scale_percent, 100);
    // 70.5 s is as near to 70 s as to 71 s: the scale nearer to 100 wins.
    EXPECT_EQ(fitted(routine, minutes(minutes_for(70'500))).scale_percent, 100);
    EXPECT_EQ(fitted(routine, minutes(minutes_for(69'500))).scale_percent, 100);
    EXPECT_EQ(fitted(routine, minutes(minutes_for(71'500))).scale_percent, 105); // 71 s or 72 s
    EXPECT_EQ(fitted(routine, minutes(minutes_for(68'500))).scale_percent, 94);  // 68 s or 69 s
}

TEST(Fit, TiesAtTheShortestAndLongestTotalGoToTheScaleNearest100)
{
    // 60 s of get-ready and a 20 s step: p = 25, 26 and 27 all give the shortest, 5 s.
    const FittedRoutine shortest = fitted(routine_of({timed(20)}, 60), minutes(1));
    EXPECT_EQ(shortest.scale_percent, 27);
    EXPECT_EQ(shortest.routine.steps[0].duration, 5);
    // A 4 s step lasts at most 16 s, from p = 388 to 400.
    const FittedRoutine longest = fitted(routine_of({timed(4)}), minutes(1));
    EXPECT_EQ(longest.scale_percent, 388);
    EXPECT_EQ(longest.routine.steps[0].duration, 16);
    // Totals never fall as p grows, so two scales at the same distance on either side of 100
    // (where "then the smaller" would decide) cannot both be nearest: p = 100 lies between.
}

TEST(Fit, AScaleWhoseTotalPassesFourHoursIsNoCandidate)
{
    // Four 3000 s instances with 10 s get-ready: 40 s + 4 × 30p s. p = 120 would give
    // 14 440 000 ms, nearer to 240 minutes than p = 119's 14 320 000, but over 4 hours.
    const Routine routine = routine_of(
        {timed(3000, {Side::Left, Side::Right}), timed(3000, {Side::Left, Side::Right})}, 10);
    const FittedRoutine result = fitted(routine, minutes(240));
    EXPECT_EQ(result.scale_percent, 119);
    EXPECT_EQ(total_ms(result.routine), 14'320'000);
}

TEST(Fit, APaceThatMakesTheRoutinePassFourHoursNeedsALengthThatBringsItBack)
{
    // Five steps of 450 cycles: 3:45:00 at 6 s, 5:00:00 at 8 s.
    const Routine routine =
        routine_of({paced(6, 450), paced(6, 450), paced(6, 450), paced(6, 450), paced(6, 450)});
    const FitError error = error_of(routine, pace(8));
    EXPECT_EQ(error.kind, FitError::Kind::RoutineTooLong);
    EXPECT_EQ(error.length_ms, 18'000'000);
    EXPECT_EQ(error.message(), "the routine would last 5:00:00 or more with these choices; at most "
                               "4 hours is allowed");
    // With a length, p = 80 gives 360 cycles of 8 s each: exactly 4 hours.
    const FittedRoutine result = fitted(routine, {240.0, 8.0, false});
    EXPECT_EQ(result.scale_percent, 80);
    EXPECT_EQ(result.routine.steps[0].pacing->cycles, 360);
    EXPECT_EQ(total_ms(result.routine), 14'400'000);
}

TEST(Fit, WhenNoScaleKeepsTheRoutineWithinFourHoursItIsAnError)
{
    // 200 steps of 18 one-second cycles and 54 s get-ready: 4 hours. At a pace of 120 s even
    // p = 25 (5 cycles, 600 s) leaves 200 × 654 s.
    std::vector<Step> steps(200, paced(1, 18));
    const Routine routine = routine_of(steps, 54);
    ASSERT_EQ(total_ms(routine), 14'400'000);
    const FitError error = error_of(routine, {60.0, 120.0, false});
    EXPECT_EQ(error.kind, FitError::Kind::RoutineTooLong);
    EXPECT_EQ(error.length_ms, 130'800'000);
}

TEST(Fit, ALengthScalesPacedStepsByWholeCyclesAndMovesTheirCues)
{
    Step step = with_cues(paced(10, 10), {33.3});
    step.duration = 100;
    // p = 105…114 give 11 cycles, 110 s.
    const FittedRoutine result = fitted(routine_of({step}), minutes(minutes_for(110'000)));
    EXPECT_EQ(result.scale_percent, 105);
    const Step& fitted_step = result.routine.steps[0];
    EXPECT_EQ(fitted_step.pacing->cycles, 11);
    EXPECT_EQ(fitted_step.pacing->cycle, 10);
    EXPECT_EQ(fitted_step.duration, std::nullopt);
    EXPECT_EQ(fitted_step.cues[0].at, 36.63); // 33 300 × 110 000 / 100 000 ms
}

TEST(Fit, ALengthMovesTheCuesOfTimedStepsRoundedDown)
{
    // 49 s of get-ready and a 10 s step: one minute asks for 11 s.
    const Routine routine = routine_of({with_cues(timed(10), {3.333, 9.999})}, 49);
    const FittedRoutine result = fitted(routine, minutes(1));
    EXPECT_EQ(result.scale_percent, 105);
    EXPECT_EQ(result.routine.steps[0].cues[0].at, 3.666);  // 3666.3 ms
    EXPECT_EQ(result.routine.steps[0].cues[1].at, 10.998); // 10 998.9 ms
}

TEST(Fit, BothChoicesApplyThePaceFirst)
{
    // At a pace of 5 s the 10 cycles last 50 s; 100 s asks for 20 cycles (p = 195…204).
    Step step = with_cues(paced(15, 10), {120});
    const FittedRoutine result = fitted(routine_of({step}), {minutes_for(100'000), 5.0, false});
    EXPECT_EQ(result.routine.steps[0].pacing->cycle, 5);
    EXPECT_EQ(result.routine.steps[0].pacing->cycles, 20);
    EXPECT_EQ(result.scale_percent, 195);
    // The cue moved twice: 120 000 → 40 000 (pace) → 80 000 ms (length).
    EXPECT_EQ(result.routine.steps[0].cues[0].at, 80);
    EXPECT_EQ(result.choices, (FitChoices{minutes_for(100'000), 5.0, false}));
}
