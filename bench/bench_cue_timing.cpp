// Plays a routine of quarter-second beats in real time through the real SessionRunner and,
// in the same event loop at the same time, counts the ticks of naive repeating 250 ms QTimers;
// prints how late (actual − scheduled) each one's events came. Usage:
//   bench_cue_timing [--seconds N]     (default 60; N is rounded to whole 5-second cycles)
#include <QCoreApplication>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <vector>

#include "app/session_runner.h"

using namespace unclutch;
using Clock = std::chrono::steady_clock;

namespace {

double ms_between(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

core::Routine beats_routine(int seconds)
{
    core::Routine routine;
    routine.title = "Quarter-second beats";
    routine.transition = 0;
    core::Step step;
    step.pose = "Cycles";
    step.pacing = core::Pacing{};
    step.pacing->cycle = 5;
    step.pacing->cycles = std::max(1, (seconds + 2) / 5);
    step.pacing->beat = 0.25;
    step.pacing->phases = {{"In", 0.5, {}}, {"Out", 0.5, {}}};
    for (int at = 10; at < step.pacing->cycles * 5; at += 10)
        step.cues.push_back({static_cast<double>(at), "cue", {}});
    routine.steps = {step};
    return routine;
}

// Lateness figures of one way of keeping time, in ms.
class Lateness {
public:
    void add(double scheduled_ms, double late_ms) { m_samples.push_back({scheduled_ms, late_ms}); }

    void print(const char* name) const
    {
        if (m_samples.empty()) {
            std::printf("%-34s no events\n", name);
            return;
        }
        std::vector<double> sorted;
        for (const Sample& sample : m_samples)
            sorted.push_back(sample.late);
        std::sort(sorted.begin(), sorted.end());
        const auto rank = [&](double q) {
            return sorted[static_cast<std::size_t>(std::ceil(q * sorted.size())) - 1];
        };
        const auto early =
            std::count_if(sorted.begin(), sorted.end(), [](double v) { return v < 0; });
        // Drift, two ways: the mean lateness of the last tenth of the events against the first
        // tenth, and the least-squares slope of lateness over scheduled time.
        const std::size_t n = m_samples.size();
        const std::size_t tenth = std::max<std::size_t>(1, n / 10);
        double first = 0;
        double last = 0;
        for (std::size_t i = 0; i < tenth; ++i) {
            first += m_samples[i].late;
            last += m_samples[n - 1 - i].late;
        }
        first /= static_cast<double>(tenth);
        last /= static_cast<double>(tenth);
        double mean_t = 0;
        double mean_l = 0;
        for (const Sample& sample : m_samples) {
            mean_t += sample.scheduled / static_cast<double>(n);
            mean_l += sample.late / static_cast<double>(n);
        }
        double cov = 0;
        double var = 0;
        for (const Sample& sample : m_samples) {
            cov += (sample.scheduled - mean_t) * (sample.late - mean_l);
            var += (sample.scheduled - mean_t) * (sample.scheduled - mean_t);
        }
        const double slope_per_min = var > 0 ? cov / var * 60000.0 : 0.0;
        std::printf("%-34s n=%4zu p50=%6.3f p99=%6.3f max=%7.3f min=%7.3f early=%lld | "
                    "first10%%=%6.3f last10%%=%7.3f slope=%+7.3f ms/min\n",
                    name, n, rank(0.50), rank(0.99), sorted.back(), sorted.front(),
                    static_cast<long long>(early), first, last, slope_per_min);
    }

private:
    struct Sample {
        double scheduled;
        double late;
    };
    std::vector<Sample> m_samples;
};

// A metronome as one might first write it: a repeating 250 ms QTimer, each tick taken to be
// 250 ms after the one before.
class NaiveMetronome {
public:
    NaiveMetronome(Qt::TimerType type, int ticks, Lateness& lateness)
        : m_ticks(ticks)
        , m_lateness(lateness)
    {
        m_timer.setTimerType(type);
        m_timer.setInterval(250);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }

    void start(Clock::time_point origin)
    {
        m_origin = origin;
        m_timer.start();
    }

    bool done() const { return m_count >= m_ticks; }

private:
    void tick()
    {
        ++m_count;
        m_lateness.add(250.0 * m_count, ms_between(m_origin, Clock::now()) - 250.0 * m_count);
        if (done())
            m_timer.stop();
    }

    QTimer m_timer;
    int m_ticks;
    int m_count = 0;
    Lateness& m_lateness;
    Clock::time_point m_origin;
};

int seconds_option(const QStringList& args)
{
    const qsizetype at = args.indexOf(QStringLiteral("--seconds"));
    if (at < 0 || at + 1 >= args.size())
        return 60;
    return std::max(5, args[at + 1].toInt());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const int seconds = seconds_option(QCoreApplication::arguments());
    const core::Routine routine = beats_routine(seconds);

    app::SessionRunner runner(routine);
    Lateness logged;   // as the runner reports it (and the event log writes it)
    Lateness observed; // read again from the clock inside the slot: includes the emit
    Lateness logged_beats;
    QObject::connect(&runner, &app::SessionRunner::eventFired,
                     [&](const core::Event& event, double scheduled_ms, double fired_ms) {
                         const double now_ms = std::chrono::duration<double, std::milli>(
                                                   runner.session().active_time(Clock::now()))
                                                   .count();
                         logged.add(scheduled_ms, fired_ms - scheduled_ms);
                         observed.add(scheduled_ms, now_ms - scheduled_ms);
                         if (event.type == core::EventType::Beat)
                             logged_beats.add(scheduled_ms, fired_ms - scheduled_ms);
                     });

    const auto& instance = runner.session().timeline().instances().front();
    const int ticks = static_cast<int>(instance.duration_ms() / 250);
    Lateness coarse;
    Lateness precise;
    NaiveMetronome naive_coarse(Qt::CoarseTimer, ticks, coarse);
    NaiveMetronome naive_precise(Qt::PreciseTimer, ticks, precise);

    std::printf("playing %lld s: %zu events, %d naive ticks each; lateness in ms "
                "(actual - scheduled)\n",
                static_cast<long long>(runner.session().timeline().total_ms() / 1000),
                runner.session().timeline().events().size(), ticks);
    std::fflush(stdout);

    QTimer check;
    check.setInterval(100);
    QObject::connect(&check, &QTimer::timeout, [&] {
        if (runner.session().state() == core::SessionState::Finished && naive_coarse.done() &&
            naive_precise.done())
            application.quit();
    });
    QTimer::singleShot(0, [&] {
        const auto origin = Clock::now();
        runner.start();
        naive_coarse.start(origin);
        naive_precise.start(origin);
        check.start();
    });
    application.exec();

    logged.print("SessionRunner, all events");
    logged_beats.print("SessionRunner, beats");
    observed.print("SessionRunner, seen in the slot");
    coarse.print("naive repeating QTimer (coarse)");
    precise.print("naive repeating QTimer (precise)");
    std::printf("SessionRunner dropped beats: %zu\n", runner.session().dropped_beats());
    return 0;
}
