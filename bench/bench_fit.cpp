// Google Benchmark: fitting the longest routine the format allows (4 hours, 200 steps) to a
// length, every scale from 25 % to 400 % tried. The budget: under 20 ms.
#include <benchmark/benchmark.h>

#include <string>

#include "core/fit.h"

using namespace unclutch::core;

namespace {

// 200 steps of 67 s with 5 s of get-ready each: exactly 4 hours. Every other step is paced
// (10 cycles of 6.7 s, quarter-second beats), every step has three cues, and every fourth is
// played on both sides, so each rule of section 4 has work to do.
Routine four_hour_routine()
{
    Routine routine;
    routine.title = "Four hours";
    routine.transition = 5;
    for (int i = 0; i < 200; ++i) {
        Step step;
        step.pose = "Step " + std::to_string(i + 1);
        if (i % 2 == 0) {
            step.duration = i % 4 == 0 ? 31 : 67;
        } else {
            step.pacing = Pacing{6.7, 10, 0.25, {{"In", 0.5, {}}, {"Out", 0.5, {}}}, {}};
        }
        if (i % 4 == 0)
            step.sides = {Side::Left, Side::Right}; // 2 × (5 + 31) s = 72 s
        step.cues = {{1, "Settle", {}}, {20.5, "Breathe", {}}, {30, "Soften", {}}};
        routine.steps.push_back(step);
    }
    return routine;
}

void BM_FitFourHoursToALength(benchmark::State& state)
{
    const Routine routine = four_hour_routine();
    const FitChoices choices{static_cast<double>(state.range(0)), std::nullopt, false};
    int scale = 0;
    for (auto _ : state) {
        const FitResult result = fit(routine, choices);
        scale = result.fitted->scale_percent;
        benchmark::DoNotOptimize(result);
    }
    state.counters["total_ms"] = static_cast<double>(total_ms(routine));
    state.counters["scale_percent"] = scale;
}
BENCHMARK(BM_FitFourHoursToALength)->Arg(20)->Arg(240)->Unit(benchmark::kMillisecond);

void BM_FitFourHoursToAPaceAndALength(benchmark::State& state)
{
    const Routine routine = four_hour_routine();
    const FitChoices choices{90.0, 5.0, true};
    for (auto _ : state)
        benchmark::DoNotOptimize(fit(routine, choices));
}
BENCHMARK(BM_FitFourHoursToAPaceAndALength)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
