#!/bin/bash
# Takes the README's screenshots of the offer to resume a session, under Xvfb at 1366×768:
#   scripts/resume-screenshots.sh [BUILD_DIR] [OUT_DIR]
# "Release the clutch" is played from its fourth minute (UNCLUTCH_START_AT) and killed with
# SIGKILL in its third step, as a crash or a power cut would end it; the next start of the app,
# in English and once in German, offers to resume it (resume-offer.png, german-resume-offer.png).
# Fresh data and settings folders; no sound. Needs xvfb-run, xdotool and ImageMagick's import.
set -euo pipefail
build=${1:-build/dev}
out=${2:-docs/screenshots}
app=$(realpath "$build/src/app/unclutch")
mkdir -p "$out"
out=$(realpath "$out")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config PULSE_SERVER=unix:/nonexistent/unclutch-screenshots

# The shell records its own id and becomes Unclutch, so the kill reaches Unclutch itself.
UNCLUTCH_QUIT_AT_END=1 UNCLUTCH_START_AT=250 xvfb-run -a sh -c 'echo $$ >"$1"; shift; exec "$@"' \
    sh "$work/pid" "$app" --play release-the-clutch --data-dir "$work/data" >/dev/null 2>&1 &
xvfb=$!
sleep 10
kill -9 "$(cat "$work/pid")"
wait "$xvfb" || true

shoot() {
    xvfb-run -a -s '-screen 0 1366x768x24' bash -c '
        app=$1 data=$2 shot=$3
        "$app" --data-dir "$data" 2>/dev/null & pid=$!
        window=$(xdotool search --sync --onlyvisible --class unclutch | head -1)
        xdotool windowsize "$window" 1366 768 windowmove "$window" 0 0
        sleep 3
        import -window root "$shot"
        kill "$pid"' _ "$app" "$work/data" "$1"
    echo "$1"
}
shoot "$out/resume-offer.png"
LANG=de_DE.UTF-8 LANGUAGE=de shoot "$out/german-resume-offer.png"
