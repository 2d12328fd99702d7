#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/fit.h"
#include "core/timeline.h"
#include "core/timeline_json.h"

using namespace unclutch::core;
using nlohmann::json;
using nlohmann::ordered_json;

namespace {

Routine tiny_routine()
{
    Routine routine;
    routine.id = "tiny";
    routine.title = "Tiny \"quoted\" é";
    routine.transition = 0.5;

    Step tabletop;
    tabletop.pose = "Tabletop";
    tabletop.duration = 2;
    tabletop.transition = 1;

    Step cat_cow;
    cat_cow.pose = "Cat-cow";
    cat_cow.transition = 0;
    cat_cow.pacing = Pacing{};
    cat_cow.pacing->cycle = 2;
    cat_cow.pacing->cycles = 1;
    cat_cow.pacing->beat = 1;
    cat_cow.pacing->phases = {{"Up", 0.5, {}}, {"Down", 0.5, {}}};
    cat_cow.cues = {{1.5, "Breathe", {}}};

    Step pigeon;
    pigeon.pose = "Pigeon";
    pigeon.duration = 1;
    pigeon.sides = {Side::Left, Side::Right};

    routine.steps = {tabletop, cat_cow, pigeon};
    return routine;
}

// The contract's minimal routine (section 1), whose timeline section 3 shows in part.
Routine contract_example()
{
    Routine routine;
    routine.id = "slow-cat-cow";
    routine.title = "Slow cat-cow";
    Step tabletop;
    tabletop.pose = "Tabletop";
    tabletop.duration = 30;
    Step cat_cow;
    cat_cow.pose = "Cat-cow";
    cat_cow.pacing = Pacing{};
    cat_cow.pacing->cycle = 15;
    cat_cow.pacing->cycles = 10;
    cat_cow.pacing->phases = {{"Tip the tailbone up", 0.5, {}}, {"Tip the tailbone down", 0.5, {}}};
    Step pigeon;
    pigeon.pose = "Pigeon";
    pigeon.duration = 60;
    pigeon.sides = {Side::Left, Side::Right};
    pigeon.cues = {{30, "Keep both hips square.", {}}};
    routine.steps = {tabletop, cat_cow, pigeon};
    return routine;
}

} // namespace

TEST(TimelineJson, TinyRoutineMatchesTheHandWrittenTimeline)
{
    const Routine routine = tiny_routine();
    const std::string out = timeline_to_json(FittedRoutine{routine, 100, {}}, Timeline(routine));
    const json expected = json::parse(R"({
      "id": "tiny", "title": "Tiny \"quoted\" é", "total_ms": 8000, "fit": null, "events": [
        {"t_ms": 0, "type": "prepare", "step": 0, "side": null, "pose": "Tabletop", "duration_ms": 1000},
        {"t_ms": 1000, "type": "step", "step": 0, "side": null, "pose": "Tabletop", "duration_ms": 2000},
        {"t_ms": 3000, "type": "step", "step": 1, "side": null, "pose": "Cat-cow", "duration_ms": 2000},
        {"t_ms": 3000, "type": "phase", "step": 1, "side": null, "cycle": 1, "phase": 0, "name": "Up"},
        {"t_ms": 3000, "type": "beat", "step": 1, "side": null, "cycle": 1, "beat": 0, "accent": true},
        {"t_ms": 4000, "type": "phase", "step": 1, "side": null, "cycle": 1, "phase": 1, "name": "Down"},
        {"t_ms": 4000, "type": "beat", "step": 1, "side": null, "cycle": 1, "beat": 1, "accent": false},
        {"t_ms": 4500, "type": "cue", "step": 1, "side": null, "text": "Breathe"},
        {"t_ms": 5000, "type": "prepare", "step": 2, "side": "left", "pose": "Pigeon", "duration_ms": 500},
        {"t_ms": 5500, "type": "step", "step": 2, "side": "left", "pose": "Pigeon", "duration_ms": 1000},
        {"t_ms": 6500, "type": "prepare", "step": 2, "side": "right", "pose": "Pigeon", "duration_ms": 500},
        {"t_ms": 7000, "type": "step", "step": 2, "side": "right", "pose": "Pigeon", "duration_ms": 1000},
        {"t_ms": 8000, "type": "end"}
      ]})");
    EXPECT_EQ(json::parse(out), expected);
    EXPECT_EQ(out.find('\n'), std::string::npos);
}

