#!/bin/bash
# Takes the README's screenshots of the history, over a year of made-up sessions:
#   scripts/history-screenshots.sh [BUILD_DIR] [OUT_DIR]
# Seeds a fresh data folder (bench/unclutch_seed_history), starts the real app on it under Xvfb
# at 1366×768, opens the history with Ctrl+H as a person would, selects a session (history.png),
# shows the Plots tab with Alt+L (history-plots.png) and, for the last 30 days, the What helps
# tab with Alt+W (history-what-helps.png); then writes the physiotherapist report of that year and converts its
# first two pages (report-page-1.png, report-page-2.png).
# Needs xvfb-run, xdotool, ImageMagick's import and pdftoppm (poppler-utils).
set -euo pipefail
build=${1:-build/dev}
out=${2:-docs/screenshots}
app=$(realpath "$build/src/app/unclutch")
seed=$(realpath "$build/bench/unclutch_seed_history")
preview=$(realpath "$build/tests/app/report/unclutch_report_preview")
mkdir -p "$out"
out=$(realpath "$out")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$seed" --data-dir "$work/data" --days 365 >/dev/null

XDG_CONFIG_HOME=$work/config xvfb-run -a -s '-screen 0 1366x768x24' bash -c '
    app=$1 data=$2 out=$3
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
    import -window root "$out/history.png"
    xdotool key alt+l
    sleep 1.5
    import -window root "$out/history-plots.png"
    # What helps over the last 30 days: some routines have enough rated sessions, some not.
    xdotool key alt+s alt+p Down
    sleep 0.5
    xdotool key alt+w
    sleep 1.5
    import -window root "$out/history-what-helps.png"
    kill "$pid"' _ "$app" "$work/data" "$out"
echo "$out/history.png"
echo "$out/history-plots.png"
echo "$out/history-what-helps.png"

QT_QPA_PLATFORM=offscreen "$preview" --data-dir "$work/data" --pdf "$work/report.pdf" --days 365
pdftoppm -png -r 60 -f 1 -l 2 "$work/report.pdf" "$work/report-page"
for page in 1 2; do
    # pdftoppm pads the page number to the width of the page count ("-01" from 10 pages on).
    cp "$(ls "$work"/report-page-*"$page".png | head -1)" "$out/report-page-$page.png"
    echo "$out/report-page-$page.png"
done
echo "$(pdfinfo "$work/report.pdf" 2>/dev/null | grep Pages || true)"
