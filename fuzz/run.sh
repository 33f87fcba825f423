#!/usr/bin/env bash
# Runs every fuzz target (or the ones named) for SECONDS each, one after the other:
#   fuzz/run.sh SECONDS [TARGET...]
# Installs cargo-fuzz when it is missing, builds the targets (stable toolchain; RUSTC_BOOTSTRAP
# lets cargo-fuzz use the sanitizer flags), seeds each corpus from the fixtures (fuzz/seed.sh),
# and prints one line per target: executions, and the input that crashed it if one did. Exits 1
# when a target crashed, hung (an input over 20 s) or ran out of memory; the input is kept under
# fuzz/artifacts/<target>/ (copy it to fuzz/regressions/<target>/ once fixed).
# FUZZ_WORK (default fuzz/target/work) holds the growing corpora between runs; FUZZ_TARGET_DIR
# builds elsewhere than fuzz/target; FUZZ_DEV=1 builds the targets unoptimised (`--dev`: a third
# of the build time, fewer executions per second; what CI's short runs use).
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}
shift
export RUSTC_BOOTSTRAP=1
work=${FUZZ_WORK:-$PWD/target/work}

if ! cargo fuzz --version > /dev/null 2>&1; then
    cargo install --locked cargo-fuzz
fi
# cargo-fuzz has no --locked: check that fuzz/Cargo.lock needs no change before building.
cargo metadata --locked --format-version 1 > /dev/null
cargo fuzz build ${FUZZ_DEV:+--dev} ${FUZZ_TARGET_DIR:+--target-dir "$FUZZ_TARGET_DIR"}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cargo fuzz list)
fi

(cd .. && cargo build --quiet --locked -p sechound)
./seed.sh "$work/seeds" "${CARGO_TARGET_DIR:-$PWD/../target}/debug/sechound"

failed=0
for target in "${targets[@]}"; do
    mkdir -p "$work/corpus/$target" "artifacts/$target"
    log="$work/$target.log"
    status=0
    cargo fuzz run ${FUZZ_DEV:+--dev} ${FUZZ_TARGET_DIR:+--target-dir "$FUZZ_TARGET_DIR"} \
        "$target" "$work/corpus/$target" "$work/seeds/$target" -- \
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -print_final_stats=1 \
        -artifact_prefix="artifacts/$target/" > "$log" 2>&1 || status=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    [ -n "$runs" ] || runs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
    if [ "$status" -eq 0 ]; then
        echo "$target: ${runs:-0} executions in ${seconds} s, no crash"
    else
        failed=1
        artifact=$(grep -o 'artifacts/[^ ]*' "$log" | tail -1)
        echo "$target: CRASHED after ${runs:-?} executions: ${artifact:-see $log}"
        grep -m1 -E 'panicked at|ERROR: AddressSanitizer|ERROR: libFuzzer' -A3 "$log" | sed 's/^/    /'
    fi
done
exit "$failed"
