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
