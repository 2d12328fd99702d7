#!/bin/bash
# Takes the README's screenshot of the history window under Xvfb at 1366×768:
#   scripts/history-screenshot.sh [BUILD_DIR] [OUT_DIR]
# Seeds a fresh data folder with a year of made-up sessions (bench/unclutch_seed_history),
# starts the real app on it, opens the history with Ctrl+H as a person would, selects the
# newest session and takes the picture. Needs xvfb-run, xdotool and ImageMagick's import.
set -euo pipefail
build=${1:-build/dev}
out=${2:-docs/screenshots}
app=$(realpath "$build/src/app/unclutch")
seed=$(realpath "$build/bench/unclutch_seed_history")
mkdir -p "$out"
out=$(realpath "$out")
data=$(mktemp -d)
config=$(mktemp -d)
trap 'rm -rf "$data" "$config"' EXIT
"$seed" --data-dir "$data" --days 365 >/dev/null

XDG_CONFIG_HOME=$config xvfb-run -a -s '-screen 0 1366x768x24' bash -c '
    app=$1 data=$2 shot=$3
    "$app" --data-dir "$data" 2>/dev/null & pid=$!
    main=$(xdotool search --sync --onlyvisible --class unclutch | head -1)
    sleep 1
    xdotool windowfocus "$main"
    xdotool key ctrl+h
    history=$(xdotool search --sync --onlyvisible --name "^History" | head -1)
    xdotool windowsize "$history" 1366 768 windowmove "$history" 0 0
    sleep 0.5
    xdotool windowfocus "$history"
    xdotool key Down Down
    sleep 0.5
    import -window root "$shot"
    kill "$pid"' _ "$app" "$data" "$out/history.png"
echo "$out/history.png"
