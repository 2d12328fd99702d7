#!/bin/bash
# Takes the README's screenshots of the player under Xvfb at 1366×768:
#   scripts/player-screenshots.sh [BUILD_DIR] [OUT_DIR]
# Needs xvfb-run, xdotool (to press keys as a person would) and ImageMagick's import.
# Each shot runs the real app with a fresh settings and data folder (no history: no resume offer),
# so the cautions page comes first and is acknowledged with Enter; UNCLUTCH_START_AT opens the
# session at the moment shown.
set -euo pipefail
build=${1:-build/dev}
out=${2:-docs/screenshots}
app=$(realpath "$build/src/app/unclutch")
mkdir -p "$out"
out=$(realpath "$out")

# With PulseAudio running, the app reaches it despite its fresh config folder (where PulseAudio's
# client looks for its server and cookie), so the shots show sound and voice as a desktop has them.
. "$(dirname "$0")/pulse-client-env.sh"
pulse_client_env || true

# shoot NAME SECONDS_TO_WAIT KEY… -- APP_ARGUMENT…   (keys: xdotool names, or sleep:SECONDS)
shoot() {
    local name=$1 wait=$2
    shift 2
    local keys=()
    while [ "$1" != "--" ]; do keys+=("$1"); shift; done
    shift
    local config
    config=$(mktemp -d)
    XDG_CONFIG_HOME=$config XDG_DATA_HOME=$config/data xvfb-run -a -s '-screen 0 1366x768x24' bash -c '
        app=$1 out=$2 wait=$3 nkeys=$4; shift 4
        keys=("${@:1:$nkeys}"); shift "$nkeys"
        "$app" "$@" 2>/dev/null & pid=$!
        window=$(xdotool search --sync --onlyvisible --class unclutch | head -1)
        xdotool windowsize "$window" 1366 768 windowmove "$window" 0 0
        sleep 1
        for key in "${keys[@]}"; do
            case $key in
            sleep:*) sleep "${key#sleep:}" ;;
            *) xdotool windowfocus "$window"; xdotool key "$key" ;;
            esac
        done
        sleep "$wait"
        import -window root "$out"
        kill "$pid"' _ "$app" "$out/$name.png" "$wait" "${#keys[@]}" "${keys[@]}" "$@"
    rm -rf "$config"
    echo "$out/$name.png"
}

shoot library 0.2 --
# The fit controls (README, "Fit the session to the day"): "Back of the body", then Tab to 10 min,
# a pace of 12 s and easier throughout; then the pace list opened (F4).
fit_keys=(Down sleep:0.3 Tab Down Down sleep:0.3 Tab Home Down Down Down Down sleep:0.3 Tab space)
shoot fit-controls 1 "${fit_keys[@]}" --
shoot fit-pace-list 1 "${fit_keys[@]}" sleep:0.3 shift+Tab F4 --
UNCLUTCH_START_AT=3 shoot get-ready 0.5 Return -- --play back-of-the-body
# A --play session waits up to 3 s for its first sentences before it starts: the paced step is
# shot once that wait is over.
UNCLUTCH_START_AT=289 shoot paced-step 3 Return -- --play release-the-clutch
UNCLUTCH_START_AT=185 shoot floor-mode 2 Return sleep:1.5 F11 -- --play back-of-the-body
UNCLUTCH_START_AT=337 shoot end-screen 6 Return -- --play after-long-sitting
QT_SCALE_FACTOR=2 UNCLUTCH_START_AT=3 shoot get-ready-200-percent 0.5 Return -- --play back-of-the-body

# The same app on a German system: it follows the system language, bundled routines included.
export LANG=de_DE.UTF-8 LANGUAGE=de
shoot german-library 0.2 --
shoot fit-controls-de 1 "${fit_keys[@]}" --
UNCLUTCH_START_AT=289 shoot german-player 3 Return -- --play release-the-clutch
