#!/usr/bin/env bash
# The player's performance figures, measured on the real app under Xvfb (1366x768x24):
#   bench/player_figures.sh [BUILD_DIR]        (scripts/run-benchmarks.sh runs it too)
#
# 1. Start-up: `unclutch` (library) beside a bare Qt Widgets window built the same way
#    (bench/first_paint), RUNS (20) alternating pairs, whole processes, medians. Both print, with
#    UNCLUTCH_REPORT_FIRST_PAINT=1, the time from the process's start to its first painted window
#    and their peak memory (VmHWM) then, and quit (src/app/first_paint_report.h); the wall time of
#    the whole process, start to exit, is taken from outside. Ratios are the median of each pair's
#    ratio. Goal: within 1.4x wall, 1.5x peak memory. Then `--play`, which loads the history and
#    the sounds at once, beside the same bare window.
# 2. Peak memory (VmHWM) over a session: the end of "after-long-sitting" (UNCLUTCH_START_AT,
#    UNCLUTCH_QUIT_AT_END). Goal: under 80 MB.
# 3. CPU while the paced cat-cow step of "release-the-clutch" shows (utime+stime over 10 s).
#    Goal: under 5 % of one core.
# 4. Idle in the library: context switches of each thread over 10 s, and the app's main thread
#    (ours) separately. Goal: no wake-ups of ours.
#
# With PulseAudio (scripts/pulse-null-sink.sh) the app plays its sounds and voice to a null sink,
# as on a desktop; without it the figures are taken silent and say so.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=$(realpath "${1:-$root/build/dev}")
runs=${RUNS:-20}
app=$build/src/app/unclutch
bare=$build/bench/unclutch_bare_window
for tool in "$app" "$bare"; do
    [[ -x "$tool" ]] || { echo "not built: $tool" >&2; exit 1; }
done

if [[ -z "${UNCLUTCH_FIGURES_IN_XVFB:-}" ]]; then
    command -v xvfb-run >/dev/null || { echo "xvfb-run is not installed" >&2; exit 1; }
    if "$root/scripts/pulse-null-sink.sh" >/dev/null 2>&1; then
        audio="PulseAudio null sink"
    else
        audio="no audio output (PulseAudio could not run)"
    fi
    # The offscreen platform of run-benchmarks.sh would paint nothing to a screen: use Xvfb.
    exec env -u QT_QPA_PLATFORM UNCLUTCH_FIGURES_IN_XVFB=1 UNCLUTCH_FIGURES_AUDIO="$audio" \
        xvfb-run -a -s '-screen 0 1366x768x24' "$0" "$build"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The config folder is about to change: keep the app's way to PulseAudio.
. "$root/scripts/pulse-client-env.sh"
pulse_client_env || true
# Fresh settings and data: no cautions acknowledged, no history, nothing of the person's touched.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
data=$work/unclutch-data
ticks=$(getconf CLK_TCK)

