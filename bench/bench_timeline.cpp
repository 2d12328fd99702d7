// Google Benchmark: expanding long timelines, and the per-call cost of the session's hot path.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdint>
#include <optional>

#include "core/session.h"
#include "core/timeline.h"
#include "core/timeline_json.h"

using namespace unclutch::core;

namespace {

// `hours` one-hour paced steps with 0.25 s beats (240 beats per 60 s cycle): 14,400 beats an
// hour, 57,600 for the contract's longest routine of 4 hours.
Routine long_routine(std::int64_t hours)
{
    Routine routine;
    routine.title = "Long";
    routine.transition = 0;
    Step step;
    step.pose = "Slow cycles";
    step.pacing = Pacing{};
    step.pacing->cycle = 60;
    step.pacing->cycles = 60;
    step.pacing->beat = 0.25;
    step.pacing->phases = {{"In", 0.5, {}}, {"Out", 0.5, {}}};
    step.cues = {{30, "Soften the jaw", {}}, {1800, "Half way", {}}};
    routine.steps.assign(static_cast<std::size_t>(hours), step);
    return routine;
}

void BM_ExpandTimeline(benchmark::State& state)
{
    const Routine routine = long_routine(state.range(0));
    std::size_t events = 0;
    for (auto _ : state) {
        Timeline timeline(routine);
        events = timeline.events().size();
        benchmark::DoNotOptimize(timeline);
    }
    state.counters["events"] = static_cast<double>(events);
}
BENCHMARK(BM_ExpandTimeline)->Arg(1)->Arg(4)->Unit(benchmark::kMillisecond);

void BM_TimelineJson(benchmark::State& state)
{
    const Routine routine = long_routine(state.range(0));
    const Timeline timeline(routine);
    const FittedRoutine fitted{routine, 100, {}};
    for (auto _ : state)
        benchmark::DoNotOptimize(timeline_to_json(fitted, timeline));
}
BENCHMARK(BM_TimelineJson)->Arg(1)->Arg(4)->Unit(benchmark::kMillisecond);

const Session::TimePoint t0 = Session::TimePoint{} + std::chrono::hours(1);

// One wake of a runner: ask for the deadline, then take what is due at it (one event, mostly).
void BM_SessionWake(benchmark::State& state)
{
    const Timeline timeline(long_routine(state.range(0)));
    std::optional<Session> session;
    for (auto _ : state) {
        if (!session || !session->next_deadline()) {
            state.PauseTiming();
            session.emplace(timeline);
            session->start(t0);
            state.ResumeTiming();
        }
        const auto deadline = session->next_deadline();
        benchmark::DoNotOptimize(session->due(*deadline));
    }
    state.counters["events"] = static_cast<double>(timeline.events().size());
}
BENCHMARK(BM_SessionWake)->Arg(1)->Arg(4);

// next_deadline() alone, at a cursor half way through the timeline.
void BM_SessionNextDeadline(benchmark::State& state)
{
    Session session{Timeline(long_routine(state.range(0)))};
    session.start(t0);
    const auto half = t0 + std::chrono::milliseconds(session.timeline().total_ms() / 2);
    while (session.next_deadline() < half)
        session.due(*session.next_deadline());
    for (auto _ : state)
        benchmark::DoNotOptimize(session.next_deadline());
}
BENCHMARK(BM_SessionNextDeadline)->Arg(1)->Arg(4);

// What a view asks at every repaint: where in the instance and the pacing (a binary search).
void BM_SessionProgressAndPace(benchmark::State& state)
{
    Session session{Timeline(long_routine(state.range(0)))};
    session.start(t0);
    const auto half = t0 + std::chrono::milliseconds(session.timeline().total_ms() / 2 + 123);
    for (auto _ : state) {
        benchmark::DoNotOptimize(session.progress(half));
        benchmark::DoNotOptimize(session.pace(half));
    }
}
BENCHMARK(BM_SessionProgressAndPace)->Arg(1)->Arg(4);

} // namespace

BENCHMARK_MAIN();
