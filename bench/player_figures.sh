#!/usr/bin/env bash
# The player's performance figures, measured on the real app under Xvfb (1366x768x24):
#   bench/player_figures.sh [BUILD_DIR]        (scripts/run-benchmarks.sh runs it too)
#
# 1. Start-up: process start to the first painted main window, `unclutch` (library) beside a
#    bare Qt Widgets window built the same way (bench/first_paint), median of RUNS (10) each.
#    Both print it themselves with UNCLUTCH_REPORT_FIRST_PAINT=1 (see src/app/first_paint_report.h),
#    wall time since the kernel started the process and the CPU time used. Goal: within 1.5x.
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
runs=${RUNS:-10}
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
: >"$work/bare" && : >"$work/app"
for _ in $(seq "$runs"); do
    # Alternated, so a change in the machine's load touches both alike.
    UNCLUTCH_REPORT_FIRST_PAINT=1 "$bare" 2>/dev/null | grep '^first-paint-ms' >>"$work/bare"
    UNCLUTCH_REPORT_FIRST_PAINT=1 "$app" --data-dir "$data" 2>/dev/null |
        grep '^first-paint-ms' >>"$work/app"
done
bare_wall=$(awk '{print $2}' "$work/bare" | median)
bare_cpu=$(awk '{print $4}' "$work/bare" | median)
app_wall=$(awk '{print $2}' "$work/app" | median)
app_cpu=$(awk '{print $4}' "$work/app" | median)
awk -v bw="$bare_wall" -v bc="$bare_cpu" -v aw="$app_wall" -v ac="$app_cpu" -v n="$runs" 'BEGIN {
    printf "start-up to first paint (median of %d): bare Qt window %.0f ms (cpu %.0f ms), unclutch %.0f ms (cpu %.0f ms): %.2fx wall, %.2fx cpu (goal <= 1.5x)\n",
        n, bw, bc, aw, ac, aw / bw, ac / bc }'

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