median() { sort -n | awk '{v[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
cpu_ticks() { awk '{sub(/.*\) /, ""); print $12 + $13}' "/proc/$1/stat"; }
# Waits until the app's window is mapped (the app is up), at most 20 s.
wait_window() {
    local pid=$1
    for _ in $(seq 200); do
        kill -0 "$pid" 2>/dev/null || return 1
        xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    return 1
}
stop_app() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

echo "player figures ($(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), audio: ${UNCLUTCH_FIGURES_AUDIO:-?})"

# 1. Start-up ---------------------------------------------------------------------------------
# One run of "$@": "<first-paint-ms> <cpu-ms> <peak-kb> <whole-process-ms>".
first_paint() {
    local start end line
    start=$EPOCHREALTIME
    line=$(UNCLUTCH_REPORT_FIRST_PAINT=1 "$@" 2>/dev/null | grep '^first-paint-ms' || true)
    end=$EPOCHREALTIME
    awk -v l="$line" -v s="$start" -v e="$end" 'BEGIN {
        split(l, f, " "); printf "%s %s %s %.1f\n", f[2], f[4], f[6], (e - s) * 1000 }'
}
# Alternating pairs of the bare window and "$@"; prints the medians and the pairs' ratios.
startup_pairs() {
    local label=$1
    shift
    : >"$work/pairs"
    for _ in $(seq "$runs"); do
        echo "$(first_paint "$bare") $(first_paint "$@")" >>"$work/pairs"
    done
    local column
    for column in 1 2 3 4 5 6 7 8; do
        awk -v c=$column '{print $c}' "$work/pairs" | median
    done | paste -sd' ' >"$work/medians"
    awk '{printf "%s %s\n", $5 / $1, $8 / $4}' "$work/pairs" >"$work/ratios"
    read -r bfp bcpu bkb bwhole afp acpu akb awhole <"$work/medians"
    local wall_ratio whole_ratio peak_ratio
    wall_ratio=$(awk '{print $1}' "$work/ratios" | median)
    whole_ratio=$(awk '{print $2}' "$work/ratios" | median)
    peak_ratio=$(awk -v a="$akb" -v b="$bkb" 'BEGIN {print a / b}')
    awk -v l="$label" -v n="$runs" -v bfp="$bfp" -v bcpu="$bcpu" -v bkb="$bkb" -v bw="$bwhole" \
        -v afp="$afp" -v acpu="$acpu" -v akb="$akb" -v aw="$awhole" -v r="$wall_ratio" \
        -v wr="$whole_ratio" -v pr="$peak_ratio" 'BEGIN {
        printf "%s, median of %d alternating pairs: first paint %.0f ms vs the bare window'"'"'s %.0f ms (%.2fx wall; cpu %.0f vs %.0f ms), whole process %.0f vs %.0f ms (%.2fx), peak memory at first paint %.1f vs %.1f MiB (%.2fx) (goal <= 1.4x wall, <= 1.5x memory)\n",
            l, n, afp, bfp, r, acpu, bcpu, aw, bw, wr, akb / 1024, bkb / 1024, pr }'
}
startup_pairs "start-up to the library" "$app" --data-dir "$data"
startup_pairs "start-up to --play after-long-sitting" "$app" --data-dir "$data" \
    --play after-long-sitting

# 2. Peak memory over a session ---------------------------------------------------------------
UNCLUTCH_QUIT_AT_END=1 UNCLUTCH_START_AT=300 "$app" --data-dir "$data" --play after-long-sitting \
    >/dev/null 2>&1 &
pid=$!
hwm=0
while kill -0 "$pid" 2>/dev/null; do
    value=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
    [[ -n "$value" ]] && hwm=$value
    sleep 0.2
done
wait "$pid" && status=0 || status=$?
awk -v kb="$hwm" -v s="$status" 'BEGIN {
    printf "peak memory (VmHWM) over the last 40 s of after-long-sitting, played to its end (exit %d): %.1f MB (goal < 80 MB)\n",
        s, kb / 1024 }'

# 3. CPU while a paced step shows --------------------------------------------------------------
# (UNCLUTCH_QUIT_AT_END also skips the cautions page, which would wait for a key.)
UNCLUTCH_QUIT_AT_END=1 UNCLUTCH_START_AT=290 "$app" --data-dir "$data" --play release-the-clutch >/dev/null 2>&1 &
pid=$!
wait_window "$pid"
sleep 2
before=$(cpu_ticks "$pid")
sleep 10
after=$(cpu_ticks "$pid")
stop_app "$pid"
awk -v t="$((after - before))" -v hz="$ticks" 'BEGIN {
    printf "cpu while the paced cat-cow step shows (10 s): %.1f %% of one core (goal < 5 %%)\n",
        100 * t / hz / 10 }'

# 4. Idle in the library ------------------------------------------------------------------------
"$app" --data-dir "$data" >/dev/null 2>&1 &
pid=$!
wait_window "$pid"
sleep 3
switches() {
    for task in /proc/"$1"/task/*; do
        printf '%s %s %s\n' "${task##*/}" "$(tr ' ' '_' <"$task/comm")" \
            "$(awk '/ctxt_switches/ {s += $2} END {print s}' "$task/status")"
    done
}
switches "$pid" | sort >"$work/idle-before"
sleep 10
switches "$pid" | sort >"$work/idle-after"
stop_app "$pid"
join "$work/idle-before" "$work/idle-after" | awk -v main="$pid" '
    { d = $5 - $3; total += d; if ($1 == main) ours = d
      line = line sprintf(" %s:%d", $2, d) }
    END { printf "idle in the library, context switches in 10 s: main thread (ours) %d, all threads %d; per thread:%s (goal: none of ours)\n",
        ours, total, line }'
