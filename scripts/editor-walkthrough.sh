#!/bin/bash
# The routine editor's walk-through (issue #6) as a new user would do it, under Xvfb at
# 1366×768, with the keyboard only:
#   scripts/editor-walkthrough.sh [BUILD_DIR] [SHOTS_DIR]
# A fresh data folder and settings folder each run. It selects a bundled routine, makes a copy
# with "Duplicate to edit", lengthens the first step to 100 s, adds a cue, saves, plays the copy
# from the library, tries it from its third step, then breaks the saved file the way a text
# editor would and looks at the library a second later, without a restart.
# Then two close-ups of the editor's fields, made with the editor_preview test tool.
# Every stage is a numbered screenshot in SHOTS_DIR (a temporary folder by default); the ones
# the README shows are copied to docs/screenshots/. Exits non-zero when the saved file does
# not hold the edits. Needs xvfb-run, xdotool and ImageMagick's import.
set -euo pipefail
build=${1:-build/dev}
shots=${2:-$(mktemp -d /tmp/editor-walkthrough.XXXXXX)}
app=$(realpath "$build/src/app/unclutch")
docs=$(realpath "$(dirname "$0")/../docs/screenshots")
mkdir -p "$shots"
shots=$(realpath "$shots")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/config" "$work/data"

XDG_CONFIG_HOME=$work/config xvfb-run -a -s '-screen 0 1366x768x24' bash -s \
    "$app" "$work/data" "$shots" <<'WALK'
set -euo pipefail
app=$1 data=$2 shots=$3
"$app" --data-dir "$data" 2>"$shots/stderr.txt" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT

shot() { # NAME [WINDOW]: the whole screen, or one window
    sleep 0.4
    if [ $# -gt 1 ]; then import -window "$2" "$shots/$1.png"; else import -window root "$shots/$1.png"; fi
    echo "$shots/$1.png"
}
keys() { # WINDOW KEY…: as typed into that window
    local window=$1
    shift
    xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
    for key in "$@"; do
        xdotool key --clearmodifiers "$key"
        sleep 0.15
    done
}
type_text() { # WINDOW TEXT
    xdotool windowactivate --sync "$1" 2>/dev/null || xdotool windowfocus "$1"
    xdotool type --delay 20 "$2"
}

main=$(xdotool search --sync --onlyvisible --name '^Unclutch$' | head -1)
xdotool windowsize "$main" 1366 768 windowmove "$main" 0 0
sleep 1
shot 01-library

# "After long sitting" is the first bundled routine and is selected; Ctrl+D copies it.
keys "$main" ctrl+d
editor=$(xdotool search --sync --onlyvisible --name 'Routine editor' | head -1)
sleep 1
shot 02-editor-opened

# The first step is selected: Alt+D goes to its duration, 90 s; make it 100 s.
keys "$editor" alt+d ctrl+a
type_text "$editor" 100
keys "$editor" Tab
shot 03-duration-changed

# Alt+U adds a cue after the others with the focus on its text; Shift+Tab goes to its time.
keys "$editor" alt+u
shot 04-cue-added
type_text "$editor" "Knees stay soft."
keys "$editor" shift+Tab ctrl+a
type_text "$editor" 92
keys "$editor" Tab
shot 05-cue-typed

keys "$editor" ctrl+s
shot 06-saved "$editor"

copy=$(ls "$data"/routines/*.json | head -1)
echo "saved: $copy"
cp "$copy" "$shots/saved.json"

# The library lists the copy last, among your own routines: select it and start it.
# (No window manager raises windows here: the editor is put away while the main window is shown.)
xdotool windowunmap --sync "$editor"
shot 07-library-with-copy "$main"
xdotool mousemove --sync 100 190 click --repeat 2 --delay 80 1 # the fourth row
sleep 1
shot 08-player-cautions "$main"
keys "$main" Return
sleep 12 # the 10-second get-ready, then into the 100-second step
shot 09-player-changed-duration "$main"
keys "$main" Escape
sleep 1
shot 10-after-stop "$main"

# Try it from the third step: Alt+S goes to the list of steps, Ctrl+R tries.
xdotool windowmap --sync "$editor"
keys "$editor" alt+s Down Down
shot 11-editor-step-3-selected "$editor"
keys "$editor" ctrl+r
xdotool windowunmap --sync "$editor"
sleep 1
shot 12-try-from-step "$main"
keys "$main" Escape Escape
sleep 1

# A text editor breaks the saved file: a word where the duration's number was.
keys "$main" Escape
sed -i 's/"duration": 100/"duration": "a hundred"/' "$copy"
sleep 1
shot 13-library-broken-file "$main"
xdotool windowmap --sync "$editor"
sleep 1 # repainted after the map
shot 14-editor-after-broken-file "$editor"
WALK

# Two close-ups of the editor on an own copy of "Release the clutch" (editor_preview opens the
# real editor window on a file): a cue left outside a shortened step, and the pacing with the
# timeline under it.
preview=$(realpath "$build/tests/app/editor/unclutch_editor_preview")
mkdir -p "$work/own/routines"
cp -r "$(dirname "$0")/../routines/images" "$work/own/routines/"
sed -e 's/"id": "release-the-clutch"/"id": "my-release"/' \
    -e 's/"title": "Release the clutch"/"title": "Release the clutch, my way"/' \
    "$(dirname "$0")/../routines/release-the-clutch.json" >"$work/own/routines/my-release.json"
close_up() { # NAME PREVIEW_ARGUMENT…
    local name=$1
    shift
    XDG_CONFIG_HOME=$work/config xvfb-run -a -s '-screen 0 1366x768x24' bash -c '
        "$@" & pid=$!
        sleep 2
        import -window root "'"$shots/$name.png"'"
        kill $pid' _ "$preview" --data-dir "$work/own" "$@" "$work/own/routines/my-release.json"
    echo "$shots/$name.png"
}
close_up 15-editor-validation --step 1 --duration 10 --show cuesMessage
close_up 16-editor-timeline --step 2 --show pacingEditor

cp "$shots/02-editor-opened.png" "$docs/editor-duplicate.png"
cp "$shots/09-player-changed-duration.png" "$docs/editor-played-copy.png"
cp "$shots/12-try-from-step.png" "$docs/editor-try-it.png"
cp "$shots/13-library-broken-file.png" "$docs/library-broken-file.png"
cp "$shots/15-editor-validation.png" "$docs/editor-validation.png"
cp "$shots/16-editor-timeline.png" "$docs/editor-timeline.png"
grep -q '"duration": 100' "$shots/saved.json" || { echo "the saved copy has no 100-second step" >&2; exit 1; }
grep -q 'Knees stay soft.' "$shots/saved.json" || { echo "the saved copy has no new cue" >&2; exit 1; }
echo "screenshots in $shots"
