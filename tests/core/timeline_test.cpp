#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "core/timeline.h"

using namespace unclutch::core;

namespace {

Step plain(const std::string& pose, double duration)
{
    Step step;
    step.pose = pose;
    step.duration = duration;
    return step;
}

Step paced(const std::string& pose, double cycle, std::int64_t cycles, double beat,
           const std::vector<double>& shares)
{
    Step step;
    step.pose = pose;
    step.pacing = Pacing{};
    step.pacing->cycle = cycle;
    step.pacing->cycles = cycles;
    step.pacing->beat = beat;
    for (std::size_t p = 0; p < shares.size(); ++p)
        step.pacing->phases.push_back({"phase " + std::to_string(p), shares[p], {}});
    return step;
}

Routine routine_of(std::vector<Step> steps, double transition = 0)
{
    Routine routine;
    routine.title = "Test";
    routine.transition = transition;
    routine.steps = std::move(steps);
    return routine;
}

Event ev(std::int64_t t, EventType type, std::uint32_t instance, std::uint32_t cycle = 0,
         std::uint32_t index = 0)
{
    return {t, instance, cycle, index, type};
}

std::vector<std::int64_t> times_of(const Timeline& timeline, EventType type)
{
    std::vector<std::int64_t> times;
    for (const Event& event : timeline.events())
        if (event.type == type)
            times.push_back(event.t_ms);
    return times;
}

constexpr auto Prepare = EventType::Prepare;
constexpr auto StepE = EventType::Step;
constexpr auto PhaseE = EventType::Phase;
constexpr auto Beat = EventType::Beat;
constexpr auto CueE = EventType::Cue;
constexpr auto End = EventType::End;

} // namespace

TEST(Timeline, PlainStepsGetPrepareOnlyWhenTransitionIsPositive)
{
    Step second = plain("B", 10);
    second.transition = 0;
    const Timeline timeline(routine_of({plain("A", 30), second}, 5));
    const std::vector<Event> expected = {ev(0, Prepare, 0), ev(5000, StepE, 0), ev(35000, StepE, 1),
                                         ev(45000, End, 1)};
    EXPECT_EQ(timeline.events(), expected);
    EXPECT_EQ(timeline.total_ms(), 45000);

    ASSERT_EQ(timeline.instances().size(), 2u);
    const Instance& a = timeline.instances()[0];
    EXPECT_EQ(a.step, 0u);
    EXPECT_EQ(a.side, Side::None);
    EXPECT_EQ(a.start_ms, 0);
    EXPECT_EQ(a.prepare_ms, 5000);
    EXPECT_EQ(a.step_start_ms, 5000);
    EXPECT_EQ(a.end_ms, 35000);
    EXPECT_EQ(a.first_event, 0u);
    EXPECT_EQ(a.end_event, 2u);
    const Instance& b = timeline.instances()[1];
    EXPECT_EQ(b.start_ms, 35000);
    EXPECT_EQ(b.prepare_ms, 0);
    EXPECT_EQ(b.step_start_ms, 35000);
    EXPECT_EQ(b.end_ms, 45000);
    EXPECT_EQ(b.first_event, 2u);
    EXPECT_EQ(b.end_event, 3u);
}

TEST(Timeline, StepTransitionOverridesTheRoutines)
{
    Step step = plain("A", 1);
    step.transition = 0.0005; // ms() rounds half away from zero: 1 ms of get-ready
    const Timeline timeline(routine_of({step, plain("B", 1)}, 2));
    const std::vector<Event> expected = {ev(0, Prepare, 0), ev(1, StepE, 0), ev(1001, Prepare, 1),
                                         ev(3001, StepE, 1), ev(4001, End, 1)};
    EXPECT_EQ(timeline.events(), expected);
}

TEST(Timeline, SidesPlayInTheListedOrder)
{
    for (const auto& sides :
         {std::vector{Side::Right, Side::Left}, std::vector{Side::Left, Side::Right}}) {
        Step step = plain("Pigeon", 2);
        step.sides = sides;
        const Timeline timeline(routine_of({step}, 1));
        ASSERT_EQ(timeline.instances().size(), 2u);
        EXPECT_EQ(timeline.instances()[0].side, sides[0]);
        EXPECT_EQ(timeline.instances()[1].side, sides[1]);
        EXPECT_EQ(timeline.instances()[1].step, 0u);
        EXPECT_EQ(timeline.instances()[1].start_ms, 3000);
        const std::vector<Event> expected = {ev(0, Prepare, 0), ev(1000, StepE, 0),
                                             ev(3000, Prepare, 1), ev(4000, StepE, 1),
                                             ev(6000, End, 1)};
        EXPECT_EQ(timeline.events(), expected);
    }
}

