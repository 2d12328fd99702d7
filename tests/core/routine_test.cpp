#include <gtest/gtest.h>

#include "core/routine.h"

using namespace unclutch::core;

TEST(Ms, RoundsHalvesAwayFromZeroInDouble)
{
    EXPECT_EQ(ms(44.9995), 45000); // the double product is exactly 44999.5
    EXPECT_EQ(ms(0.0004), 0);
    EXPECT_EQ(ms(0.0005), 1);
    EXPECT_EQ(ms(15), 15000);
    EXPECT_EQ(ms(1.0 / 3.0), 333);
}

TEST(StepLength, PacingIsCyclesTimesRoundedCycle)
{
    Step step;
    step.pacing = Pacing{};
    step.pacing->cycle = 0.3333;
    step.pacing->cycles = 3;
    EXPECT_EQ(step_length_ms(step), 3 * 333);
    Step plain;
    plain.duration = 2.5;
    EXPECT_EQ(step_length_ms(plain), 2500);
}

TEST(Transition, StepOverridesRoutine)
{
    Routine routine;
    routine.transition = 5;
    Step step;
    EXPECT_EQ(transition_ms(routine, step), 5000);
    step.transition = 0;
    EXPECT_EQ(transition_ms(routine, step), 0);
}
