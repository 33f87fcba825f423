#!/usr/bin/env bash
# The logic of the sechound GitHub Action (action.yml), kept here so that a test can run it with a
# simulated GitHub environment. Two steps:
#
#   action.sh install   make `sechound` of the action's own version available: a cached binary,
#                       else the release artifact when one exists, else `cargo install --locked`
#                       from the action's checkout (the source at the action's ref, its Cargo.lock)
#   action.sh review    review, write the report, the SARIF file, the job summary and the
#                       annotations, set the outputs, and exit with the review's code
#                       (1: findings at or above fail-on, 2: a usage or configuration error)
#
# Inputs arrive as INPUT_* environment variables (set by action.yml); GitHub provides
# GITHUB_ACTION_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_PATH, RUNNER_TEMP, RUNNER_OS,
# RUNNER_ARCH and, on pull requests, GITHUB_BASE_REF.
set -euo pipefail

action_path=${GITHUB_ACTION_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
install_root=${SECHOUND_INSTALL_ROOT:-${RUNNER_TOOL_CACHE:-${RUNNER_TEMP:-/tmp}}/sechound}
work=${RUNNER_TEMP:-/tmp}/sechound-action

fail() {
  echo "::error title=sechound::$1"
  exit 2
}

# The version the action's checkout builds: [workspace.package] version of its Cargo.toml.
action_version() {
  sed -n '/^\[workspace.package\]/,/^\[/s/^version *= *"\(.*\)"/\1/p' "$action_path/Cargo.toml" | head -n 1
}

output() {
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"
  fi
}

install() {
  local version bin
  version=$(action_version)
  [ -n "$version" ] || fail "cannot read the version from $action_path/Cargo.toml"
  bin="$install_root/bin/sechound"
  if [ -x "$bin" ] && [ "$("$bin" --version 2>/dev/null)" = "sechound $version" ]; then
    echo "sechound $version: cached at $bin"
  elif release "$version" "$bin"; then
    echo "sechound $version: release artifact"
  else
    command -v cargo >/dev/null || fail "no cached sechound $version, no release artifact and no cargo to build it"
    echo "sechound $version: building from $action_path (cargo install --locked)"
    cargo install --locked --path "$action_path/crates/sechound" --root "$install_root" ||
      fail "cargo install --locked failed (see the log above)"
  fi
  [ -x "$bin" ] || fail "the install left no executable at $bin"
  if [ -n "${GITHUB_PATH:-}" ]; then
    echo "$install_root/bin" >>"$GITHUB_PATH"
  fi
  output sechound "$bin"
  "$bin" --version
}

# The release artifact of this version, when the action's repository publishes one:
# sechound-<version>-<arch>-<os>.tar.gz holding the `sechound` binary.
release() {
  local version=$1 bin=$2 base name tmp
  base=${SECHOUND_RELEASE_URL:-}
  if [ -z "$base" ] && [ -n "${GITHUB_ACTION_REPOSITORY:-}" ]; then
    base="${GITHUB_SERVER_URL:-https://github.com}/$GITHUB_ACTION_REPOSITORY/releases/download/v$version"
  fi
  [ -n "$base" ] || return 1
  command -v curl >/dev/null || return 1
  name="sechound-$version-$(uname -m)-$(uname -s | tr '[:upper:]' '[:lower:]').tar.gz"
  tmp=$(mktemp -d)
  if curl -fsSL --retry 2 -o "$tmp/$name" "$base/$name" 2>/dev/null &&
    tar -xzf "$tmp/$name" -C "$tmp" sechound 2>/dev/null &&
    [ "$("$tmp/sechound" --version 2>/dev/null)" = "sechound $version" ]; then
    mkdir -p "$(dirname "$bin")"
    mv "$tmp/sechound" "$bin"
    rm -rf "$tmp"
    return 0
  fi
  rm -rf "$tmp"
  return 1
}

# The file extension of a report format (sets `ext`).
extension() {
  case "$1" in
    markdown | summary) ext=md ;;
    json | gitlab-sast | codequality) ext=json ;;
    sarif) ext=sarif ;;
    html) ext=html ;;
    *) fail "format: \`$1\` is not one of markdown, json, sarif, html, gitlab-sast, codequality, summary" ;;
  esac
}

truthy() {
  case "$(printf '%s' "$1" | tr '[:upper:]' '[:lower:]')" in
    true | yes | 1 | on) return 0 ;;
    false | no | 0 | off | "") return 1 ;;
    *) fail "expected true or false, got \`$1\`" ;;
  esac
}

review() {
  local sechound path base fail_on format ext args status report sarif
  sechound=${SECHOUND:-sechound}
  command -v "$sechound" >/dev/null || fail "sechound is not installed (run the install step first)"
  path=${INPUT_PATH:-.}
  fail_on=${INPUT_FAIL_ON:-high}
  format=${INPUT_FORMAT:-sarif}
  extension "$format"
  base=${INPUT_BASE:-}
  if [ "$base" = "auto" ]; then
    # Pull requests: what the branch introduced against its base; anything else: a full review.
    base=${GITHUB_BASE_REF:+origin/$GITHUB_BASE_REF}
  fi
  mkdir -p "$work"
  args=(review "$path" --format json --output "$work/review.json" --quiet --fail-on "$fail_on")
  [ -n "$base" ] && args+=(--base "$base")
  [ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
  [ -n "${INPUT_ADVISORIES:-}" ] && args+=(--advisories "$INPUT_ADVISORIES")
  [ -n "${INPUT_PROBE_URL:-}" ] && args+=(--probe "$INPUT_PROBE_URL")
  echo "sechound ${args[*]}"
  status=0
  "$sechound" "${args[@]}" || status=$?
  output exit-code "$status"
  if [ "$status" -gt 1 ] || [ ! -f "$work/review.json" ]; then
    echo "::error title=sechound::the review stopped with exit code $status (see the message above)"
    exit "$status"
  fi

  report=${INPUT_OUTPUT:-sechound-report.$ext}
  "$sechound" report "$work/review.json" --format "$format" --output "$report" --quiet
  output report "$report"
  if truthy "${INPUT_UPLOAD_SARIF:-false}"; then
    sarif="$work/sechound.sarif"
    [ "$format" = sarif ] && sarif=$report
    [ "$format" = sarif ] || "$sechound" report "$work/review.json" --format sarif --output "$sarif" --quiet
    output sarif "$sarif"
  fi
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    "$sechound" report "$work/review.json" --format summary >>"$GITHUB_STEP_SUMMARY"
  fi
  if truthy "${INPUT_ANNOTATIONS:-true}"; then
    # Workflow commands on standard output become annotations on the pull request's lines.
    "$sechound" report "$work/review.json" --format github
  fi
  if [ "$status" -eq 1 ]; then
    echo "::error title=sechound::findings at or above \`$fail_on\` (the report is $report)"
  fi
  exit "$status"
}

case "${1:-}" in
  install) install ;;
  review) review ;;
  *)
    echo "usage: action.sh install|review" >&2
    exit 2
    ;;
esac