TEST(Timeline, FractionalCycleRoundsOnceAndPhasesRoundHalfAwayFromZero)
{
    // ms(2.5005) = 2501 (the double product is 2500.5); 2501 × 0.5 = 1250.5 → 1251.
    const Timeline timeline(routine_of({paced("Cat-cow", 2.5005, 2, 1, {0.5, 0.5})}));
    const std::vector<Event> expected = {
        ev(0, StepE, 0),           ev(0, PhaseE, 0, 0, 0),    ev(0, Beat, 0, 0, 0),
        ev(1000, Beat, 0, 0, 1),   ev(1251, PhaseE, 0, 0, 1), ev(2000, Beat, 0, 0, 2),
        ev(2501, PhaseE, 0, 1, 0), ev(2501, Beat, 0, 1, 0),   ev(3501, Beat, 0, 1, 1),
        ev(3752, PhaseE, 0, 1, 1), ev(4501, Beat, 0, 1, 2),   ev(5002, End, 0)};
    EXPECT_EQ(timeline.events(), expected);
    EXPECT_EQ(timeline.instances()[0].duration_ms(), 5002);
    EXPECT_TRUE(timeline.events()[2].accent());
    EXPECT_FALSE(timeline.events()[3].accent());
}

TEST(Timeline, ThirdsAreSummedInFileOrderAndRoundedPerPhase)
{
    const auto offsets = [](double cycle, std::vector<double> shares) {
        return Timeline(routine_of({paced("P", cycle, 1, 0, shares)}))
            .instances()[0]
            .phase_offsets_ms;
    };
    const double third = 1.0 / 3.0;
    EXPECT_EQ(offsets(10, {0.333, 0.333, 0.334}), (std::vector<std::int64_t>{0, 3330, 6660}));
    EXPECT_EQ(offsets(10, {third, third, third}), (std::vector<std::int64_t>{0, 3333, 6667}));
    EXPECT_EQ(offsets(1, {third, third, third}), (std::vector<std::int64_t>{0, 333, 667}));
    EXPECT_EQ(offsets(1, {0.3333, 0.3333, 0.3334}), (std::vector<std::int64_t>{0, 333, 667}));
    // Used as written, not normalised: 0.5 of 10 s stays 5000 though the shares sum to 1.0005.
    EXPECT_EQ(offsets(10, {0.5, 0.5005}), (std::vector<std::int64_t>{0, 5000}));
    EXPECT_EQ(offsets(10, {0.333, 0.333, 0.333}), (std::vector<std::int64_t>{0, 3330, 6660}));

    const Timeline timeline(routine_of({paced("P", 10, 2, 0, {0.333, 0.333, 0.334})}));
    EXPECT_EQ(times_of(timeline, PhaseE),
              (std::vector<std::int64_t>{0, 3330, 6660, 10000, 13330, 16660}));
}

TEST(Timeline, BeatsThatDoNotDivideTheCycleRestartOnEachCycle)
{
    const Timeline timeline(routine_of({paced("P", 1, 2, 0.3, {1})}));
    EXPECT_EQ(times_of(timeline, Beat),
              (std::vector<std::int64_t>{0, 300, 600, 900, 1000, 1300, 1600, 1900}));
    std::vector<bool> accents;
    for (const Event& event : timeline.events())
        if (event.type == Beat)
            accents.push_back(event.accent());
    EXPECT_EQ(accents, (std::vector<bool>{true, false, false, false, true, false, false, false}));
}

TEST(Timeline, BeatEqualToTheCycleIsOneAccentPerCycle)
{
    const Timeline timeline(routine_of({paced("P", 4, 3, 4, {0.25, 0.75})}));
    EXPECT_EQ(times_of(timeline, Beat), (std::vector<std::int64_t>{0, 4000, 8000}));
    for (const Event& event : timeline.events()) {
        if (event.type == Beat) {
            EXPECT_TRUE(event.accent());
        }
    }
}

TEST(Timeline, BeatZeroMeansNoBeats)
{
    const Timeline timeline(routine_of({paced("P", 15, 10, 0, {0.5, 0.5})}));
    EXPECT_TRUE(times_of(timeline, Beat).empty());
    EXPECT_EQ(times_of(timeline, PhaseE).size(), 20u);
    EXPECT_EQ(timeline.total_ms(), 150000);
}

