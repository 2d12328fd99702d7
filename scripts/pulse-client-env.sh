# Sourced, not run, by the scripts that start the app with a fresh settings folder:
#   . scripts/pulse-client-env.sh && pulse_client_env
#
# PulseAudio's client looks for its server and cookie under XDG_CONFIG_HOME, which those scripts
# point at an empty folder: pulse_client_env names both for a server that answers now, so the
# app still reaches it and plays its sounds and voice as on a desktop. Values already set are
# kept. Returns 1, changing nothing, when no server answers.
pulse_client_env() {
    if [[ -z "${PULSE_SERVER:-}" ]]; then
        local server
        server=$(pactl info 2>/dev/null | sed -n 's/^Server String: //p') || true
        [[ -n "$server" ]] || return 1
        export PULSE_SERVER=$server
    fi
    local cookie=${XDG_CONFIG_HOME:-$HOME/.config}/pulse/cookie
    if [[ -f "$cookie" && -z "${PULSE_COOKIE:-}" ]]; then
        export PULSE_COOKIE=$cookie
    fi
    return 0
}
