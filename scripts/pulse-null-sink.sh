#!/usr/bin/env bash
# Makes a PulseAudio output that can be recorded: a null sink named "unclutch_null", set as the
# default output, whose monitor source ("unclutch_null.monitor") carries exactly what was played.
# The sound check (bench/sound_onsets) plays ticks through the app's SoundPlayer and records that
# monitor with parec to see when they really sounded.
#
# - If no PulseAudio server answers, one is started for the current user, daemonised, never
#   exiting when idle (--exit-idle-time=-1, --disallow-exit), with no default script (-n): only the
#   native protocol socket and the null sink are loaded, so no sound card is touched. As root
#   (containers, CI) PulseAudio warns that it is "not intended to be run as root" but runs as a
#   per-user daemon with --system=false; its socket goes under /tmp/pulse-*/ when XDG_RUNTIME_DIR
#   is not set, and pactl/parec/Qt find it the same way.
# - If a server already runs (a desktop session), it is used: the null sink is loaded into it if
#   missing and made the default output. The previous default is printed as
#   "previous-default-sink=NAME" so the caller can restore it (the harness does).
#
# Prints "ok" lines on standard output; exits 1 with a reason on standard error when PulseAudio
# cannot run here (not installed, or the daemon refuses to start): callers then skip.
set -euo pipefail

sink=unclutch_null
log=${TMPDIR:-/tmp}/unclutch-pulseaudio.log

for tool in pulseaudio pactl parec; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed" >&2; exit 1; }
done

if ! pactl info >/dev/null 2>&1; then
    pulseaudio --daemonize=yes --system=false --exit-idle-time=-1 --disallow-exit -n \
        --load=module-native-protocol-unix --log-target=file:"$log" >/dev/null 2>&1 || true
    for _ in $(seq 50); do
        pactl info >/dev/null 2>&1 && break
        sleep 0.1
    done
    pactl info >/dev/null 2>&1 || {
        echo "PulseAudio could not be started (see $log)" >&2
        exit 1
    }
    echo "started PulseAudio"
fi

if ! pactl list short sinks | cut -f2 | grep -qx "$sink"; then
    # Mono at 44.1 kHz like the sounds: nothing is resampled or remixed on the way.
    pactl load-module module-null-sink sink_name="$sink" format=s16le rate=44100 channels=1 \
        sink_properties=device.description=Unclutch-null >/dev/null
fi

previous=$(pactl get-default-sink 2>/dev/null || true)
if [[ "$previous" != "$sink" ]]; then
    echo "previous-default-sink=$previous"
    pactl set-default-sink "$sink"
fi
echo "default sink $sink, monitor $sink.monitor"