TEST(Timeline, DefaultBeatIsOneSecond)
{
    Step step = paced("P", 3, 1, 1, {1});
    step.pacing->beat = Pacing{}.beat;
    const Timeline timeline(routine_of({step}));
    EXPECT_EQ(times_of(timeline, Beat), (std::vector<std::int64_t>{0, 1000, 2000}));
}

TEST(Timeline, CuesPlayInOrderOfAtAndEqualAtInFileOrder)
{
    Step step = plain("A", 5);
    step.cues = {{2, "b", {}}, {1, "a", {}}, {2, "c", {}}, {2.0004, "d", {}}, {0, "z", {}}};
    const Timeline timeline(routine_of({step}, 1));
    const std::vector<Event> expected = {ev(0, Prepare, 0),       ev(1000, StepE, 0),
                                         ev(1000, CueE, 0, 0, 4), ev(2000, CueE, 0, 0, 1),
                                         ev(3000, CueE, 0, 0, 0), ev(3000, CueE, 0, 0, 2),
                                         ev(3000, CueE, 0, 0, 3), ev(6000, End, 0)};
    EXPECT_EQ(timeline.events(), expected);
}

TEST(Timeline, TiesSortStepThenPhaseThenBeatThenCue)
{
    Step step = paced("P", 2, 1, 0.5, {0.25, 0.75});
    step.cues = {{0.5, "on the phase and the beat", {}}, {0, "at the start", {}}};
    Step before = plain("Before", 1);
    const Timeline timeline(routine_of({before, step}, 0));
    const std::vector<Event> expected = {
        ev(0, StepE, 0),         ev(1000, StepE, 1),      ev(1000, PhaseE, 1, 0, 0),
        ev(1000, Beat, 1, 0, 0), ev(1000, CueE, 1, 0, 1), ev(1500, PhaseE, 1, 0, 1),
        ev(1500, Beat, 1, 0, 1), ev(1500, CueE, 1, 0, 0), ev(2000, Beat, 1, 0, 2),
        ev(2500, Beat, 1, 0, 3), ev(3000, End, 1)};
    EXPECT_EQ(timeline.events(), expected);
}

TEST(Timeline, EndIsAtTheLastInstancesEnd)
{
    Step step = plain("A", 1.5);
    step.sides = {Side::Left, Side::Right};
    const Timeline timeline(routine_of({step}, 0.25));
    EXPECT_EQ(timeline.events().back(), ev(3500, End, 1));
    EXPECT_EQ(timeline.total_ms(), 3500);
    EXPECT_EQ(timeline.instances().back().end_event, timeline.events().size() - 1);
}

TEST(Timeline, AnEmptyRoutineIsJustTheEnd)
{
    const Timeline timeline(routine_of({}));
    EXPECT_EQ(timeline.events(), (std::vector<Event>{ev(0, End, 0)}));
    EXPECT_TRUE(timeline.instances().empty());
}

TEST(Timeline, InstanceAtIsTheLastStartedInstance)
{
    Step step = plain("A", 2);
    step.sides = {Side::Left, Side::Right};
    const Timeline timeline(routine_of({step, plain("B", 1)}, 1));
    // Instances start at 0, 3000 and 6000; the timeline ends at 8000.
    EXPECT_EQ(timeline.instance_at(0), 0u);
    EXPECT_EQ(timeline.instance_at(2999), 0u);
    EXPECT_EQ(timeline.instance_at(3000), 1u);
    EXPECT_EQ(timeline.instance_at(6000), 2u);
    EXPECT_EQ(timeline.instance_at(8000), 2u);
}

