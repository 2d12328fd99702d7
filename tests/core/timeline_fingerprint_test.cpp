#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>

#include "core/timeline_fingerprint.h"
#include "session_fixture.h"

using namespace unclutch::core;
using unclutch::core::session_fixture::test_routine;

namespace {

std::string fingerprint(const Routine& routine)
{
    return timeline_fingerprint(Timeline(routine));
}

} // namespace

TEST(TimelineFingerprint, IsStableAndShapedAsDocumented)
{
    const std::string first = fingerprint(test_routine());
    EXPECT_EQ(first, fingerprint(test_routine()));
    EXPECT_TRUE(std::regex_match(first, std::regex("t1-[0-9a-f]{16}"))) << first;
}

// The value is stored in people's histories: it must not change between builds or machines.
// Worked out by hand: FNV-1a over 1 instance (step 0, no side, 0, 0, 1000 ms, no pacing) and 2
// events (the step at 0, the end at 1000), each value as 8 bytes, least significant first.
TEST(TimelineFingerprint, KnownValue)
{
    Routine routine;
    routine.title = "One step";
    routine.transition = 0;
    Step step;
    step.pose = "Rest";
    step.duration = 1;
    routine.steps = {step};
    EXPECT_EQ(fingerprint(routine), "t1-db5c309e35ede0fe");
}

TEST(TimelineFingerprint, ChangesWithWhatPlaysWhen)
{
    const Routine original = test_routine();
    std::set<std::string> seen = {fingerprint(original)};
    const auto expect_new = [&](const Routine& changed, const char* what) {
        EXPECT_TRUE(seen.insert(fingerprint(changed)).second) << what;
    };

    Routine longer = original;
    longer.steps[0].duration = 10.001;
    expect_new(longer, "a step 1 ms longer");
    Routine transition = original;
    transition.transition = 3;
    expect_new(transition, "a longer get-ready");
    Routine sides = original;
    sides.steps[2].sides = {Side::Right, Side::Left};
    expect_new(sides, "the sides swapped");
    Routine cue = original;
    cue.steps[1].cues[0].at = 6;
    expect_new(cue, "a cue moved");
    Routine pace = original;
    pace.steps[1].pacing->phases = {{"Up", 0.25, {}}, {"Down", 0.75, {}}};
    expect_new(pace, "a phase moved");
    Routine swapped = original;
    std::swap(swapped.steps[0], swapped.steps[2]);
    expect_new(swapped, "steps reordered");
    Routine same_times = original;
    same_times.steps.push_back(same_times.steps[0]);
    expect_new(same_times, "a step added");
}

TEST(TimelineFingerprint, IgnoresTheWords)
{
    Routine translated = test_routine();
    translated.title = "Sitzungstest";
    translated.steps[0].pose = "Einfach";
    translated.steps[0].instructions = "Ruhig atmen.";
    translated.steps[1].cues[0].text = "Halbzeit";
    translated.steps[1].pacing->phases[0].name = "Hoch";
    EXPECT_EQ(fingerprint(translated), fingerprint(test_routine()));
}
