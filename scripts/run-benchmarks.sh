#!/usr/bin/env bash
# Runs every benchmark in bench/ built under the given build folder and prints its figures.
set -euo pipefail
build_dir=${1:-build/dev}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
shopt -s nullglob
found=0
for bench in "$build_dir"/bench/bench_*; do
    [[ -x "$bench" ]] || continue
    found=1
    echo "=== $(basename "$bench")"
    "$bench"
done
[[ $found -eq 1 ]] || { echo "no benchmarks built in $build_dir/bench" >&2; exit 1; }

# The player's figures run the real app under Xvfb (start-up, memory, CPU, idle wake-ups), a
# whole routine with --event-log for the lateness of its events (5:40), and the voice's onsets.
if [[ -x "$build_dir/bench/unclutch_bare_window" ]] && command -v xvfb-run >/dev/null; then
    echo "=== player_figures.sh"
    "$(dirname "$0")/../bench/player_figures.sh" "$build_dir"
    echo "=== event_lateness.sh"
    "$(dirname "$0")/../bench/event_lateness.sh" "$build_dir"
    # The voice: each sentence's first sound against its moment, English and German (2 × 1:25).
    echo "=== speech_onsets.sh"
    "$(dirname "$0")/../bench/speech_onsets.sh" "$build_dir"
fi