TEST(Timeline, FourHoursOfQuarterSecondBeatsHas57600Beats)
{
    std::vector<Step> steps(4, paced("P", 60, 60, 0.25, {0.5, 0.5}));
    const Timeline timeline(routine_of(steps));
    EXPECT_EQ(timeline.total_ms(), 14'400'000);
    EXPECT_EQ(times_of(timeline, Beat).size(), 57'600u);
    EXPECT_EQ(timeline.events().size(), 4 + 57'600 + 2 * 240 + 1u);
}

namespace {

// Section 2 read literally: generate in the listed order, then one stable sort of everything.
std::vector<Event> reference_events(const Routine& routine)
{
    std::vector<Event> events;
    std::int64_t t = 0;
    std::uint32_t instance = 0;
    for (const Step& step : routine.steps) {
        const std::size_t sides = step.sides.empty() ? 1 : step.sides.size();
        for (std::size_t s = 0; s < sides; ++s, ++instance) {
            const std::int64_t p = ms(step.transition.value_or(routine.transition));
            if (p > 0)
                events.push_back(ev(t, Prepare, instance));
            const std::int64_t start = t + p;
            events.push_back(ev(start, StepE, instance));
            std::int64_t d = step.duration ? ms(*step.duration) : 0;
            if (step.pacing) {
                const std::int64_t c = ms(step.pacing->cycle);
                const std::int64_t b = ms(step.pacing->beat);
                d = step.pacing->cycles * c;
                for (std::int64_t k = 0; k < step.pacing->cycles; ++k) {
                    double sum = 0;
                    for (std::size_t ph = 0; ph < step.pacing->phases.size(); ++ph) {
                        events.push_back(ev(start + k * c + std::llround(c * sum), PhaseE, instance,
                                            static_cast<std::uint32_t>(k),
                                            static_cast<std::uint32_t>(ph)));
                        sum += step.pacing->phases[ph].share;
                    }
                    for (std::int64_t j = 0; b > 0 && j * b < c; ++j)
                        events.push_back(ev(start + k * c + j * b, Beat, instance,
                                            static_cast<std::uint32_t>(k),
                                            static_cast<std::uint32_t>(j)));
                }
            }
            for (std::size_t q = 0; q < step.cues.size(); ++q)
                events.push_back(ev(start + ms(step.cues[q].at), CueE, instance, 0,
                                    static_cast<std::uint32_t>(q)));
            t = start + d;
        }
    }
    events.push_back(ev(t, End, instance == 0 ? 0 : instance - 1));
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return a.t_ms != b.t_ms ? a.t_ms < b.t_ms : a.type < b.type;
    });
    return events;
}

Routine random_routine(std::mt19937& random, bool keep_to_the_rules)
{
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
    std::vector<Step> steps;
    const int count = pick(1, 5);
    for (int i = 0; i < count; ++i) {
        Step step;
        if (pick(0, 1) == 1) {
            const int phases = pick(1, 4);
            std::vector<double> shares(static_cast<std::size_t>(phases), 1.0 / phases);
            if (!keep_to_the_rules)
                shares.front() += 0.6; // a later phase can start past its cycle
            step = paced("P", pick(1000, 4000) / 1000.0, pick(1, 3),
                         pick(0, 3) == 0 ? 0 : pick(250, 1000) / 1000.0, shares);
        } else {
            step = plain("A", pick(1, 3000) / 1000.0);
        }
        if (pick(0, 2) == 0)
            step.transition = pick(0, 3) / 2.0;
        if (pick(0, 2) == 0)
            step.sides =
                pick(0, 1) ? std::vector{Side::Left, Side::Right} : std::vector{Side::Right};
        const std::int64_t length = step_length_ms(step);
        const int cues = pick(0, 4);
        for (int c = 0; c < cues; ++c) {
            const std::int64_t limit = keep_to_the_rules ? length - 1 : length + 3000;
            // Quarter-second cues land on beats and phases often, to exercise the tie order.
            const double at = pick(0, static_cast<int>(limit / 250)) * 0.25;
            step.cues.push_back({at, "cue", {}});
        }
        steps.push_back(step);
    }
    return routine_of(steps, pick(0, 2));
}

} // namespace

TEST(Timeline, MatchesALiteralStableSortOfTheGenerationOrder)
{
    std::mt19937 random(20240611);
    for (int round = 0; round < 500; ++round) {
        const bool keep_to_the_rules = round % 5 != 0;
        const Routine routine = random_routine(random, keep_to_the_rules);
        const Timeline timeline(routine);
        ASSERT_EQ(timeline.events(), reference_events(routine)) << "round " << round;
        if (!keep_to_the_rules)
            continue;
        for (std::size_t i = 0; i < timeline.instances().size(); ++i) {
            const Instance& instance = timeline.instances()[i];
            for (std::size_t e = instance.first_event; e < instance.end_event; ++e)
                ASSERT_EQ(timeline.events()[e].instance, i);
            ASSERT_LT(timeline.events()[instance.end_event - 1].t_ms, instance.end_ms);
        }
    }
}
