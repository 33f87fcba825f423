#!/usr/bin/env bash
# Measures the dependency review: importing OSV archives of realistic size (synthetic, built by
# make-osv.py, since the real ones cannot be downloaded here) and matching a 2,000-package
# package-lock.json, against the same review without an advisory database (the baseline ratio).
#
#   bench/deps.sh                        # 150,000 npm + 50,000 PyPI records, best of 3
#   RUNS=5 NPM=300000 PYPI=60000 bench/deps.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
runs="${RUNS:-3}"
out="$here/out/deps"
target="${CARGO_TARGET_DIR:-$root/target}"
mkdir -p "$out"

cargo build --release --quiet --manifest-path "$root/Cargo.toml" -p sechound
bin="$target/release/sechound"

if [ ! -f "$out/osv/npm/all.zip" ] || [ -n "${REGENERATE:-}" ]; then
  python3 "$here/make-osv.py" "$out" "${NPM:-150000}" "${PYPI:-50000}" "${PACKAGES:-2000}"
fi

# shellcheck source=measure.sh
. "$here/measure.sh"

store="$out/store"
rm -rf "$store"
export SECHOUND_DB="$store"
npm_zip="$out/osv/npm/all.zip"
pypi_zip="$out/osv/PyPI/all.zip"
count() { python3 -c 'import sys,zipfile; print(len(zipfile.ZipFile(sys.argv[1]).namelist()))' "$1"; }
read -r npm_s npm_kib < <(measure "$bin" db import "$npm_zip")
read -r pypi_s pypi_kib < <(measure "$bin" db import "$pypi_zip")
store_bytes=$(du -sb "$store" | cut -f1)
zip_bytes=$(( $(stat -c %s "$npm_zip") + $(stat -c %s "$pypi_zip") ))

app="$out/lockfile-app"
read -r with_s with_kib < <(measure "$bin" review "$app" --fail-on never -q --format json -o "$out/with-db.json")
read -r without_s without_kib < <(SECHOUND_DB="$out/no-such-store" measure "$bin" review "$app" --fail-on never -q --format json)
findings=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' "$out/with-db.json")
packages=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["packages"]) - 1)' "$app/package-lock.json")

echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "sechound $("$bin" --version | cut -d' ' -f2), runs: best of $runs"
echo
echo "| step | input | seconds | peak RSS |"
echo "|---|---|---:|---:|"
echo "| db import npm | $(count "$npm_zip") records, $(( $(stat -c %s "$npm_zip") / 1048576 )) MiB zip | $npm_s | $(( npm_kib / 1024 )) MiB |"
echo "| db import PyPI | $(count "$pypi_zip") records, $(( $(stat -c %s "$pypi_zip") / 1048576 )) MiB zip | $pypi_s | $(( pypi_kib / 1024 )) MiB |"
echo "| review, no database (baseline) | $packages-package package-lock.json | $without_s | $(( without_kib / 1024 )) MiB |"
echo "| review with the store | same, $findings findings | $with_s | $(( with_kib / 1024 )) MiB |"
echo
echo "store: $(( store_bytes / 1048576 )) MiB on disk for $(( zip_bytes / 1048576 )) MiB of zipped JSON"
awk "BEGIN{ if ($without_s > 0.05) printf \"review with / without database: %.2fx\n\", $with_s / $without_s; else print \"review with / without database: n/a (baseline under 0.05 s)\" }"
