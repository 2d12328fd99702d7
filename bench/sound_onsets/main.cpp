// bench_sound_onsets: do the beat ticks really sound, and on time?
//
// 1. scripts/pulse-null-sink.sh makes sure a PulseAudio server runs with a null sink
//    "unclutch_null" as the default output (starting a daemon if none runs).
// 2. The app's SoundPlayer (preloaded sounds, one open output stream) plays N ticks on a precise
// schedule: one
//    single-shot Qt::PreciseTimer re-armed from std::chrono::steady_clock for each tick, as the
//    session runner does.
// 3. parec records the sink's monitor meanwhile; the onsets are found in the recording (RMS of
//    0.7 ms windows against a threshold) and paired with the schedule.
// 4. Printed per interval: onsets found vs ticks played; lateness of each onset against its
//    scheduled time (the recording is placed on the steady clock by the arrival times of its
//    data, so this includes the output latency) as p50/p95/max; and the jitter, the standard
//    deviation of the inter-onset error ((onset gap) − (scheduled gap)), which does not depend on
//    that placement at all.
//
// Usage: bench_sound_onsets [--check] [--ticks N] [--intervals MS[,MS…]] [--save PREFIX]
//   default: 40 ticks at 250 ms and 40 at 1000 ms, figures only (exit 0; also when PulseAudio
//   cannot run here, with a note).
//   UNCLUTCH_BENCH_VERBOSE=1 also prints every tick's lateness.
//   --check: 20 ticks at 250 ms; exit 0 when onsets found = ticks played ± 1, 1 when not, and 77
//   (ctest's skip) when PulseAudio cannot run here.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "app/audio/sound_player.h"
#include "monitor_recorder.h"
#include "onset_analysis.h"
#include "tick_scheduler.h"

using namespace unclutch;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kSkip = 77;
constexpr double kGoalP95Ms = 30.0;
constexpr double kGoalJitterMs = 3.0;

struct Options {
    bool check = false;
    // Where to write each recording (PREFIX-<interval>ms.wav), for a listen or a look in an editor.
    QString savePrefix;
    int ticks = 40;
    QList<int> intervalsMs{250, 1000};
};

struct Result {
    int played = 0;
    int found = 0;
    int matched = 0;
};

void waitFor(std::chrono::milliseconds duration)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < duration.count())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

double ms(double seconds)
{
    return seconds * 1000.0;
}

double seconds(Clock::duration duration)
{
    return std::chrono::duration<double>(duration).count();
}

// Runs the null-sink script; the previous default sink (to restore) on success.
std::optional<QString> preparePulseAudio(QString* why)
{
    QProcess script;
    script.start(QStringLiteral(UNCLUTCH_SOURCE_DIR "/scripts/pulse-null-sink.sh"), {});
    if (!script.waitForFinished(20000) || script.exitStatus() != QProcess::NormalExit ||
        script.exitCode() != 0) {
        *why = QString::fromLocal8Bit(script.readAllStandardError()).trimmed();
        if (why->isEmpty())
            *why = script.errorString();
        return std::nullopt;
    }
    QString previous;
    const QString out = QString::fromLocal8Bit(script.readAllStandardOutput());
    for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("previous-default-sink=")))
            previous = line.section(QLatin1Char('='), 1);
        else
            std::printf("pulse-null-sink.sh: %s\n", qPrintable(line));
    }
    return previous;
}

bool waitUntilAvailable(const app::SoundPlayer& player)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) {
        if (player.isAvailable())
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return false;
}

// A plain 44-byte-header WAV file of mono 16-bit samples.
void saveWav(const QString& path, const std::vector<std::int16_t>& samples)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    const auto le = [&file](std::uint32_t value, int bytes) {
        for (int i = 0; i < bytes; ++i)
            file.putChar(static_cast<char>((value >> (8 * i)) & 0xFF));
    };
    const auto dataBytes = static_cast<std::uint32_t>(samples.size() * 2);
    const std::uint32_t rate = bench::MonitorRecorder::kSampleRate;
    file.write("RIFF");
    le(36 + dataBytes, 4);
    file.write("WAVEfmt ");
    le(16, 4);
    le(1, 2);
    le(1, 2);
    le(rate, 4);
    le(rate * 2, 4);
    le(2, 2);
    le(16, 2);
    file.write("data");
    le(dataBytes, 4);
    file.write(reinterpret_cast<const char*>(samples.data()), dataBytes);
}

