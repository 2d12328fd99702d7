#!/bin/sh
# Kills a playing Unclutch with SIGKILL in its second step, then resumes the session with
# `unclutch --resume`: it goes on at the second step's get-ready, in the same record, which
# counts the resumption and keeps the time already done. Before there is anything to resume, and
# once the session is finished, --resume says so and exits 1.
# Usage: resume_after_kill.sh UNCLUTCH_EXECUTABLE
set -eu

exe=$1
. "$(dirname "$0")/killed_app_env.sh"
fail() {
    echo "FAIL: $*"
    for log in "$work"/*.log; do
        echo "--- $log"
        cat "$log"
    done
    exit 1
}

cat >"$work/three.json" <<'JSON'
{ "format": 1, "id": "resume-test", "title": "Three steps", "transition": 2,
  "steps": [ { "pose": "Stand", "duration": 3 },
             { "pose": "Sit", "duration": 20 },
             { "pose": "Lie down", "duration": 2 } ] }
JSON

# Nothing to resume, with no display needed to say so.
if env -u DISPLAY QT_QPA_PLATFORM=xcb "$exe" --resume --data-dir "$data" \
    >"$work/none.log" 2>&1; then
    fail "--resume with no history exited 0"
else
    status=$?
    [ "$status" -eq 1 ] || fail "--resume with no history exited $status, expected 1"
fi
grep -q "no session to resume" "$work/none.log" || fail "no message for nothing to resume"

kill_in_second_instance "$work/three.json" || fail "the session never reached its second step"

before=$(sqlite3 "$data/history.sqlite" "SELECT id, completed_ms FROM sessions")
echo "after the kill: $before"
id=${before%%|*}
done_before=${before#*|}

UNCLUTCH_QUIT_AT_END=1 timeout 60 xvfb-run -a "$exe" --resume --data-dir "$data" \
    --event-log "$work/events.jsonl" >"$work/resume.log" 2>&1 ||
    fail "the resumed session did not end by itself"

row=$(sqlite3 "$data/history.sqlite" \
    "SELECT count(*), id, outcome, resumed, planned_ms, completed_ms FROM sessions")
echo "after the resume: $row"
[ "$row" = "1|$id|completed|1|25000|25000" ] ||
    fail "expected the one record $id completed, resumed once, 25000 of 25000 ms; got $row"
[ "$done_before" -gt 3000 ] || fail "only $done_before ms done before the kill"

# The resumed session played the timeline from the second step's get-ready to its end, and
# nothing of the first step. Event times are active time of this run, which starts at 0 there.
"$exe" --timeline "$work/three.json" >"$work/timeline.json"
python3 - "$work/timeline.json" "$work/events.jsonl" <<'PY' || fail "the event log does not follow the timeline from step 2's get-ready"
import json, sys
timeline = json.load(open(sys.argv[1]))["events"]
start = next(e["t_ms"] for e in timeline if e["type"] == "prepare" and e["step"] == 1)
expected = [(e["t_ms"] - start, e["type"]) for e in timeline if e["t_ms"] >= start]
fired = [json.loads(line) for line in open(sys.argv[2])]
played = [(e["t_ms"], e["type"]) for e in fired if not e["type"].startswith("speech")]
print("played", played)
sys.exit(0 if played == expected else 1)
PY

# Finished: nothing is left to resume.
if "$exe" --resume --data-dir "$data" >"$work/after.log" 2>&1; then
    fail "--resume after the end exited 0"
fi
grep -q "no session to resume" "$work/after.log" || fail "no message after the end"
echo "resumed in record $id"
