// The history window over 100,000 sessions: from constructing it until its table's first page
// has been painted (a real paint event of the table's viewport, offscreen platform). Goal: under
// 200 ms. Also the parts: the first page and its count, and the header's aggregates (days
// practised over the whole history and the lasting-pain rule). The database lives in
// QDir::tempPath() (set TMPDIR to measure another disk).
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

#include "app/history/history_header.h"
#include "app/history/history_window.h"
#include "app/history/session_table_model.h"
#include "history_seeder.h"
#include "storage/history_store.h"

using namespace unclutch;

namespace {

constexpr int kSessions = 100000;

struct SeededHistory {
    QTemporaryDir dir;
    QString path;
};

SeededHistory& history()
{
    static std::unique_ptr<SeededHistory> seeded = [] {
        auto result = std::make_unique<SeededHistory>();
        result->path = result->dir.filePath(QStringLiteral("history.sqlite"));
        bench::HistorySeeder seeder(42, QTimeZone::systemTimeZone());
        bench::seedOrAbort(result->path, seeder.latest(kSessions, QDate::currentDate()));
        std::fprintf(stderr, "seeded %d sessions\n", kSessions);
        return result;
    }();
    return *seeded;
}

// Notes the first paint of the table's viewport that shows rows.
class PaintWatcher : public QObject {
public:
    explicit PaintWatcher(QTableView* table)
        : m_table(table)
    {
        table->viewport()->installEventFilter(this);
    }
    bool painted = false;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_table->model()->rowCount() > 0)
            painted = true;
        return false;
    }

private:
    QTableView* m_table;
};

// The app's store is open before the window is asked for, so opening it is not counted.
void BM_WindowFirstPagePainted(benchmark::State& state)
{
    storage::HistoryStore store(history().path);
    if (!store.open().ok())
        std::abort();
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto window = std::make_unique<app::HistoryWindow>(&store);
        const qint64 constructed = timer.elapsed();
        PaintWatcher watcher(window->table());
        window->show();
        // processEvents returns after the paint it delivered has been done.
        while (!watcher.painted)
            QCoreApplication::processEvents();
        const qint64 painted = timer.elapsed();
        // Then the header, worked out after the first paint.
        while (window->header()->daysText().isEmpty())
            QCoreApplication::processEvents();
        state.counters["constructed_ms"] = double(constructed);
        state.counters["header_ms"] = double(timer.elapsed());
        state.counters["rows"] = window->model()->rowCount();
        state.SetIterationTime(double(painted) / 1000.0);
        state.PauseTiming();
        window.reset();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_WindowFirstPagePainted)
    ->Unit(benchmark::kMillisecond)
    ->UseManualTime()
    ->Iterations(10);

void BM_ModelFirstPage(benchmark::State& state)
{
    storage::HistoryStore store(history().path);
    if (!store.open().ok())
        std::abort();
    app::SessionTableModel model(&store);
    for (auto _ : state) {
        model.setFilter({});
        benchmark::DoNotOptimize(model.rowCount());
    }
}
BENCHMARK(BM_ModelFirstPage)->Unit(benchmark::kMillisecond);

void BM_HeaderAggregates(benchmark::State& state)
{
    storage::HistoryStore store(history().path);
    if (!store.open().ok())
        std::abort();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto _ : state) {
        benchmark::DoNotOptimize(store.daysPractised({}));
        benchmark::DoNotOptimize(store.painPersists(now));
    }
}
BENCHMARK(BM_HeaderAggregates)->Unit(benchmark::kMillisecond);

// The routine filter's choices, read when the window opens.
void BM_Routines(benchmark::State& state)
{
    storage::HistoryStore store(history().path);
    if (!store.open().ok())
        std::abort();
    for (auto _ : state)
        benchmark::DoNotOptimize(store.routines());
}
BENCHMARK(BM_Routines)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char* argv[])
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The window restores its geometry from settings: not from the developer's own.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QApplication app(argc, argv);
    history();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
