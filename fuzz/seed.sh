#!/usr/bin/env bash
# Builds the seed corpus of every fuzz target from the repository's own fixtures and test data:
#   fuzz/seed.sh OUT_DIR SECHOUND_BINARY
# OUT_DIR/<target>/ gets one file per seed. The binary writes the advisory store and the JSON
# reports the store and report targets start from.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$1
bin=$2
fixtures=$root/crates/sechound-rules/tests/fixtures
lockfiles=$root/crates/sechound-deps/tests/data/lockfiles
rm -rf "$out"
mkdir -p "$out"

# seed TARGET FILE...: copies each file in as a seed of TARGET.
seed() {
    local target=$1
    shift
    mkdir -p "$out/$target"
    local file
    for file in "$@"; do
        [ -f "$file" ] && cp "$file" "$out/$target/$(printf '%s' "$file" | sha1sum | cut -c1-16)"
    done
    return 0
}
# files DIR... -- FIND-ARGS: the files under the directories that FIND-ARGS select.
files() {
    local dirs=()
    while [ "$1" != "--" ]; do dirs+=("$1"); shift; done
    shift
    find "${dirs[@]}" -type f "$@" | sort
}

seed config_toml "$root"/fuzz/seeds/config_toml/*
mapfile -t with_suppressions < <(grep -rl "sechound-ignore" "$root/crates" "$root/examples" "$root/README.md" --include='*.js' --include='*.ts' --include='*.py' --include='*.rs' --include='*.md' || true)
seed suppressions "${with_suppressions[@]}"

seed package_json $(files "$lockfiles" "$root/crates/sechound/tests/data" "$root/examples" -- -name 'package.json')
seed package_lock $(files "$lockfiles" "$root/crates/sechound/tests/data" -- -name 'package-lock*.json')
seed yarn_lock $(files "$lockfiles" "$root/crates/sechound/tests/data" -- -name '*yarn*.lock')
seed pnpm_lock $(files "$lockfiles" -- -name 'pnpm-lock*.yaml')
seed requirements_txt $(files "$lockfiles" "$root/crates/sechound/tests/data" "$root/examples" -- -name 'requirements*.txt')
seed pyproject_toml $(files "$lockfiles" "$root/examples" -- -name 'pyproject*.toml')
seed poetry_lock $(files "$lockfiles" -- -name 'poetry.lock')
seed pipfile_lock $(files "$lockfiles" -- -name 'Pipfile.lock')
seed uv_lock $(files "$lockfiles" -- -name 'uv.lock')

osv=$root/crates/sechound-deps/tests/data/osv
mapfile -t records < <(files "$osv" -- -name '*.json')
seed osv_record "${records[@]:0:60}"
store=$(mktemp -d)
trap 'rm -rf "$store"' EXIT
SECHOUND_DB=$store "$bin" db import "$osv" > /dev/null
seed osv_store "$store"/*.osvdb

seed dockerfile $(files "$fixtures" "$root/examples" -- \( -name 'Dockerfile*' -o -name '*.Dockerfile' \))
seed dotenv $(files "$fixtures" "$root/examples" -- \( -name '*.env' -o -name '.env*' -o -path '*/env.*/*' \) -not -name '*.expect')
seed compose $(files "$fixtures" "$root/examples" -- \( -name 'docker-compose*.y*ml' -o -name 'compose*.y*ml' \))
seed terraform $(files "$fixtures" "$root/examples" -- -name '*.tf')
seed github_workflow $(files "$fixtures" "$root/examples" -- \( -path '*/.github/workflows/*.y*ml' -o -name 'action.y*ml' \))

mkdir -p "$out/report_json"
for example in express-api fastapi-service; do
    "$bin" review "$root/examples/$example" --format json --fail-on never -q \
        -o "$out/report_json/$example.json"
done

# review_file: the first line names the file, the rest is its content (see sechound-fuzzing).
mkdir -p "$out/review_file"
while IFS= read -r file; do
    name=$(basename "$file")
    case "$name" in
        positive*.Dockerfile | negative*.Dockerfile) name=Dockerfile ;;
    esac
    { printf '%s\n' "$name"; cat "$file"; } > "$out/review_file/$(printf '%s' "$file" | sha1sum | cut -c1-16)"
done < <(files "$fixtures" "$root/examples" -- -size -64k -not -name '*.expect' -not -name '*.snap')
