#!/usr/bin/env bash
# The real sound check, run by ctest as audio.sound_check: do the beat ticks actually sound?
#
# It runs the onset harness (bench/sound_onsets, argument 1) in --check mode: the harness starts
# PulseAudio with a null sink through scripts/pulse-null-sink.sh, plays 20 ticks 250 ms apart
# through the app's SoundPlayer, records the sink's monitor with parec and counts the onsets in
# the recording. Passes when onsets found = ticks played ± 1 and they fall on the schedule; fails
# otherwise; exits 77 (ctest SKIP_RETURN_CODE) with the reason when PulseAudio cannot run here.
# Timing figures are printed too, but not judged here: tests never assert on wall-clock speed
# (`make bench` reports them).
set -euo pipefail
harness=${1:?usage: sound_check.sh PATH/TO/bench_sound_onsets}
# The harness must reach the real server, whatever the calling environment points at.
unset PULSE_SERVER
exec "$harness" --check
