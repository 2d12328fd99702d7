#include <gtest/gtest.h>

#include <chrono>

#include "app/session_clock.h"

using namespace std::chrono;

TEST(SessionClock, IsMonotonicAndRunsAtTheSteadyClocksRate)
{
    const auto steadyStart = steady_clock::now();
    const auto sessionStart = unclutch::app::sessionClockNow();
    auto previous = sessionStart;
    for (int i = 0; i < 100000; ++i) {
        const auto now = unclutch::app::sessionClockNow();
        ASSERT_GE(now, previous);
        previous = now;
    }
    const auto steadySpan = steady_clock::now() - steadyStart;
    const auto sessionSpan = unclutch::app::sessionClockNow() - sessionStart;
    // Without a suspend in between, both clocks measure the same span (within scheduling noise).
    EXPECT_LT(std::chrono::abs(sessionSpan - steadySpan), milliseconds(50));
}
