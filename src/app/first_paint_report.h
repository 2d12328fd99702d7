#pragma once

#include <functional>
#include <optional>

class QWidget;

namespace unclutch::app {

// Calls `callback` once, from the event loop, right after `window` has first been painted (its
// paint event, its children's and the flush to the screen are one pass; the callback comes after
// it). For work a person does not need to see the first window: it starts sooner without it.
void callAfterFirstPaint(QWidget* window, std::function<void()> callback);

// A measurement switch for bench/player_figures.sh: with UNCLUTCH_REPORT_FIRST_PAINT=1 in the
// environment, right after `window` is first painted the app prints
// "first-paint-ms N cpu-ms C peak-kb K" on standard output and quits. N: milliseconds since the
// process started, as the kernel recorded it, so the dynamic loader and everything before main()
// count too (−1 when unknown); C: the CPU time all its threads used until then, which a busy
// machine inflates less than N; K: the peak resident memory so far (VmHWM, −1 when unknown).
// Returns whether the variable asked for it. The bare Qt window of bench/first_paint is built from
// this same file, so both are measured the same way.
bool reportFirstPaintIfRequested(QWidget* window);

// The peak resident set size of this process so far, in KiB (/proc/self/status's VmHWM).
std::optional<long long> peakMemoryKb();

// Milliseconds since this process started, from /proc/self/stat's start time (whole clock ticks,
// 10 ms on Linux, so up to one tick more than the truth) and CLOCK_BOOTTIME.
std::optional<double> millisecondsSinceProcessStart();

} // namespace unclutch::app
