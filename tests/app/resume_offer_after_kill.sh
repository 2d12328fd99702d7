#!/bin/sh
# Kills a playing Unclutch with SIGKILL in its second step, then starts the app as a person
# would: its first screen offers the session, R resumes it, and it plays to its end in the same
# record, resumed once. Usage: resume_offer_after_kill.sh UNCLUTCH_EXECUTABLE
set -eu

exe=$1
. "$(dirname "$0")/killed_app_env.sh"
if ! command -v xdotool >/dev/null 2>&1; then
    echo "xdotool is not installed: skipped"
    exit 77
fi
fail() {
    echo "FAIL: $*"
    cat "$work"/*.log
    exit 1
}

cat >"$work/three.json" <<'JSON'
{ "format": 1, "id": "offer-test", "title": "Three steps", "transition": 2,
  "steps": [ { "pose": "Stand", "duration": 3 },
             { "pose": "Sit", "duration": 8 },
             { "pose": "Lie down", "duration": 2 } ] }
JSON

kill_in_second_instance "$work/three.json" || fail "the session never reached its second step"

# The app as a person starts it, on the X server (not offscreen, as the tests' environment may
# ask), so that keys reach it; R is pressed until the offer has taken it (the offer comes just
# after the first paint), and the session, resumed, quits the app at its end.
QT_QPA_PLATFORM=xcb UNCLUTCH_QUIT_AT_END=1 timeout 60 xvfb-run -a sh -c '
    exe=$1 data=$2 db=$2/history.sqlite
    "$exe" --data-dir "$data" & app=$!
    xdotool search --sync --onlyvisible --class unclutch >/dev/null
    tries=0
    while [ "$(sqlite3 "$db" "SELECT resumed FROM sessions" 2>/dev/null)" != 1 ]; do
        tries=$((tries + 1))
        [ "$tries" -lt 40 ] || { kill "$app"; exit 1; }
        xdotool key r
        sleep 0.25
    done
    wait "$app"' sh "$exe" "$data" >"$work/offer.log" 2>&1 ||
    fail "the offer did not resume the session, or it did not end by itself"

row=$(sqlite3 "$data/history.sqlite" \
    "SELECT count(*), outcome, resumed, planned_ms, completed_ms FROM sessions")
echo "after the resume: $row"
[ "$row" = "1|completed|1|13000|13000" ] ||
    fail "expected one record completed, resumed once, 13000 of 13000 ms; got $row"
