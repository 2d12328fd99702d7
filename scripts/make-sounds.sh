#!/usr/bin/env bash
# Generates the player's sounds into resources/sounds/ with sox. The WAV files are committed, so
# this only runs when the recipe below changes; the output is byte-for-byte reproducible (-D: no
# dither noise).
#
# Format: mono, 16-bit PCM, 44.1 kHz; no leading silence, so a sound is heard the moment it is
# played and an onset detector finds it at its first millisecond.
#
# The person listening is often lying on the floor with eyes closed and a sore back: nothing may
# startle. Peaks stay well below full scale, every sound fades in (no click) and decays softly.
#
# Recipe (peak level after `norm`, in dBFS):
#   tick.wav        the beat: 1200 Hz sine, 2 ms attack, 50 ms, logarithmic decay, -14 dB.
#                   The short attack makes its onset exact (the sound check measures it).
#   accent.wav      a cycle's first beat: 660 Hz + 1320 Hz (octave) mixed, 2 ms attack, 120 ms,
#                   logarithmic decay, -10 dB. Lower, fuller, longer and louder than the tick.
#   phase-0.wav     rising:  440 -> 660 Hz glide (a fifth up), 350 ms.
#   phase-1.wav     falling: 660 -> 440 Hz glide (a fifth down), 350 ms.
#   phase-2.wav     low steady:  330 Hz, 350 ms.
#   phase-3.wav     high steady: 880 Hz, 350 ms.
#   phase-4.wav     two notes up:   C5 then G5 (523, 784 Hz), 170 ms each.
#   phase-5.wav     two notes down: G5 then C5, 170 ms each.
#   phase-6.wav     arch: 440 -> 660 -> 440 Hz, 200 + 200 ms.
#   phase-7.wav     three pips at 660 Hz, 80 ms each with 50 ms gaps.
#                   Every phase tone: 10 ms attack, 40 ms release, -14 dB. Phase 0 and 1 are the
#                   commonest pair (in / out, up / down), so they are the plainest contours.
#   get-ready.wav   a soft single bell: 587 Hz (D5) + 880 Hz partial at -12 dB relative, 5 ms
#                   attack, 900 ms, logarithmic decay, -12 dB.
#   step-start.wav  two bell notes rising, G4 then D5 (392, 587 Hz, each + its octave at -14 dB),
#                   5 ms attack, 300 ms + 700 ms, logarithmic decay, -12 dB.
#   end.wav         three bell notes falling, G5, E5, C5 (784, 659, 523 Hz, each + its octave at
#                   -14 dB), 350 + 350 + 1100 ms, logarithmic decay, -12 dB.
set -euo pipefail

out=${1:-"$(cd "$(dirname "$0")/.." && pwd)/resources/sounds"}
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fmt=(-r 44100 -b 16 -c 1 -e signed-integer)

# tone FILE LENGTH SYNTH-ARGS... : a tone with a 10 ms attack and 40 ms release.
tone() {
    local file=$1 len=$2
    shift 2
    sox -D -n "${fmt[@]}" "$file" synth "$len" "$@" fade q 0.010 "$len" 0.040
}

# bell FILE LENGTH FREQ OVERTONE_DB : a struck tone, 5 ms attack, decaying over its whole length.
bell() {
    local file=$1 len=$2 freq=$3 overtone_db=$4
    sox -D -n "${fmt[@]}" "$tmp/fund.wav" synth "$len" sine "$freq"
    sox -D -n "${fmt[@]}" "$tmp/over.wav" synth "$len" sine "$(echo "$freq * 2" | bc)" \
        gain "$overtone_db"
    sox -D -m "$tmp/fund.wav" "$tmp/over.wav" "$file" fade q 0.005 fade l 0 "$len" "$len"
}

silence() { sox -D -n "${fmt[@]}" "$1" trim 0 "$2"; }

finish() { sox -D "$@" "$tmp/joined.wav"; }
level() { sox -D "$1" "$2" norm "$3"; }

# Beats.
sox -D -n "${fmt[@]}" "$tmp/tick.wav" synth 0.050 sine 1200 fade q 0.002 fade l 0 0.050 0.048
level "$tmp/tick.wav" "$out/tick.wav" -14

sox -D -n "${fmt[@]}" "$tmp/a1.wav" synth 0.120 sine 660
sox -D -n "${fmt[@]}" "$tmp/a2.wav" synth 0.120 sine 1320 gain -6
sox -D -m "$tmp/a1.wav" "$tmp/a2.wav" "$tmp/accent.wav" fade q 0.002 fade l 0 0.120 0.115
level "$tmp/accent.wav" "$out/accent.wav" -10

# Phase tones.
tone "$tmp/p0.wav" 0.350 sine 440/660
tone "$tmp/p1.wav" 0.350 sine 660/440
tone "$tmp/p2.wav" 0.350 sine 330
tone "$tmp/p3.wav" 0.350 sine 880
tone "$tmp/c5.wav" 0.170 sine 523.25
tone "$tmp/g5.wav" 0.170 sine 783.99
finish "$tmp/c5.wav" "$tmp/g5.wav" && mv "$tmp/joined.wav" "$tmp/p4.wav"
finish "$tmp/g5.wav" "$tmp/c5.wav" && mv "$tmp/joined.wav" "$tmp/p5.wav"
tone "$tmp/up.wav" 0.200 sine 440/660
tone "$tmp/down.wav" 0.200 sine 660/440
finish "$tmp/up.wav" "$tmp/down.wav" && mv "$tmp/joined.wav" "$tmp/p6.wav"
sox -D -n "${fmt[@]}" "$tmp/pip.wav" synth 0.080 sine 660 fade q 0.010 0.080 0.030
silence "$tmp/gap.wav" 0.050
finish "$tmp/pip.wav" "$tmp/gap.wav" "$tmp/pip.wav" "$tmp/gap.wav" "$tmp/pip.wav" \
    && mv "$tmp/joined.wav" "$tmp/p7.wav"
for i in 0 1 2 3 4 5 6 7; do
    level "$tmp/p$i.wav" "$out/phase-$i.wav" -14
done

# Chimes.
bell "$tmp/get-ready.wav" 0.900 587.33 -12
level "$tmp/get-ready.wav" "$out/get-ready.wav" -12

bell "$tmp/s1.wav" 0.300 392.00 -14 && mv "$tmp/s1.wav" "$tmp/step1.wav"
bell "$tmp/s2.wav" 0.700 587.33 -14 && mv "$tmp/s2.wav" "$tmp/step2.wav"
finish "$tmp/step1.wav" "$tmp/step2.wav"
level "$tmp/joined.wav" "$out/step-start.wav" -12

bell "$tmp/e.wav" 0.350 783.99 -14 && mv "$tmp/e.wav" "$tmp/end1.wav"
bell "$tmp/e.wav" 0.350 659.26 -14 && mv "$tmp/e.wav" "$tmp/end2.wav"
bell "$tmp/e.wav" 1.100 523.25 -14 && mv "$tmp/e.wav" "$tmp/end3.wav"
finish "$tmp/end1.wav" "$tmp/end2.wav" "$tmp/end3.wav"
level "$tmp/joined.wav" "$out/end.wav" -12

echo "sounds written to $out"
