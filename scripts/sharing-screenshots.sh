#!/bin/bash
# Takes the README's screenshots of a routine that travels, under Xvfb at 1366×768:
#   scripts/sharing-screenshots.sh [BUILD_DIR] [OUT_DIR]
# A physiotherapist's routine (a file and its picture) arrives in Downloads/; the real app opens
# it as a file manager would (`unclutch FILE.json`) with fresh data and settings folders and
# asks what to do with it (import-prompt.png); Enter adds it to the person's routines, which
# the library then shows selected (import-added.png).
# Needs xvfb-run, xdotool and ImageMagick's import.
set -euo pipefail
build=${1:-build/dev}
out=${2:-docs/screenshots}
app=$(realpath "$build/src/app/unclutch")
routines=$(realpath "$(dirname "$0")/../routines")
mkdir -p "$out"
out=$(realpath "$out")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/Downloads/images"
cp "$routines/images/pigeon.svg" "$work/Downloads/images/figure-four.svg"
cat >"$work/Downloads/hip-openers.json" <<'JSON'
{
  "format": 1,
  "id": "hip-openers",
  "title": "Hip openers for the evening",
  "author": "Anna Berg, physiotherapist",
  "description": "Three gentle hip openers for the evening. Stop if anything pinches.",
  "steps": [
    { "pose": "Figure four on the back", "duration": 60, "sides": ["left", "right"],
      "image": "images/figure-four.svg",
      "instructions": "Ankle over the opposite knee; draw the knee in only as far as is comfortable." },
    { "pose": "Knees side to side", "duration": 90,
      "instructions": "Feet wide apart, let both knees sink to one side, then to the other." },
    { "pose": "Rest", "duration": 60 }
  ]
}
JSON

XDG_CONFIG_HOME=$work/config xvfb-run -a -s '-screen 0 1366x768x24' bash -c '
    app=$1 work=$2 out=$3
    cd "$work"
    "$app" --data-dir "$work/data" Downloads/hip-openers.json 2>/dev/null & pid=$!
    window=$(xdotool search --sync --onlyvisible --class unclutch | head -1)
    xdotool windowsize "$window" 1366 768 windowmove "$window" 0 0
    sleep 2
    import -window root "$out/import-prompt.png"
    xdotool key Return
    sleep 1
    import -window root "$out/import-added.png"
    kill "$pid"' _ "$app" "$work" "$out"
echo "$out/import-prompt.png"
echo "$out/import-added.png"