TEST(TimelineJson, KeysComeInTheContractsOrder)
{
    const Routine routine = tiny_routine();
    const ordered_json out =
        ordered_json::parse(timeline_to_json(FittedRoutine{routine, 100, {}}, Timeline(routine)));
    std::vector<std::string> top;
    for (const auto& [key, value] : out.items())
        top.push_back(key);
    EXPECT_EQ(top, (std::vector<std::string>{"id", "title", "total_ms", "fit", "events"}));
    std::vector<std::string> beat;
    for (const auto& [key, value] : out["events"][4].items())
        beat.push_back(key);
    EXPECT_EQ(beat, (std::vector<std::string>{"t_ms", "type", "step", "side", "cycle", "beat",
                                              "accent"}));
}

TEST(TimelineJson, ContractExampleEventsAppearAsTheContractShowsThem)
{
    const Routine routine = contract_example();
    const json out =
        json::parse(timeline_to_json(FittedRoutine{routine, 100, {}}, Timeline(routine)));
    EXPECT_EQ(out["id"], "slow-cat-cow");
    EXPECT_EQ(out["title"], "Slow cat-cow");
    EXPECT_EQ(out["total_ms"], 320000);
    const json& events = out["events"];
    const auto has = [&](const char* text) {
        const json wanted = json::parse(text);
        for (const json& event : events)
            if (event == wanted)
                return true;
        return false;
    };
    EXPECT_EQ(events.front(), json::parse(R"({ "t_ms": 0, "type": "prepare", "step": 0,
        "side": null, "pose": "Tabletop", "duration_ms": 5000 })"));
    EXPECT_TRUE(has(R"({ "t_ms": 5000, "type": "step", "step": 0, "side": null,
        "pose": "Tabletop", "duration_ms": 30000 })"));
    EXPECT_TRUE(has(R"({ "t_ms": 40000, "type": "phase", "step": 1, "side": null, "cycle": 1,
        "phase": 0, "name": "Tip the tailbone up" })"));
    EXPECT_TRUE(has(R"({ "t_ms": 40000, "type": "beat", "step": 1, "side": null, "cycle": 1,
        "beat": 0, "accent": true })"));
    EXPECT_TRUE(has(R"({ "t_ms": 225000, "type": "cue", "step": 2, "side": "left",
        "text": "Keep both hips square." })"));
    EXPECT_EQ(events.back(), json::parse(R"({ "t_ms": 320000, "type": "end" })"));
    // Four instances' prepare and step, 10 cycles of 15 one-second beats and two phases, the
    // cue once per side, the end.
    EXPECT_EQ(events.size(), 4 * 2 + 150 + 20 + 2 + 1u);
}

TEST(TimelineJson, TheFitStandsBesideTheTotalWithWholeNumbersWrittenWhole)
{
    const Routine routine = tiny_routine();
    const auto fit_of = [&](const FitChoices& choices, int scale_percent) {
        const FittedRoutine fitted{routine, scale_percent, choices};
        const std::string out = timeline_to_json(fitted, Timeline(routine));
        const std::size_t begin = out.find(R"("fit":)");
        return out.substr(begin, out.find(R"(,"events")") - begin);
    };
    EXPECT_EQ(fit_of({10.0, 7.5, false}, 87), R"("fit":{"minutes":10,"pace":7.5,"scale":0.87})");
    EXPECT_EQ(fit_of({7.25, std::nullopt, true}, 100),
              R"("fit":{"minutes":7.25,"pace":null,"scale":1})");
    EXPECT_EQ(fit_of({std::nullopt, 5.0, false}, 100),
              R"("fit":{"minutes":null,"pace":5,"scale":1})");
    EXPECT_EQ(fit_of({240.0, std::nullopt, false}, 150),
              R"("fit":{"minutes":240,"pace":null,"scale":1.5})");
    EXPECT_EQ(fit_of({1.0, std::nullopt, false}, 25),
              R"("fit":{"minutes":1,"pace":null,"scale":0.25})");
    // Without a length or a pace there is nothing fitted, easier or not; the key stays.
    EXPECT_EQ(fit_of({std::nullopt, std::nullopt, true}, 100), R"("fit":null)");
}

TEST(TimelineJson, AFittedRoutinePrintsItsOwnTimeline)
{
    const Routine routine = contract_example();
    const FitResult fitted = fit(routine, {std::nullopt, 10.0, false});
    ASSERT_TRUE(fitted.ok());
    const json out =
        json::parse(timeline_to_json(*fitted.fitted, Timeline(fitted.fitted->routine)));
    // Cat-cow's 10 cycles now last 100 s instead of 150 s.
    EXPECT_EQ(out["total_ms"], 320000 - 50000);
    EXPECT_EQ(out["fit"], json::parse(R"({"minutes": null, "pace": 10, "scale": 1})"));
}
