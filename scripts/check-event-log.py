#!/usr/bin/env python3
"""Checks an --event-log against the routine's --timeline: every event once, in order, none early.
The voice's lines ("speech", "speech_dropped", section 6 of the contract) are not timeline events
and are left to bench/speech_onsets.sh.

    scripts/check-event-log.py TIMELINE.json EVENT_LOG.jsonl

Prints the lateness (fired_ms - t_ms) p50, p99 and max in ms; exits 1 on any mismatch.
"""
import json
import sys


def percentile(values, p):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def main(timeline_path, log_path):
    with open(timeline_path, encoding="utf-8") as f:
        expected = [(e["t_ms"], e["type"]) for e in json.load(f)["events"]]
    with open(log_path, encoding="utf-8") as f:
        fired = [json.loads(line) for line in f if line.strip()]
    fired = [e for e in fired if not e["type"].startswith("speech")]
    got = [(round(e["t_ms"]), e["type"]) for e in fired]
    problems = []
    if got != expected:
        missing = len(expected) - len(got)
        first = next((i for i, (a, b) in enumerate(zip(expected, got)) if a != b), min(len(got), len(expected)))
        problems.append(f"events differ from the timeline at index {first} "
                        f"({len(got)} logged, {len(expected)} expected, {missing} missing)")
    early = [e for e in fired if e["fired_ms"] < e["t_ms"]]
    if early:
        problems.append(f"{len(early)} events fired early, first: {early[0]}")
    lateness = [e["fired_ms"] - e["t_ms"] for e in fired]
    if lateness:
        print(f"{len(fired)} events; lateness ms: p50 {percentile(lateness, 50):.3f}, "
              f"p99 {percentile(lateness, 99):.3f}, max {max(lateness):.3f}")
    for problem in problems:
        print("error:", problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
