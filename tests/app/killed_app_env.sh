# Sourced by the tests that kill a real Unclutch (kill_during_play.sh, resume_after_kill.sh):
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
