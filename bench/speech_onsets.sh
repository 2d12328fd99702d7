#!/usr/bin/env bash
# When is each sentence of the voice heard? (issue 13: within 150 ms of its moment, p95, the
# first sentence included)
#   bench/speech_onsets.sh [BUILD_DIR]      (scripts/run-benchmarks.sh runs it too)
#
# Plays bench/speech_onsets/routine-en.json with an English interface and routine-de.json with a
# German one, each to its end (1:25) under Xvfb with --play --event-log and fresh settings, the
# sounds and the voice on, into a PulseAudio null sink of a PulseAudio server of its own (so no
# other program's sound is recorded with it), recording the sink's monitor with parec. Then
# speech_onsets/analyse.py aligns each recording with its event log on the step-start chimes and
# finds every sentence's first sound: it prints p50, p95 and max of (onset - t_ms), and fails
# when a sentence was dropped or not heard. The machine's load is printed with the figures.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=$(realpath "${1:-$root/build/dev}")
app=$build/src/app/unclutch
[[ -x "$app" ]] || { echo "not built: $app" >&2; exit 1; }
for tool in xvfb-run pulseaudio pactl parec sox python3; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed" >&2; exit 1; }
done

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    # Its own server ends with it (its pid file is under $work/pulse).
    [[ -f "$work/pulse/pid" ]] && kill "$(cat "$work/pulse/pid")" 2>/dev/null || true
    [[ -n "${KEEP:-}" ]] && echo "kept $work" || rm -rf "$work"
}
trap cleanup EXIT

# A server of its own: its socket under $work, anonymous clients, one null sink, no card.
mkdir -p "$work/pulse" "$work/pulse-config"
PULSE_RUNTIME_PATH=$work/pulse XDG_CONFIG_HOME=$work/pulse-config \
    pulseaudio --daemonize=yes --system=false --exit-idle-time=-1 -n \
    --load="module-native-protocol-unix auth-anonymous=1 socket=$work/pulse/native" \
    --log-target=file:"$work/pulse.log" >/dev/null 2>&1 || true
export PULSE_SERVER=unix:$work/pulse/native
for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
pactl info >/dev/null 2>&1 || { echo "PulseAudio could not be started" >&2; cat "$work/pulse.log" >&2; exit 1; }
pactl load-module module-null-sink sink_name=speech_onsets format=s16le rate=44100 channels=1 >/dev/null
pactl set-default-sink speech_onsets

echo "speech onsets ($(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
status=0
for language in ${LANGUAGES:-en de}; do
    locale=en_US.UTF-8
    [[ $language == de ]] && locale=de_DE.UTF-8
    parec -d speech_onsets.monitor --format=s16le --rate=44100 --channels=1 --file-format=wav \
        "$work/$language.wav" &
    pids=($!)
    sleep 0.3
    env -u QT_QPA_PLATFORM XDG_CONFIG_HOME="$work/config-$language" \
        XDG_DATA_HOME="$work/data-$language" LANG=$locale LANGUAGE=$language LC_ALL=$locale \
        UNCLUTCH_QUIT_AT_END=1 xvfb-run -a -s '-screen 0 1366x768x24' \
        "$app" --data-dir "$work/unclutch-$language" \
        --play "$here/speech_onsets/routine-$language.json" --event-log "$work/$language.jsonl" \
        >"$work/app-$language.log" 2>&1 || { cat "$work/app-$language.log" >&2; exit 1; }
    sleep 0.5
    kill "${pids[@]}"
    wait "${pids[@]}" 2>/dev/null || true
    pids=()
    python3 "$here/speech_onsets/analyse.py" "$work/$language.wav" "$work/$language.jsonl" \
        "$language" || status=1
    echo "load $(cut -d' ' -f1 /proc/loadavg)"
done
exit $status
