#!/usr/bin/env bash
# Measures sechound on the benchmark corpus: a parse-only pass (discover, read, classify, parse;
# no rules) against the full review, per package and on the whole corpus, in the same run.
# Prints a Markdown table (files, lines, seconds, lines/s, peak RSS, ratio full/parse-only).
#
#   bench/run.sh            # fetches the corpus if missing, builds release, best of 3 runs
#   RUNS=5 bench/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
runs="${RUNS:-3}"
corpus="$here/corpus"
out="$here/out"
mkdir -p "$out"

[ -d "$corpus/django" ] || "$here/fetch-corpus.sh"
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
bin="$root/target/release/sechound"
config="$here/sechound-bench.toml"
# The same settings with every rule but secret detection disabled: the secret scan measured alone.
secrets_config="$out/secrets-only.toml"
{
  cat "$config"
  printf '\n[rules]\ndisable = [\n'
  "$bin" rules --format json | python3 -c 'import json,sys; [print("  " + json.dumps(r["id"]) + ",") for r in json.load(sys.stdin) if not r["id"].startswith("secrets.")]'
  printf ']\n'
} >"$secrets_config"

# shellcheck source=measure.sh
. "$here/measure.sh"

stats() { # report.json -> "files lines findings bytes"
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); s=r["stats"]; print(s["files_reviewed"], s["lines_analysed"], len(r["findings"]), s.get("bytes_analysed", 0))' "$1"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "sechound $("$bin" --version | cut -d' ' -f2), runs: best of $runs"
echo
echo "| corpus | files | lines | MB read | parse-only s | review s | review/parse | lines/s (review) | peak RSS (review) | findings | secrets-only s | secret scan MB/s (beyond parsing) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
targets=(express nestjs-core typescript django sqlalchemy .)
for name in "${targets[@]}"; do
  dir="$corpus/$name"
  label="$name"; extra=()
  # The whole speed corpus; apps/ holds application code used for reading precision only.
  [ "$name" = "." ] && { label="all"; extra=(--exclude 'apps/**'); }
  read -r parse_s _ < <(measure "$bin" review "$dir" "${extra[@]}" --config "$config" --parse-only --fail-on never -q --format json)
  read -r review_s review_kib < <(measure "$bin" review "$dir" "${extra[@]}" --config "$config" --fail-on never -q --format json -o "$out/$label.json")
  read -r secrets_s _ < <(measure "$bin" review "$dir" "${extra[@]}" --config "$secrets_config" --fail-on never -q --format json)
  read -r files lines findings bytes < <(stats "$out/$label.json")
  python3 - "$label" "$files" "$lines" "$parse_s" "$review_s" "$review_kib" "$findings" "$secrets_s" "$bytes" <<'PY'
import sys
label, files, lines, parse_s, review_s, kib, findings, secrets_s, nbytes = sys.argv[1:]
files, lines, kib, findings, nbytes = int(files), int(lines), int(kib), int(findings), int(nbytes)
parse_s, review_s, secrets_s = float(parse_s), float(review_s), float(secrets_s)
mb = nbytes / 1e6
# The secret rules' own throughput: the time a secrets-only review adds to parsing alone.
extra = secrets_s - parse_s
scan = f"{mb / extra:,.0f}" if extra >= 0.05 else "n/a (too fast)"
ratio = f"{review_s / parse_s:.2f}x" if parse_s >= 0.05 else "n/a (too fast)"
rate = lines / review_s if review_s > 0 else float("inf")
print(f"| {label} | {files:,} | {lines:,} | {mb:.1f} | {parse_s:.2f} | {review_s:.2f} | {ratio} | {rate:,.0f} | {kib/1024:.0f} MiB | {findings} | {secrets_s:.2f} | {scan} |")
PY
done

# Branch review of a one-file change in a large repository: django as a git repository, one file
# edited, reviewed with --base HEAD (the merge base is HEAD; only the edited file is reviewed).
echo
echo "| branch review, one file changed in django | seconds |"
echo "|---|---:|"
repo="$out/django-git"
if [ ! -d "$repo/.git" ]; then
  rm -rf "$repo" && cp -r "$corpus/django" "$repo"
  git -C "$repo" init -q && git -C "$repo" add -A >/dev/null &&
    git -C "$repo" -c user.name=bench -c user.email=bench@example.com commit -q -m base
fi
git -C "$repo" checkout -q -- .
read -r full_s _ < <(measure "$bin" review "$repo" --config "$config" --fail-on never -q --format json)
printf '| full review of the repository | %.2f |\n' "$full_s"
# A file no route, middleware or control is read from: the project model is not rebuilt.
# A URL configuration: the project model is rebuilt from every file's facts (parsed, no rules)
# and compared with the base's.
for edited in django/utils/text.py django/contrib/auth/urls.py; do
  echo "# edited for the benchmark" >>"$repo/$edited"
  read -r branch_s _ < <(measure "$bin" review "$repo" --base HEAD --config "$config" --fail-on never -q --format json)
  git -C "$repo" checkout -q -- .
  printf '| `--base HEAD`, `%s` changed | %.2f |\n' "$edited" "$branch_s"
done
