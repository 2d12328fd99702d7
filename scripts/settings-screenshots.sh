#!/bin/bash
# Takes the README's screenshot of Settings → Sound and voice… under Xvfb at 1366×768:
#   scripts/settings-screenshots.sh [BUILD_DIR] [OUT_DIR]
# Needs xvfb-run, xdotool and ImageMagick's import. The real app runs with a fresh settings
# folder; the dialog is opened from the keyboard (Alt+S for the Settings menu, S) and captured
# alone. Like scripts/player-screenshots.sh, it uses a running PulseAudio server, so the sounds
# are available as on a desktop (scripts/pulse-null-sink.sh starts one without a sound card).
set -euo pipefail
build=${1:-build/dev}
out=${2:-docs/screenshots}
app=$(realpath "$build/src/app/unclutch")
mkdir -p "$out"
out=$(realpath "$out")

. "$(dirname "$0")/pulse-client-env.sh"
pulse_client_env || true

config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
XDG_CONFIG_HOME=$config xvfb-run -a -s '-screen 0 1366x768x24' bash -c '
    app=$1 out=$2
    "$app" 2>/dev/null & pid=$!
    window=$(xdotool search --sync --onlyvisible --class unclutch | head -1)
    xdotool windowsize "$window" 1366 768 windowmove "$window" 0 0
    sleep 1
    for key in alt+s s; do
        xdotool windowfocus "$window"
        xdotool key "$key"
        sleep 0.3
    done
    dialog=$(xdotool search --sync --onlyvisible --name "Sound and voice" | head -1)
    sleep 1
    import -window "$dialog" "$out"
    kill "$pid"' _ "$app" "$out/sound-and-voice.png"
echo "$out/sound-and-voice.png"
