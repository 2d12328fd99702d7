#!/usr/bin/env python3
"""Finds each spoken sentence's first sound in a recording of the app's audio stream and prints
how long after its moment it came (onset - t_ms), for bench/speech_onsets.sh.

    analyse.py RECORDING.wav EVENT_LOG.jsonl [LABEL]

The recording and the event log are aligned on the step-start chimes, which sound at moments
where nothing is said: a chime triggered at fired_ms is placed by the mixer exactly
SOUND_LATENCY_MS later, so each chime's onset gives the recording's offset from active time
(the median is used; the recording may begin after the session, so the offset is the one that
puts the most chimes on a sound's start). A sentence due at t_ms is then expected at t_ms + offset; its onset is the
first 5 ms window above the threshold from 200 ms before that. A sentence that shares its moment
with a chime (a get-ready, the end) is looked for in the 1.8-6 kHz band, where the bell-like
chimes (392-1175 Hz) have nothing and speech has its consonants and upper formants; onsets there
can only be found later than the true start, never earlier, so the figures err on the late side.

The lateness printed is onset - (t_ms + offset) + SOUND_LATENCY_MS: the time from the sentence's
moment to its first sound leaving the stream, the stream's constant latency (which every tick
has too) included.
"""
import array
import json
import math
import statistics
import subprocess
import sys

SOUND_LATENCY_MS = 25.0  # SoundPlayer::kLatencyMs
RATE = 16000
HOP = 80  # 5 ms


def envelope(wav, band):
    """RMS in dBFS per 5 ms window of `wav`, band-passed with sox when `band` is given."""
    effects = ["rate", str(RATE)] + (["sinc", band] if band else [])
    raw = subprocess.run(["sox", wav, "-t", "raw", "-e", "signed", "-b", "16", "-c", "1", "-",
                          *effects], check=True, capture_output=True).stdout
    samples = array.array("h")
    samples.frombytes(raw[: len(raw) // 2 * 2])
    out = []
    for start in range(0, len(samples) - HOP + 1, HOP):
        chunk = samples[start:start + HOP]
        rms = math.sqrt(sum(s * s for s in chunk) / HOP) / 32768
        out.append(20 * math.log10(rms) if rms > 0 else -120.0)
    return out


def onset(env, from_ms, to_ms, threshold):
    first = max(0, int(from_ms / 5))
    last = min(len(env), int(to_ms / 5))
    for i in range(first, last):
        if env[i] > threshold:
            return i * 5.0
    return None


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))]


def main(wav, log_path, label=""):
    with open(log_path, encoding="utf-8") as f:
        lines = [json.loads(line) for line in f if line.strip()]
    full = envelope(wav, None)
    low = envelope(wav, "300-1300")
    high = envelope(wav, "1800-6000")
    # Sounds that begin after at least 300 ms of quiet.
    starts = []
    quiet_since = 0
    for i, level in enumerate(full):
        if level > -50:
            if i * 5 - quiet_since >= 300:
                starts.append(i * 5)
            quiet_since = i * 5
    chimes_due = [e["fired_ms"] + SOUND_LATENCY_MS for e in lines if e["type"] == "step"]
    if not starts or not chimes_due:
        print(f"{label}: nothing was heard", file=sys.stderr)
        return 1
    # The offset that puts the most step-start chimes on a sound's start, to 5 ms; then each
    # chime's own onset in the chimes' band.
    candidates = {start - due for start in starts for due in chimes_due}
    offset = max(candidates, key=lambda c: sum(
        any(abs(start - (due + c)) <= 10 for start in starts) for due in chimes_due))
    offsets = []
    for due in chimes_due:
        found = onset(low, due + offset - 100, due + offset + 100, -50)
        if found is not None:
            offsets.append(found - due)
    if not offsets:
        print(f"{label}: no step-start chime found to align on", file=sys.stderr)
        return 1
    offset = statistics.median(offsets)
    chimes = {round(e["t_ms"]) for e in lines if e["type"] in ("prepare", "end")}
    # An unattended run (UNCLUTCH_QUIT_AT_END) quits at the end event: a sentence due then is
    # handed to the stream but not heard.
    end = next((e["t_ms"] for e in lines if e["type"] == "end"), None)
    late = []
    missing = []
    unheard = 0
    for event in lines:
        if event["type"] != "speech":
            continue
        if end is not None and event["t_ms"] >= end:
            unheard += 1
            continue
        t = event["t_ms"]
        shared = round(t) in chimes
        env, threshold = (high, -62) if shared else (full, -50)
        found = onset(env, t + offset - 200, t + offset + 1500, threshold)
        if found is None:
            missing.append(event["text"])
            continue
        late.append(found - offset - t + SOUND_LATENCY_MS)
    dropped = [e for e in lines if e["type"] == "speech_dropped"]
    spread = max(offsets) - min(offsets)
    print(f"{label}: {len(late)} sentences heard, {len(dropped)} dropped, {len(missing)} not found, "
          f"{unheard} at the end (the app quits); aligned on {len(offsets)} chimes "
          f"(spread {spread:.1f} ms)")
    if late:
        print(f"{label}: onset - moment ms: p50 {percentile(late, 50):.1f}, "
              f"p95 {percentile(late, 95):.1f}, max {max(late):.1f}, first sentence {late[0]:.1f}")
    for text in missing:
        print(f"{label}: not found: {text}", file=sys.stderr)
    for event in dropped:
        print(f"{label}: dropped at {event['t_ms']:.0f} ms: {event['reason']}", file=sys.stderr)
    return 1 if missing or dropped or not late else 0


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
