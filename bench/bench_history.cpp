// The history view's first page and the runner's progress write, over 100,000 sessions.
// The view must paint its first page within 200 ms; a progress update (WAL, synchronous=FULL,
// so it waits for the disk) should stay under 5 ms. The database lives in QDir::tempPath()
// (set TMPDIR to measure another disk).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

#include "history_seeder.h"
#include "storage/history_store.h"

using namespace unclutch::storage;

namespace {

constexpr int kSessions = 100000;
constexpr int kPage = 100;

struct SeededHistory {
    QTemporaryDir dir;
    QString path;
    QString busiestRoutine;
};

// Seeded once for all benchmarks, in one transaction.
SeededHistory& history()
{
    static std::unique_ptr<SeededHistory> seeded = [] {
        auto result = std::make_unique<SeededHistory>();
        result->path = result->dir.filePath(QStringLiteral("history.sqlite"));
        unclutch::bench::HistorySeeder seeder(42, QTimeZone(3600));
        const QList<SessionRecord> sessions = seeder.latest(kSessions, QDate(2025, 6, 30));
        QElapsedTimer timer;
        timer.start();
        unclutch::bench::seedOrAbort(result->path, sessions);
        const qint64 elapsed = timer.elapsed();
        HistoryStore store(result->path);
        if (!store.open().ok())
            std::abort();
        std::fprintf(stderr, "seeded %lld sessions in %lld ms (one transaction)\n",
                     static_cast<long long>(store.count().value()),
                     static_cast<long long>(elapsed));
        result->busiestRoutine = store.routines()->first().id;
        return result;
    }();
    return *seeded;
}

std::unique_ptr<HistoryStore> openStore()
{
    auto store = std::make_unique<HistoryStore>(history().path);
    if (!store->open().ok())
        std::abort();
    return store;
}

// What the view does to paint: the newest page and the total for its pager.
void BM_FirstPage(benchmark::State& state)
{
    auto store = openStore();
    for (auto _ : state) {
        auto page = store->sessions({}, kPage, 0);
        auto total = store->count();
        benchmark::DoNotOptimize(page);
        benchmark::DoNotOptimize(total);
    }
}
BENCHMARK(BM_FirstPage)->Unit(benchmark::kMillisecond);

void BM_FirstPageOfOneRoutine(benchmark::State& state)
{
    auto store = openStore();
    HistoryFilter filter;
    filter.routineId = history().busiestRoutine;
    for (auto _ : state) {
        auto page = store->sessions(filter, kPage, 0);
        auto total = store->count(filter);
        benchmark::DoNotOptimize(page);
        benchmark::DoNotOptimize(total);
    }
}
BENCHMARK(BM_FirstPageOfOneRoutine)->Unit(benchmark::kMillisecond);

// OFFSET paging walks the skipped rows: the cost grows with the page number.
void BM_MiddlePage(benchmark::State& state)
{
    auto store = openStore();
    for (auto _ : state) {
        auto page = store->sessions({}, kPage, kSessions / 2);
        benchmark::DoNotOptimize(page);
    }
}
BENCHMARK(BM_MiddlePage)->Unit(benchmark::kMillisecond);

// The runner's write at every step boundary and every 5 s: one synced transaction.
void BM_UpdateSession(benchmark::State& state)
{
    auto store = openStore();
    SessionRecord running;
    running.routineId = QStringLiteral("slow-cat-cow");
    running.start = QDateTime::currentDateTimeUtc();
    running.plannedActiveMs = 320000;
    const SessionId id = store->startSession(running).value();
    // A long routine's record: 60 instances, written whole each time.
    SessionProgress progress;
    for (int i = 0; i < 60; ++i) {
        StepRecord step;
        step.step = i / 2 + 1;
        step.side = i % 2 == 0 ? unclutch::core::Side::Left : unclutch::core::Side::Right;
        step.pose = QStringLiteral("Pigeon, back toe tucked");
        step.outcome = unclutch::core::InstanceOutcome::NotReached;
        progress.steps << step;
    }
    int instance = 0;
    for (auto _ : state) {
        progress.completedActiveMs += 5000;
        progress.steps[instance].outcome = unclutch::core::InstanceOutcome::Done;
        progress.steps[instance].activeMs = 60000;
        instance = (instance + 1) % 60;
        progress.currentInstance = instance;
        if (!store->updateSession(id, progress).ok())
            state.SkipWithError("update failed");
    }
    if (!store->deleteSession(id).ok())
        state.SkipWithError("delete failed");
}
BENCHMARK(BM_UpdateSession)->Unit(benchmark::kMillisecond)->UseRealTime();

// Start-up: open with PRAGMA quick_check over the whole file, and the recovery pass.
void BM_OpenAndRecover(benchmark::State& state)
{
    for (auto _ : state) {
        HistoryStore store(history().path);
        if (!store.open().ok())
            state.SkipWithError("open failed");
        benchmark::DoNotOptimize(store.recoverInterrupted(QDateTime::currentDateTimeUtc()));
    }
}
BENCHMARK(BM_OpenAndRecover)->Unit(benchmark::kMillisecond)->UseRealTime();

// The charts over the whole history (a view normally asks for a range).
void BM_WeeklyActivityAll(benchmark::State& state)
{
    auto store = openStore();
    for (auto _ : state)
        benchmark::DoNotOptimize(store->weeklyActivity({}, QTimeZone(3600)));
}
BENCHMARK(BM_WeeklyActivityAll)->Unit(benchmark::kMillisecond);

void BM_PainSeriesLastYear(benchmark::State& state)
{
    auto store = openStore();
    HistoryFilter lastYear;
    lastYear.from = QDateTime(QDate(2024, 7, 1), QTime(0, 0), Qt::UTC);
    for (auto _ : state)
        benchmark::DoNotOptimize(store->painSeries(lastYear));
}
BENCHMARK(BM_PainSeriesLastYear)->Unit(benchmark::kMillisecond);

void BM_PainPersists(benchmark::State& state)
{
    auto store = openStore();
    const QDateTime now(QDate(2025, 6, 30), QTime(20, 0), Qt::UTC);
    for (auto _ : state)
        benchmark::DoNotOptimize(store->painPersists(now, QTimeZone(3600)));
}
BENCHMARK(BM_PainPersists)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char* argv[])
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QCoreApplication app(argc, argv); // Qt SQL wants one
    history();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
