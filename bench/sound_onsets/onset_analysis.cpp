#include "onset_analysis.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numeric>

namespace unclutch::bench {

std::vector<double> detectOnsets(const std::vector<std::int16_t>& samples,
                                 const OnsetOptions& options)
{
    const std::size_t window = static_cast<std::size_t>(std::max(1, options.window));
    const std::size_t windows = samples.size() / window;
    std::vector<double> rms(windows);
    for (std::size_t w = 0; w < windows; ++w) {
        double sum = 0.0;
        for (std::size_t i = w * window; i < (w + 1) * window; ++i) {
            const double x = samples[i] / 32768.0;
            sum += x * x;
        }
        rms[w] = std::sqrt(sum / static_cast<double>(window));
    }
    const double loudest = rms.empty() ? 0.0 : *std::max_element(rms.begin(), rms.end());
    const double threshold =
        std::max(options.minimumThreshold, options.relativeThreshold * loudest);

    const std::size_t rearmWindows = static_cast<std::size_t>(
        std::ceil(options.rearmSeconds * options.sampleRate / static_cast<double>(window)));
    std::vector<double> onsets;
    bool armed = true;
    std::size_t quiet = 0;
    for (std::size_t w = 0; w < windows; ++w) {
        if (armed && rms[w] >= threshold) {
            // The window's energy crossed; the sound itself began a little earlier, at the first
            // sample loud enough in this window or the one before.
            const std::size_t from = (w > 0 ? w - 1 : 0) * window;
            std::size_t first = w * window;
            for (std::size_t i = from; i < (w + 1) * window; ++i) {
                if (std::abs(samples[i] / 32768.0) >= threshold) {
                    first = i;
                    break;
                }
            }
            onsets.push_back(static_cast<double>(first) / options.sampleRate);
            armed = false;
            quiet = 0;
        } else if (!armed) {
            quiet = rms[w] < threshold / 2 ? quiet + 1 : 0;
            if (quiet >= rearmWindows)
                armed = true;
        }
    }
    return onsets;
}

namespace {

double interval(const std::vector<double>& scheduled)
{
    if (scheduled.size() < 2)
        return 1.0;
    return (scheduled.back() - scheduled.front()) / static_cast<double>(scheduled.size() - 1);
}

// Pairs each tick with the nearest unused onset to `scheduled + offset`, within `tolerance`.
std::vector<Match> pairUp(const std::vector<double>& scheduled, const std::vector<double>& onsets,
                          double offset, double tolerance)
{
    std::vector<Match> matches;
    std::vector<bool> used(onsets.size(), false);
    for (std::size_t i = 0; i < scheduled.size(); ++i) {
        const double expected = scheduled[i] + offset;
        std::size_t best = onsets.size();
        for (std::size_t j = 0; j < onsets.size(); ++j) {
            if (used[j] || std::abs(onsets[j] - expected) > tolerance)
                continue;
            if (best == onsets.size() ||
                std::abs(onsets[j] - expected) < std::abs(onsets[best] - expected))
                best = j;
        }
        if (best < onsets.size()) {
            used[best] = true;
            matches.push_back({static_cast<int>(i), scheduled[i], onsets[best]});
        }
    }
    return matches;
}

} // namespace

std::vector<Match> matchOnsets(const std::vector<double>& scheduled,
                               const std::vector<double>& onsets, double recordingStart,
                               double maxLatency)
{
    std::vector<double> shifted(onsets);
    for (double& onset : shifted)
        onset += recordingStart;
    const double tolerance = interval(scheduled) / 4;

    std::vector<Match> best;
    double bestSpread = 0.0;
    for (const double tick : scheduled) {
        for (const double onset : shifted) {
            const double offset = onset - tick;
            if (offset < -tolerance || offset > maxLatency)
                continue;
            std::vector<Match> matches = pairUp(scheduled, shifted, offset, tolerance);
            const std::vector<double> late = lateness(matches);
            const double spread = standardDeviation(late);
            if (matches.size() > best.size() ||
                (matches.size() == best.size() && spread < bestSpread)) {
                best = std::move(matches);
                bestSpread = spread;
            }
        }
    }
    return best;
}

Percentiles percentiles(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const auto rank = [&values](double p) {
        const auto index = static_cast<std::size_t>(std::ceil(p * values.size())) - 1;
        return values[std::min(index, values.size() - 1)];
    };
    return {rank(0.50), rank(0.95), values.back()};
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

double standardDeviation(const std::vector<double>& values)
{
    if (values.size() < 2)
        return 0.0;
    const double mean =
        std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
    double sum = 0.0;
    for (const double value : values)
        sum += (value - mean) * (value - mean);
    return std::sqrt(sum / static_cast<double>(values.size()));
}

std::vector<double> lateness(const std::vector<Match>& matches)
{
    std::vector<double> values;
    values.reserve(matches.size());
    for (const Match& match : matches)
        values.push_back(match.onset - match.scheduled);
    return values;
}

std::vector<double> interOnsetErrors(const std::vector<Match>& matches)
{
    std::vector<double> values;
    for (std::size_t i = 1; i < matches.size(); ++i) {
        if (matches[i].tick != matches[i - 1].tick + 1)
            continue;
        values.push_back((matches[i].onset - matches[i - 1].onset) -
                         (matches[i].scheduled - matches[i - 1].scheduled));
    }
    return values;
}

} // namespace unclutch::bench
