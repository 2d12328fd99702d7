#!/bin/sh
# Kills a playing Unclutch with SIGKILL, as a crash or a power cut would, and checks that the
# next start closes the session as interrupted with the progress it had written, and that the
# history file is sound. Usage: kill_during_play.sh UNCLUTCH_EXECUTABLE
set -eu

exe=$1
for tool in xvfb-run sqlite3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$tool is not installed: skipped"
        exit 77
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data=$work/data
# No audio output and no speech: the test is about the history, and must not make a sound.
PULSE_SERVER=unix:/nonexistent/unclutch-kill-test
export PULSE_SERVER

# No get-ready: only time in a step counts as practised, and the kill comes 8 s after the start.
cat >"$work/long.json" <<'JSON'
{ "format": 1, "id": "kill-test-long", "title": "Long", "transition": 0,
  "steps": [ { "pose": "Stand", "duration": 60 } ] }
JSON
cat >"$work/short.json" <<'JSON'
{ "format": 1, "id": "kill-test-short", "title": "Short", "transition": 0,
  "steps": [ { "pose": "Stand", "duration": 1 } ] }
JSON

# The shell records its own id and becomes Unclutch, so the kill reaches Unclutch itself and
# not xvfb-run (which then tidies its X server away).
xvfb-run -a sh -c 'echo $$ >"$1"; shift; exec "$@"' sh "$work/pid" \
    "$exe" --play "$work/long.json" --data-dir "$data" >"$work/first.log" 2>&1 &
xvfb=$!
sleep 8
kill -9 "$(cat "$work/pid")"
wait "$xvfb" || true

state=$(sqlite3 "$data/history.sqlite" "SELECT outcome, completed_ms FROM sessions")
echo "after the kill: $state"
case $state in
in_progress\|*) ;;
*)
    echo "FAIL: expected one session in progress"
    cat "$work/first.log"
    exit 1
    ;;
esac

# The next GUI start recovers it; a one-second routine lets the app quit on its own.
UNCLUTCH_QUIT_AT_END=1 timeout 30 xvfb-run -a "$exe" --play "$work/short.json" \
    --data-dir "$data" >"$work/second.log" 2>&1 || {
    echo "FAIL: the second start did not end by itself"
    cat "$work/second.log"
    exit 1
}

row=$(sqlite3 "$data/history.sqlite" \
    "SELECT outcome, completed_ms FROM sessions WHERE routine_id = 'kill-test-long'")
echo "after the restart: $row"
outcome=${row%%|*}
completed=${row#*|}
status=0
if [ "$outcome" != interrupted ]; then
    echo "FAIL: outcome $outcome, expected interrupted"
    status=1
fi
if [ "$completed" -lt 3000 ]; then
    echo "FAIL: $completed ms completed, expected at least 3000"
    status=1
fi
integrity=$(sqlite3 "$data/history.sqlite" "PRAGMA integrity_check")
if [ "$integrity" != ok ]; then
    echo "FAIL: integrity_check says $integrity"
    status=1
fi
exit $status
