# Sourced by the tests that kill a real Unclutch (kill_during_play.sh, resume_after_kill.sh,
# resume_offer_after_kill.sh):
# skips (exit 77) without xvfb-run or sqlite3, makes $work (removed at the exit) with $data for
# the data folder, and keeps the app silent: the tests are about the history, and must not make
# a sound. Needs $exe set to the executable.
for tool in xvfb-run sqlite3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$tool is not installed: skipped"
        exit 77
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data=$work/data
PULSE_SERVER=unix:/nonexistent/unclutch-kill-test
export PULSE_SERVER

# Plays the routine file $1 in a real Unclutch under Xvfb and kills it with SIGKILL once its
# second step instance has played a few seconds (its start is written at the boundary, its
# progress every 5 s), as a crash or a power cut would; false when it never gets there.
kill_in_second_instance() {
    # The shell records its own id and becomes Unclutch, so the kill reaches Unclutch itself.
    xvfb-run -a sh -c 'echo $$ >"$1"; shift; exec "$@"' sh "$work/pid" \
        "$exe" --play "$1" --data-dir "$data" >"$work/first.log" 2>&1 &
    xvfb=$!
    tries=0
    until [ "$(sqlite3 "$data/history.sqlite" \
        "SELECT current_instance FROM sessions WHERE completed_ms > 3000" 2>/dev/null)" = 1 ]; do
        tries=$((tries + 1))
        if [ "$tries" -ge 120 ]; then
            kill -9 "$(cat "$work/pid")" 2>/dev/null || true
            wait "$xvfb" || true
            return 1
        fi
        sleep 0.25
    done
    kill -9 "$(cat "$work/pid")"
    wait "$xvfb" || true
}
