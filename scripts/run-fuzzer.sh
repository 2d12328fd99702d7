#!/usr/bin/env bash
# Runs the routine parser's libFuzzer target for SECONDS, starting from a fresh corpus made of
# the files of tests/data. Findings (crash-*, timeout-*, oom-*) land in BUILD_DIR/fuzz/findings.
# Usage: scripts/run-fuzzer.sh BUILD_DIR SECONDS   (make fuzz does: build/fuzz $(FUZZ_SECONDS))
set -euo pipefail
build_dir=${1:?usage: run-fuzzer.sh BUILD_DIR SECONDS}
seconds=${2:?usage: run-fuzzer.sh BUILD_DIR SECONDS}
root=$(cd "$(dirname "$0")/.." && pwd)

fuzzer="$build_dir/fuzz/routine_parser_fuzz"
[[ -x "$fuzzer" ]] || { echo "error: $fuzzer is not built (cmake --build --preset fuzz)" >&2; exit 1; }

corpus="$build_dir/fuzz/corpus"
findings="$build_dir/fuzz/findings"
rm -rf "$corpus"
mkdir -p "$corpus" "$findings"
# valid/ and invalid/ may hold files of the same name: keep the folder in the copy's name.
while IFS= read -r -d '' file; do
    relative=${file#"$root/tests/data/"}
    cp "$file" "$corpus/${relative//\//_}"
done < <(find "$root/tests/data" -type f -print0)

# Inputs are capped well below the 1 MiB limit (longer corpus files are cut): the parser refuses
# larger files before reading them, and small inputs keep the fuzzer fast.
"$fuzzer" \
    -max_total_time="$seconds" \
    -max_len="${FUZZ_MAX_LEN:-65536}" \
    -timeout=10 \
    -dict="$root/fuzz/routine.dict" \
    -artifact_prefix="$findings/" \
    -print_final_stats=1 \
    "$corpus"
