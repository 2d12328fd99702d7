#!/usr/bin/env bash
# The real voice check, run by ctest as audio.voice_check: does the app actually speak, in
# English and in German?
#
#   voice_check.sh PATH/TO/unclutch
#
# Starts PulseAudio with a null sink (scripts/pulse-null-sink.sh), plays a bundled routine with
# --play and --event-log (sounds muted, so only the voice can be heard; UNCLUTCH_QUIT_AT_END
# skips the cautions), once with an English interface, once with a German one, and once an own
# routine whose `language` is "de" with an English interface (the routine's language picks the
# voice), records the
# sink's monitor with parec through the get-ready and checks the recording for speech: at least
# MIN_SPEECH_MS of 20 ms windows louder than -40 dBFS. The event log must say the get-ready was
# spoken in that language. Exits 77 (ctest SKIP_RETURN_CODE) with the reason when PulseAudio
# cannot run here. The app speaks with its built-in voices, flite for English and eSpeak NG for
# German (ctest runs this only in a build that has them).
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

# An own routine written in German, played with an English interface.
cat >"$work/ruecken.json" <<'EOF_JSON'
{ "format": 1, "title": "Rücken lösen", "language": "de", "transition": 4,
  "steps": [ { "pose": "Entspannte Rückenlage", "duration": 20,
               "instructions": "Knie aufgestellt, Füße hüftbreit, Arme locker neben dem Körper." } ] }
EOF_JSON

status=0
# case: LANGUAGE  LOCALE  ROUTINE  the language the log must name
for case in "en en_US.UTF-8 after-long-sitting en" "de de_DE.UTF-8 after-long-sitting de" \
            "en en_US.UTF-8 $work/ruecken.json de"; do
read -r interface locale routine language <<<"$case"
parec -d unclutch_null.monitor --format=s16le --rate=16000 --channels=1 --raw \
    >"$work/monitor.raw" &
pids+=($!)
sleep 0.3
LANG=$locale LANGUAGE=$interface LC_ALL=$locale QT_QPA_PLATFORM=offscreen UNCLUTCH_QUIT_AT_END=1 \
    "$app" --data-dir "$work/data" --play "$routine" \
    --event-log "$work/log.jsonl" >"$work/app.log" 2>&1 &
pids+=($!)
sleep "$record_s"
for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
wait 2>/dev/null || true
pids=()

echo "--- interface $interface, $(basename "$routine"), spoken in $language"
python3 - "$work/monitor.raw" "$min_speech_ms" "$work/log.jsonl" "$language" <<'EOF_PY' || status=1
import array, json, math, sys
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
with open(sys.argv[3], encoding="utf-8") as f:
    spoken = [e for e in map(json.loads, filter(str.strip, f)) if e["type"] == "speech"]
failed = False
if speech_ms < int(sys.argv[2]):
    print(f"FAIL: less than {sys.argv[2]} ms of speech: the voice was not heard")
    failed = True
if not spoken or spoken[0]["t_ms"] != 0 or spoken[0]["language"] != sys.argv[4]:
    print(f"FAIL: the event log has no get-ready spoken in {sys.argv[4]}: {spoken[:1]}")
    failed = True
else:
    print(f"spoken at {spoken[0]['fired_ms']:.1f} ms: {spoken[0]['text']}")
if failed:
    sys.exit(1)
print("voice heard")
EOF_PY
done
if [[ $status -ne 0 ]]; then
    echo "--- app output"
    cat "$work/app.log"
fi
exit $status
