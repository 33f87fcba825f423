# Sourced by the benchmark scripts; expects $runs and $out to be set.
# measure CMD...: best-of-$runs wall seconds and the peak RSS (KiB) of the best run, "seconds kib".
# Exit code 1 (findings at or above --fail-on) counts as success.
measure() {
  local best="" best_kib=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt" || {
      code=$?
      [ "$code" -eq 1 ] || { cat "$out/stderr.txt" >&2; exit "$code"; }
    }
    # GNU time puts "Command exited with non-zero status 1" before the figures.
    read -r secs kib < <(tail -n 1 "$out/time.txt")
    if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best="$secs"; best_kib="$kib"; fi
  done
  echo "$best $best_kib"
}
