#!/usr/bin/env bash
# The real voice check, run by ctest as audio.voice_check: does the app actually speak?
#
#   voice_check.sh PATH/TO/unclutch
#
# Starts PulseAudio with a null sink (scripts/pulse-null-sink.sh), plays a bundled routine with
# --play (sounds muted, so only the voice can be heard; UNCLUTCH_QUIT_AT_END skips the cautions),
# records the sink's monitor with parec through the get-ready and checks the recording for speech:
# at least MIN_SPEECH_MS of 20 ms windows louder than -40 dBFS. Exits 77 (ctest SKIP_RETURN_CODE)
# with the reason when PulseAudio cannot run here. The app speaks with its built-in voice (ctest
# runs this only in a build that has it).
set -euo pipefail
app=$(realpath "${1:?usage: voice_check.sh PATH/TO/unclutch}")
root=$(cd "$(dirname "$0")/../../.." && pwd)
min_speech_ms=${MIN_SPEECH_MS:-500}
record_s=${RECORD_S:-5}

unset PULSE_SERVER
if ! "$root/scripts/pulse-null-sink.sh" >/dev/null 2>"${TMPDIR:-/tmp}/voice-check-pulse.err"; then
    echo "SKIP: $(cat "${TMPDIR:-/tmp}/voice-check-pulse.err")"
    exit 77
fi
# The app gets fresh settings: keep its way to the server.
. "$root/scripts/pulse-client-env.sh"
pulse_client_env

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
export XDG_CONFIG_HOME=$work/config
mkdir -p "$XDG_CONFIG_HOME/unclutch.github.io"
# Sounds off, voice on: whatever is recorded is the voice.
printf '[sound]\nmuted=true\n\n[voice]\nenabled=true\n' \
    >"$XDG_CONFIG_HOME/unclutch.github.io/unclutch.conf"

parec -d unclutch_null.monitor --format=s16le --rate=16000 --channels=1 --raw \
    >"$work/monitor.raw" &
pids+=($!)
sleep 0.3
QT_QPA_PLATFORM=offscreen UNCLUTCH_QUIT_AT_END=1 "$app" --data-dir "$work/data" \
    --play after-long-sitting >"$work/app.log" 2>&1 &
pids+=($!)
sleep "$record_s"
for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
wait 2>/dev/null || true
pids=()

status=0
python3 - "$work/monitor.raw" "$min_speech_ms" <<'EOF' || status=$?
import array, math, sys
samples = array.array("h")
with open(sys.argv[1], "rb") as f:
    data = f.read()
samples.frombytes(data[: len(data) // 2 * 2])
window = 320  # 20 ms at 16 kHz
loud = 0
peak_db = -120.0
for start in range(0, len(samples) - window + 1, window):
    chunk = samples[start : start + window]
    rms = math.sqrt(sum(s * s for s in chunk) / window) / 32768
    db = 20 * math.log10(rms) if rms > 0 else -120.0
    peak_db = max(peak_db, db)
    if db > -40:
        loud += 1
speech_ms = loud * 20
print(f"recorded {len(samples) / 16000:.1f} s; speech (20 ms windows over -40 dBFS): "
      f"{speech_ms} ms; loudest window {peak_db:.1f} dBFS")
if speech_ms < int(sys.argv[2]):
    print(f"FAIL: less than {sys.argv[2]} ms of speech: the voice was not heard")
    sys.exit(1)
print("voice heard")
EOF
if [[ $status -ne 0 ]]; then
    echo "--- app output"
    cat "$work/app.log"
fi
exit $status
