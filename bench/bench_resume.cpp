// The first screen's offer to resume: what the app does once the history is open, over 100,000
// sessions with one of "Release the clutch" interrupted an hour ago. Side by side: the history's
// query alone (HistoryStore::latestResumable), and the whole finding (the query, then
// ResumableSession::resolve(): the query, the routine from the library, fitted again, its
// timeline's fingerprint), then the offer made and laid out above the library. It must appear
// without a visible delay (well under 100 ms). The database lives in QDir::tempPath().
#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

#include "app/history/opened_history.h"
#include "app/resumable_session.h"
#include "app/ui/main_window.h"
#include "app/ui/resume_offer.h"
#include "core/timeline.h"
#include "core/timeline_fingerprint.h"
#include "history_seeder.h"
#include "storage/history_store.h"
#include "storage/routine_library.h"

using namespace unclutch;
using storage::HistoryStore;
using storage::SessionRecord;

namespace {

constexpr int kSessions = 100000;
const QDateTime kNow(QDate(2025, 6, 30), QTime(21, 0), Qt::UTC);

struct Fixture {
    QTemporaryDir dir;
    storage::RoutineLibrary library{
        {{QStringLiteral(UNCLUTCH_ROUTINES_DIR), storage::RoutineOrigin::Bundled}}};
    std::unique_ptr<HistoryStore> store;
};

// The session cut short: the first instance done, the second playing.
SessionRecord interrupted(const storage::RoutineEntry& entry)
{
    const core::Timeline timeline(*entry.routine);
    SessionRecord record;
    record.routineId = QStringLiteral("release-the-clutch");
    record.routineTitle = QString::fromStdString(entry.routine->title);
    record.routineFile = entry.path;
    record.start = kNow.addSecs(-3600);
    record.end = kNow.addSecs(-3300);
    record.outcome = storage::SessionOutcome::Interrupted;
    for (const core::Instance& instance : timeline.instances()) {
        storage::StepRecord step;
        step.step = static_cast<int>(instance.step) + 1;
        step.pose = QString::fromStdString(entry.routine->steps[instance.step].pose);
        step.outcome = core::InstanceOutcome::NotReached;
        record.steps << step;
        record.plannedActiveMs += instance.duration_ms();
    }
    record.steps[0].outcome = core::InstanceOutcome::Done;
    record.steps[0].activeMs = timeline.instances()[0].duration_ms();
    record.completedActiveMs = record.steps[0].activeMs;
    record.currentInstance = 1;
    record.timelineFingerprint = QString::fromStdString(core::timeline_fingerprint(timeline));
    return record;
}

Fixture& fixture()
{
    static std::unique_ptr<Fixture> made = [] {
        auto result = std::make_unique<Fixture>();
        const QString path = result->dir.filePath(QStringLiteral("history.sqlite"));
        bench::HistorySeeder seeder(42, QTimeZone(3600));
        bench::seedOrAbort(path, seeder.latest(kSessions, QDate(2025, 6, 29)));
        result->library.reload();
        const storage::RoutineEntry* entry =
            result->library.findById(QStringLiteral("release-the-clutch"));
        result->store = std::make_unique<HistoryStore>(path);
        if (!entry || !result->store->open().ok() ||
            !result->store->addSessions({interrupted(*entry)}).ok())
            std::abort();
        return result;
    }();
    return *made;
}

void BM_LatestResumable(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(fixture().store->latestResumable(kNow));
}
BENCHMARK(BM_LatestResumable)->Unit(benchmark::kMillisecond);

void BM_FindResumable(benchmark::State& state)
{
    for (auto _ : state) {
        const storage::Result<app::ResumableSession> found = app::ResumableSession::resolve(
            fixture().store->latestResumable(kNow).value(), fixture().library);
        if (!found)
            state.SkipWithError("nothing found");
        benchmark::DoNotOptimize(found);
    }
}
BENCHMARK(BM_FindResumable)->Unit(benchmark::kMillisecond);

// Found, made, put above the library and laid out, in a window already shown.
void BM_OfferShown(benchmark::State& state)
{
    app::OpenedHistory history(fixture().store.get(), nullptr);
    app::MainWindow window(fixture().library);
    window.show();
    QApplication::processEvents();
    for (auto _ : state) {
        app::ResumeOffer* offer =
            app::ResumeOffer::showIfAny(&window, &history, fixture().library, kNow);
        if (!offer)
            state.SkipWithError("no offer");
        QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        state.PauseTiming();
        delete offer;
        state.ResumeTiming();
    }
}
BENCHMARK(BM_OfferShown)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char* argv[])
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QApplication app(argc, argv); // the offer is a widget
    fixture();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
