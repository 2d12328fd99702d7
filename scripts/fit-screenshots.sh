#!/bin/bash
# The fit controls beside Start, as the README shows them, in English and in German, under Xvfb
# at 1366×768 and with the keyboard only:
#   scripts/fit-screenshots.sh [BUILD_DIR] [SHOTS_DIR]
# A fresh data and settings folder each run. It selects "Back of the body", chooses 10 min,
# a pace of 12 s and easier throughout, and takes the window, then the pace list opened.
# The ones the README shows are copied to docs/screenshots/. Needs xvfb-run, xdotool and
# ImageMagick's import.
set -euo pipefail
build=${1:-build/dev}
shots=${2:-$(mktemp -d /tmp/fit-screenshots.XXXXXX)}
app=$(realpath "$build/src/app/unclutch")
docs=$(realpath "$(dirname "$0")/../docs/screenshots")
mkdir -p "$shots"
shots=$(realpath "$shots")

for language in en de; do
    work=$(mktemp -d)
    mkdir -p "$work/config" "$work/data"
    LANGUAGE=$language LANG=${language}_$(echo "$language" | tr a-z A-Z).UTF-8 \
        XDG_CONFIG_HOME=$work/config xvfb-run -a -s '-screen 0 1366x768x24' bash -s \
        "$app" "$work/data" "$shots" "$language" <<'SHOTS'
set -euo pipefail
app=$1 data=$2 shots=$3 language=$4
"$app" --data-dir "$data" 2>"$shots/stderr-$language.txt" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
keys() { # WINDOW KEY…: as typed into that window
    local window=$1
    shift
    xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
    for key in "$@"; do
        xdotool key --clearmodifiers "$key"
        sleep 0.3
    done
}
main=$(xdotool search --sync --onlyvisible --name '^Unclutch$' | head -1)
xdotool windowsize "$main" 1366 768 windowmove "$main" 0 0
sleep 2
# The list has the focus: "Back of the body" is the second routine. Tab goes on to the
# length, the pace and easier throughout.
keys "$main" Down Tab Down Down Tab Home Down Down Down Down Tab space
sleep 1
import -window root "$shots/fit-controls-$language.png"
keys "$main" shift+Tab alt+Down
sleep 1
import -window root "$shots/fit-pace-list-$language.png"
keys "$main" Escape
SHOTS
    rm -rf "$work"
done
cp "$shots/fit-controls-en.png" "$docs/fit-controls.png"
cp "$shots/fit-controls-de.png" "$docs/fit-controls-de.png"
cp "$shots/fit-pace-list-en.png" "$docs/fit-pace-list.png"
echo "$shots"
