#!/bin/sh
# Runs the real app through every way it quits mid-session and checks that each one exits
# cleanly (no sanitizer report when built with one: the ASan preset runs this too), in time,
# and leaves the session's record as it should be.
#
#   quit_paths.sh UNCLUTCH_EXECUTABLE signals   SIGTERM, SIGHUP, SIGINT (logout, shutdown,
#                                               Ctrl+C): interrupted, with the progress of the
#                                               moment, and gone within a second
#   quit_paths.sh UNCLUTCH_EXECUTABLE keys      under Xvfb, as a person would: the end of the
#                                               routine, stop (Esc), skip (→) then the end, the
#                                               window's close button, Ctrl+Q
#
# Keys are real X key presses (xdotool) and the close button a real WM_DELETE_WINDOW message
# (close_window.py): these are the paths a person takes, through Qt's own event handling, so no
# test-only hook is needed in the app. Every check reports and goes on (no `set -e`), so one
# run shows every path that failed.
set -u

exe=$1
paths=$2
here=$(dirname "$0")
tools="sqlite3"
[ "$paths" = keys ] && tools="$tools xvfb-run xdotool python3"
for tool in $tools; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$tool is not installed: skipped"
        exit 77
    fi
done
# The key presses need one X server for the whole run.
if [ "$paths" = keys ] && [ -z "${UNCLUTCH_QUIT_PATHS_UNDER_X:-}" ]; then
    UNCLUTCH_QUIT_PATHS_UNDER_X=1 exec xvfb-run -a -s '-screen 0 1366x768x24' \
        sh "$0" "$@"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# No audio output and no speech; fresh settings, so nothing a developer set changes the run.
PULSE_SERVER=unix:/nonexistent/unclutch-quit-paths
XDG_CONFIG_HOME=$work/config
export PULSE_SERVER XDG_CONFIG_HOME
status=0

cat >"$work/long.json" <<'JSON'
{ "format": 1, "id": "quit-long", "title": "Long", "transition": 0,
  "steps": [ { "pose": "Stand", "duration": 120 } ] }
JSON
cat >"$work/short.json" <<'JSON'
{ "format": 1, "id": "quit-short", "title": "Short", "transition": 0,
  "steps": [ { "pose": "Stand", "duration": 1 } ] }
JSON
cat >"$work/two.json" <<'JSON'
{ "format": 1, "id": "quit-two", "title": "Two", "transition": 0,
  "steps": [ { "pose": "Stand", "duration": 120 }, { "pose": "Sit", "duration": 1 } ] }
JSON

fail() {
    echo "FAIL ($name): $*"
    [ -f "$work/$name.log" ] && sed 's/^/    /' "$work/$name.log"
    status=1
}

now_ms() {
    date +%s%3N
}

# The one session's "outcome completed_ms updated_at", or nothing.
record() {
    sqlite3 "$work/$name/history.sqlite" \
        "SELECT outcome || ' ' || completed_ms || ' ' || updated_at FROM sessions" 2>/dev/null || true
}

# Starts the app on routine $1 with the remaining arguments as environment settings. A shell
# starts background jobs with SIGINT ignored, and the app leaves an ignored signal ignored (as
# `nohup` relies on): it gets the defaults back here, as from a terminal.
start() {
    routine=$1
    shift
    env --default-signal=HUP,INT,TERM QT_QPA_PLATFORM="$platform" "$@" \
        "$exe" --play "$work/$routine.json" --data-dir "$work/$name" >"$work/$name.log" 2>&1 &
    pid=$!
}

# Waits until the session is recorded as running (at most 30 s).
wait_for_session() {
    for _ in $(seq 300); do
        [ -n "$(record)" ] && return 0
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    fail "no session was recorded"
    return 1
}

# Waits for the app to end by itself (at most 30 s) and checks how it ended.
wait_for_exit() {
    expected=$1
    for _ in $(seq 300); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill -9 "$pid"
        fail "still running 30 s later"
    fi
    rc=0
    wait "$pid" || rc=$?
    [ "$rc" = "$expected" ] || fail "exit status $rc, expected $expected"
    if grep -q -e 'Sanitizer' -e 'runtime error:' "$work/$name.log"; then
        fail "a sanitizer reported a problem"
    fi
}

expect_outcome() {
    got=$(record)
    case $got in
    "$1 "*) echo "ok ($name): $got" ;;
    *) fail "record '$got', expected $1" ;;
    esac
}

# Waits for the session, then for its window, and gives the window the keyboard.
ready_for_keys() {
    wait_for_session || return 1
    window=$(timeout 30 xdotool search --sync --onlyvisible --class unclutch | head -1)
    if [ -z "$window" ]; then
        fail "no window appeared"
        return 1
    fi
    timeout 10 xdotool windowfocus --sync "$window" || fail "the window did not take the focus"
}

signals() {
    for signal in TERM:15 HUP:1 INT:2; do
        number=${signal#*:}
        signal=${signal%:*}
        name=$signal
        # Sixteen seconds into the session at once, so its progress is well past anything the
        # periodic write could have stored in the second the test waits.
        start long UNCLUTCH_START_AT=16
        wait_for_session || continue
        sleep 1
        before=$(now_ms)
        kill "-$signal" "$pid"
        rc=0
        wait "$pid" || rc=$?
        took=$(($(now_ms) - before))
        [ "$took" -le 1000 ] || fail "took $took ms to quit after SIG$signal"
        echo "SIG$signal: quit in $took ms"
        [ "$rc" = $((128 + number)) ] || fail "exit status $rc after SIG$signal"
        grep -q -e 'Sanitizer' -e 'runtime error:' "$work/$name.log" &&
            fail "a sanitizer reported a problem"
        expect_outcome interrupted
        set -- $(record)
        [ "${2:-0}" -ge 16000 ] || fail "progress $2 ms, expected at least 16000"
        [ "${3:-0}" -ge "$before" ] || fail "progress written at $3, before the signal at $before"
    done
}

keys() {
    name=end
    start short UNCLUTCH_QUIT_AT_END=1
    wait_for_exit 0
    expect_outcome completed

    name=stop
    start long UNCLUTCH_QUIT_AT_END=1 UNCLUTCH_START_AT=16
    ready_for_keys
    # Past 10 s played, the first Esc asks and the second one stops.
    xdotool key Escape
    sleep 0.5
    xdotool key Escape
    wait_for_exit 0
    expect_outcome stopped

    name=skip-then-end
    start two UNCLUTCH_QUIT_AT_END=1
    ready_for_keys
    xdotool key Right
    wait_for_exit 0
    expect_outcome completed

    name=close-button
    start long UNCLUTCH_START_AT=16
    ready_for_keys
    python3 "$here/close_window.py" "$window"
    wait_for_exit 0
    expect_outcome stopped

    name=ctrl-q
    start long UNCLUTCH_START_AT=16
    ready_for_keys
    xdotool key ctrl+q
    wait_for_exit 0
    expect_outcome stopped
}

case $paths in
signals)
    platform=offscreen
    signals
    ;;
keys)
    platform=xcb
    keys
    ;;
*)
    echo "usage: $0 UNCLUTCH_EXECUTABLE signals|keys"
    exit 2
    ;;
esac
exit $status
