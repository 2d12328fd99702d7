#!/bin/bash
# Takes the README's screenshots of the history plots and the physiotherapist report, over a
# year of made-up sessions:  scripts/history-screenshots.sh [BUILD_DIR] [OUT_DIR]
# Needs xvfb-run, xdotool, ImageMagick's import and pdftoppm (poppler-utils).
set -euo pipefail
build=${1:-build/dev}
out=${2:-docs/screenshots}
seed=$(realpath "$build/bench/unclutch_seed_history")
preview=$(realpath "$build/tests/app/report/unclutch_report_preview")
mkdir -p "$out"
out=$(realpath "$out")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$seed" --data-dir "$work/data" --days 365 >/dev/null

XDG_CONFIG_HOME=$work/config xvfb-run -a -s '-screen 0 1366x768x24' bash -c '
    preview=$1 data=$2 shot=$3
    "$preview" --data-dir "$data" 2>/dev/null & pid=$!
    window=$(xdotool search --sync --onlyvisible --name unclutch-plots | head -1)
    xdotool windowsize "$window" 1366 768 windowmove "$window" 0 0
    sleep 1.5
    import -window root "$shot"
    kill "$pid"' _ "$preview" "$work/data" "$out/history-plots.png"
echo "$out/history-plots.png"

QT_QPA_PLATFORM=offscreen "$preview" --data-dir "$work/data" --pdf "$work/report.pdf" --days 365
pdftoppm -png -r 60 -f 1 -l 2 "$work/report.pdf" "$work/report-page"
for page in 1 2; do
    # pdftoppm pads the page number to the width of the page count ("-01" from 10 pages on).
    cp "$(ls "$work"/report-page-*"$page".png | head -1)" "$out/report-page-$page.png"
    echo "$out/report-page-$page.png"
done
echo "$(pdfinfo "$work/report.pdf" 2>/dev/null | grep Pages || true)"
