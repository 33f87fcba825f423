#!/usr/bin/env bash
# Downloads the benchmark corpus: published registry packages, unpacked under bench/corpus/.
# Pinned versions so figures are comparable between runs. Needs npm and pip (registry access).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="$here/corpus"
mkdir -p "$corpus" "$corpus/.tmp"
cd "$corpus/.tmp"

npm_pkg() { # name version dir
  local name="$1" version="$2" dir="$corpus/$3"
  [ -d "$dir" ] && return
  local tgz
  tgz="$(npm pack --silent "$name@$version")"
  mkdir -p "$dir" && tar -xzf "$tgz" -C "$dir" --strip-components=1
}

pypi_sdist() { # name version dir
  local name="$1" version="$2" dir="$corpus/$3"
  [ -d "$dir" ] && return
  python3 -m pip download --quiet --no-deps --no-binary :all: --no-build-isolation -d . "$name==$version" >/dev/null 2>&1 ||
    python3 -m pip download --quiet --no-deps --no-binary :all: -d . "$name==$version"
  local archive
  archive="$(ls -1 | grep -i "^${name//-/[-_]}-${version}" | head -1)"
  mkdir -p "$dir" && tar -xzf "$archive" -C "$dir" --strip-components=1
}

npm_pkg typescript 5.6.3 typescript
npm_pkg @nestjs/core 10.4.15 nestjs-core
npm_pkg express 4.21.2 express
pypi_sdist django 5.1.4 django
pypi_sdist sqlalchemy 2.0.36 sqlalchemy
# Application code (servers, not libraries) for reading rule precision; not part of the speed table.
if [ "${WITH_APPS:-1}" = 1 ]; then
  mkdir -p "$corpus/apps"
  npm_pkg parse-server 7.3.0 apps/parse-server
  npm_pkg ghost 5.96.0 apps/ghost
  pypi_sdist label-studio 1.13.1 apps/label-studio
  pypi_sdist mlflow 2.17.2 apps/mlflow
fi
rm -rf "$corpus/.tmp"
echo "corpus ready in $corpus:"
for d in "$corpus"/*/; do
  printf '  %-14s %8s files\n' "$(basename "$d")" "$(find "$d" -type f \( -name '*.js' -o -name '*.ts' -o -name '*.py' -o -name '*.mjs' -o -name '*.cjs' \) | wc -l)"
done
