#!/usr/bin/env bash
# End-to-end event timing of the real app, as the routine format's section 3 defines it:
#   bench/event_lateness.sh [BUILD_DIR] [ROUTINE]      (scripts/run-benchmarks.sh runs it too)
#
# Plays ROUTINE (a file or a bundled id; default after-long-sitting, 5:40) to the end under Xvfb with --event-log, with
# its sounds and voice on a PulseAudio null sink when PulseAudio can run, then checks the log
# against --timeline (scripts/check-event-log.py: every event once, in order, none early) and
# prints the lateness p50, p99 and max. Goal: p99 <= 2 ms. The machine's load is printed with it:
# other work on a small machine delays any timer.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=$(realpath "${1:-$root/build/dev}")
routine=${2:-after-long-sitting}
app=$build/src/app/unclutch
[[ -x "$app" ]] || { echo "not built: $app" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is not installed" >&2; exit 1; }

audio="no audio output (PulseAudio could not run)"
if "$root/scripts/pulse-null-sink.sh" >/dev/null 2>&1; then
    audio="PulseAudio null sink"
    . "$root/scripts/pulse-client-env.sh"
    pulse_client_env
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "event lateness: $routine ($(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), audio: $audio)"
# --play takes a file or a bundled routine's id, --timeline a file.
file=$routine
[[ -f "$file" ]] || file=$root/routines/$routine.json
"$app" --timeline "$file" >"$work/timeline.json"
# Fresh settings and data; UNCLUTCH_QUIT_AT_END skips the cautions and quits at the end.
env -u QT_QPA_PLATFORM XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
    UNCLUTCH_QUIT_AT_END=1 xvfb-run -a -s '-screen 0 1366x768x24' \
    "$app" --data-dir "$work/unclutch" --play "$routine" --event-log "$work/log.jsonl" \
    >"$work/app.log" 2>&1 || { cat "$work/app.log" >&2; exit 1; }
echo "load at the end $(cut -d' ' -f1 /proc/loadavg)"
python3 "$root/scripts/check-event-log.py" "$work/timeline.json" "$work/log.jsonl"