Result runInterval(app::SoundPlayer& player, int ticks, int intervalMs, const QString& savePrefix,
                   QString* error)
{
    bench::MonitorRecorder recorder(QStringLiteral("unclutch_null.monitor"));
    if (!recorder.start()) {
        *error = recorder.error();
        return {};
    }
    const auto first = Clock::now() + std::chrono::milliseconds(300);
    bench::TickScheduler scheduler(first, std::chrono::milliseconds(intervalMs), ticks,
                                   [&player](int) { player.playBeat(false); });
    scheduler.start();
    while (!scheduler.isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    waitFor(std::chrono::milliseconds(700));
    recorder.stop();
    if (!savePrefix.isEmpty())
        saveWav(QStringLiteral("%1-%2ms.wav").arg(savePrefix).arg(intervalMs), recorder.samples());

    const std::vector<double> onsets = bench::detectOnsets(recorder.samples());
    std::vector<double> scheduled;
    std::vector<double> callLateness;
    for (int i = 0; i < ticks; ++i) {
        scheduled.push_back(seconds(scheduler.scheduled(i) - first));
        callLateness.push_back(ms(seconds(scheduler.called()[i] - scheduler.scheduled(i))));
    }
    const double recordingStart = seconds(*recorder.startTime() - first);
    const std::vector<bench::Match> matches = bench::matchOnsets(scheduled, onsets, recordingStart);

    std::vector<double> lateMs;
    for (const double late : bench::lateness(matches))
        lateMs.push_back(ms(late));
    std::vector<double> interMs;
    for (const double gapError : bench::interOnsetErrors(matches))
        interMs.push_back(ms(gapError));
    if (qEnvironmentVariableIsSet("UNCLUTCH_BENCH_VERBOSE")) {
        std::printf("  lateness per tick (ms):");
        for (const double value : lateMs)
            std::printf(" %.1f", value);
        std::printf("\n");
    }
    const bench::Percentiles calls = bench::percentiles(callLateness);
    const bench::Percentiles late = bench::percentiles(lateMs);
    const double jitter = bench::standardDeviation(interMs);

    std::printf("interval %d ms: %d ticks played, %zu onsets found, %zu paired with the schedule "
                "(recorded %.1f s)\n",
                intervalMs, ticks, onsets.size(), matches.size(),
                static_cast<double>(recorder.samples().size()) /
                    bench::MonitorRecorder::kSampleRate);
    std::printf("  timer: play() called after its time by p50 %.2f ms, p95 %.2f ms, max %.2f ms\n",
                calls.p50, calls.p95, calls.max);
    if (!matches.empty()) {
        std::printf("  onset lateness vs schedule (includes output latency): p50 %.1f ms, "
                    "p95 %.1f ms, max %.1f ms\n",
                    late.p50, late.p95, late.max);
        std::printf("  jitter: sd of inter-onset error %.2f ms (sd of lateness %.2f ms, median "
                    "lateness %.1f ms)\n",
                    jitter, bench::standardDeviation(lateMs), bench::median(lateMs));
        std::printf("  goal p95 <= %.0f ms: %s; jitter <= %.0f ms: %s\n", kGoalP95Ms,
                    late.p95 <= kGoalP95Ms ? "met" : "MISSED", kGoalJitterMs,
                    jitter <= kGoalJitterMs ? "met" : "MISSED");
    }
    return {ticks, static_cast<int>(onsets.size()), static_cast<int>(matches.size())};
}

Options parseOptions(const QStringList& arguments)
{
    Options options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--check")) {
            options.check = true;
            options.ticks = 20;
            options.intervalsMs = {250};
        } else if (argument == QLatin1String("--ticks") && i + 1 < arguments.size()) {
            options.ticks = std::max(2, arguments.at(++i).toInt());
        } else if (argument == QLatin1String("--save") && i + 1 < arguments.size()) {
            options.savePrefix = arguments.at(++i);
        } else if (argument == QLatin1String("--intervals") && i + 1 < arguments.size()) {
            options.intervalsMs.clear();
            for (const QString& value : arguments.at(++i).split(QLatin1Char(',')))
                options.intervalsMs << std::max(100, value.toInt());
        } else {
            std::fprintf(stderr, "usage: bench_sound_onsets [--check] [--ticks N] "
                                 "[--intervals MS[,MS...]] [--save PREFIX]\n");
            std::exit(2);
        }
    }
    return options;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(QCoreApplication::arguments());

    // The harness changes the volume: never in the user's settings.
    QTemporaryDir settingsDir;
    QCoreApplication::setOrganizationName(QStringLiteral("UnclutchBench"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    std::printf("bench_sound_onsets: beat ticks through SoundPlayer to a PulseAudio null sink, "
                "recorded from its monitor\n");
    QString why;
    // Before any Qt audio object: Qt connects to PulseAudio once, when first asked.
    const std::optional<QString> previousSink = preparePulseAudio(&why);
    if (!previousSink) {
        std::printf("skipped: PulseAudio cannot run here: %s\n", qPrintable(why));
        return options.check ? kSkip : 0;
    }

    int status = 0;
    {
        app::SoundPlayer player;
        player.setVolume(100);
        if (!waitUntilAvailable(player)) {
            std::printf("FAILED: PulseAudio runs but the player has no output: "
                        "%s\n",
                        qPrintable(player.unavailableReason()));
            status = 1;
        } else {
            std::printf("output: %s (%s)\n", qPrintable(player.device().description()),
                        player.device().id().constData());
            // The player's stream clock settles in its first second; in the app the stream is
            // open long before a session starts.
            waitFor(std::chrono::milliseconds(1500));
            for (const int intervalMs : options.intervalsMs) {
                QString error;
                const Result result =
                    runInterval(player, options.ticks, intervalMs, options.savePrefix, &error);
                if (!error.isEmpty()) {
                    std::printf("FAILED: %s\n", qPrintable(error));
                    status = 1;
                } else if (std::abs(result.found - result.played) > 1 ||
                           result.matched < result.played - 1) {
                    std::printf("FAILED: %d ticks played but %d onsets found, %d on schedule\n",
                                result.played, result.found, result.matched);
                    status = 1;
                }
            }
        }
    }

    if (!previousSink->isEmpty())
        QProcess::execute(QStringLiteral("pactl"),
                          {QStringLiteral("set-default-sink"), *previousSink});
    if (!options.check)
        return status;
    std::printf("%s\n", status == 0 ? "sound check passed" : "sound check FAILED");
    return status;
}
