#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace unclutch::bench {

// Finding ticks in a recording and comparing them with the schedule they were played on.
// Plain functions on plain numbers (no Qt), so that they are easy to read and to check.

struct OnsetOptions {
    int sampleRate = 44100;
    // Energy is measured on short windows: 32 samples is 0.73 ms at 44.1 kHz.
    int window = 32;
    // An onset is where a window's RMS first exceeds this share of the loudest window's RMS…
    double relativeThreshold = 0.1;
    // …but never below this absolute level (full scale = 1), so silence with a little noise
    // gives no onsets at all.
    double minimumThreshold = 0.002;
    // After an onset the detector waits for this much quiet before it accepts another one, so
    // the decay of one tick is not taken for the next.
    double rearmSeconds = 0.030;
};

// Onset times in seconds from the recording's first sample, each refined to the first sample
// whose magnitude reaches the threshold.
std::vector<double> detectOnsets(const std::vector<std::int16_t>& samples,
                                 const OnsetOptions& options = {});

struct Match {
    int tick = 0;
    double scheduled = 0.0; // seconds, on the schedule's clock
    double onset = 0.0;     // seconds, on the schedule's clock (recording start added)
};

// Pairs scheduled ticks with onsets. `recordingStart` is where the recording's first sample lies
// on the schedule's clock (an estimate); onsets are shifted by it. The pairing does not trust it:
// it tries every plausible constant offset between ticks and onsets (0 to `maxLatency` seconds)
// and keeps the one that pairs the most ticks within a quarter of the interval.
std::vector<Match> matchOnsets(const std::vector<double>& scheduled,
                               const std::vector<double>& onsets, double recordingStart,
                               double maxLatency = 1.0);

struct Percentiles {
    double p50 = 0.0;
    double p95 = 0.0;
    double max = 0.0;
};

// Nearest-rank percentiles; all zero for an empty list.
Percentiles percentiles(std::vector<double> values);
double median(std::vector<double> values);
// Population standard deviation; zero for fewer than two values.
double standardDeviation(const std::vector<double>& values);

// Onset minus scheduled time of every match.
std::vector<double> lateness(const std::vector<Match>& matches);
// For consecutive matched ticks: (onset gap) − (scheduled gap). Its spread is the jitter, free of
// any constant latency and of the recording-start estimate.
std::vector<double> interOnsetErrors(const std::vector<Match>& matches);

} // namespace unclutch::bench
