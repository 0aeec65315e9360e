#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# The whole-process rows of ./siempleo bench, run after the Maven build, then the table of every row.
#   start-up: the product and the bare RCP 3.x + EMF product (benchmarks/hn.siempleo.bare.product) started
#     alternately by the same script (siempleo.sh) with a fresh workspace each time, until the window shows the
#     model painted (-Dsiempleo.startup.trace, written by the application); one warm-up run each, then the median
#     of RUNS runs. The product's second start records its JVM cache (siempleo.sh, JDK 25 and later; timed and
#     printed as a new user's first start), the runs wait until it is made. The reference runs without it
#     (SIEMPLEO_AOT=off), as a bare product started by a plain launcher does; the same bare product with a cache of
#     its own is printed beside it;
#   validate: `./siempleo validate` on the shipped data set, the whole process (the script finding the JDK, then the
#     product's siempleo.sh and the headless application).
# Rows of the Java benchmarks come from ROWS (benchmarks/target/rows.tsv); the table is printed and appended to
# benchmarks/results/summary.txt. A product that was not built (a scoped ./siempleo bench -pl ...) is named and
# its rows skipped. Needs DISPLAY.
# Usage: benchmarks/process-benchmarks.sh ROOT JAVA
set -uo pipefail
root="$1"; java="$2"
runs="${SIEMPLEO_BENCH_RUNS:-5}"
rows="$root/benchmarks/target/rows.tsv"
product="$root/product/target/products/hn.siempleo.product/linux/gtk/x86_64/siempleo"
bare="$root/benchmarks/hn.siempleo.bare.product/target/products/hn.siempleo.bare.product/linux/gtk/x86_64/bare"
dataset="$root/bundles/hn.siempleo.core/data/si-empleo-2024.siempleo"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache" # the JVM caches siempleo.sh makes: a new user's, in this run only
mkdir -p "$(dirname "$rows")"
touch "$rows"

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$rows"; } # order, what, now, reference, target, ratio

# wait_aot: until the JVM caches recorded so far are made (siempleo.sh makes them in the background), at most 2 min
wait_aot() {
  local dir="$XDG_CACHE_HOME/siempleo/jvm"
  for _ in $(seq 1 240); do
    compgen -G "$dir/*.conf" > /dev/null || compgen -G "$dir/*.tmp" > /dev/null || return 0
    sleep 0.5
  done
  echo "process-benchmarks: the JVM cache was not made in 2 minutes" >&2
}

# start_once DIR [ARGS]: milliseconds from the launch to the painted window with the model open, or nothing
start_once() {
  local dir="$1"; shift
  local data; data="$(mktemp -d "$work/data.XXXX")"
  rm -f "$work/trace"
  local t0; t0=$(date +%s%3N)
  SIEMPLEO_JAVA="$java" SIEMPLEO_DATA="$data" \
    SIEMPLEO_VMARGS="-Dsiempleo.startup.trace=$work/trace -Dsiempleo.startup.exit=true" \
    timeout 120 "$dir/siempleo.sh" "$@" > "$work/start.log" 2>&1
  if [[ -s "$work/trace" ]]; then echo $(( $(cat "$work/trace") - t0 )); else sed 's/^/  | /' "$work/start.log" | tail -20 >&2; fi
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "-" }'; }

if [[ -x "$product/siempleo.sh" && -x "$bare/siempleo.sh" ]]; then
  # the warm-ups: the installation's first start (the framework's caches), then a new user's first start (the JVM
  # cache recorded)
  SIEMPLEO_AOT=off start_once "$product" > /dev/null; first=$(start_once "$product")
  SIEMPLEO_AOT=off start_once "$bare" "$dataset" > /dev/null
  wait_aot
  : > "$work/product.ms"; : > "$work/bare.ms"; : > "$work/bare-aot.ms"
  for _ in $(seq 1 "$runs"); do
    start_once "$product" >> "$work/product.ms"
    SIEMPLEO_AOT=off start_once "$bare" "$dataset" >> "$work/bare.ms"
  done
  # the same bare product with a JVM cache of its own (not the reference: a plain launcher has none)
  start_once "$bare" "$dataset" > /dev/null; wait_aot
  for _ in $(seq 1 "$runs"); do start_once "$bare" "$dataset" >> "$work/bare-aot.ms"; done
  p=$(median < "$work/product.ms"); b=$(median < "$work/bare.ms"); ba=$(median < "$work/bare-aot.ms")
  echo "start-up (ms), product: $(tr '\n' ' ' < "$work/product.ms")(a new user's first start, recording the JVM cache: $first);" \
    "bare RCP + EMF: $(tr '\n' ' ' < "$work/bare.ms"); bare with a JVM cache of its own: $(tr '\n' ' ' < "$work/bare-aot.ms")"
  if [[ -n "$p" && -n "$b" ]]; then
    row 1 "start to the window with the data set open (fresh user)" "$p ms (first start $first ms)" \
      "bare RCP 3.x + EMF product: $b ms ($ba ms with a cache)" "≤ 1.15× the bare product" "$(ratio "$p" "$b")"
  fi
else
  echo "process-benchmarks: no product or bare product built (a scoped run?): the start-up row is skipped" >&2
fi

if [[ -x "$product/siempleo.sh" ]]; then
  : > "$work/validate.ms"
  for i in $(seq 0 "$runs"); do
    (( i == 1 )) && wait_aot
    t0=$(date +%s%N)
    JAVA_HOME="$(dirname "$(dirname "$java")")" SIEMPLEO_CLI_DATA="$work/cli" "$root/siempleo" validate "$dataset" \
      > "$work/validate.out" 2>&1 || { cat "$work/validate.out" >&2; break; }
    (( i > 0 )) && echo $(( ($(date +%s%N) - t0) / 1000000 )) >> "$work/validate.ms"
  done
  v=$(median < "$work/validate.ms")
  echo "validate (ms): $(tr '\n' ' ' < "$work/validate.ms")"
  [[ -n "$v" ]] && row 8 "./siempleo validate of the shipped plan (whole process)" "$v ms" "-" "≤ 1200 ms" \
    "$(ratio "$v" 1200) of the target"
fi

# the table: every row measured in this run, in the issue's order
{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%S) UTC, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $("$java" -version 2>&1 | head -1)"
  sort -t$'\t' -k1,1n -s "$rows" | awk -F'\t' '
    BEGIN { printf "%-58s | %-30s | %-44s | %-26s | %s\n", "what", "now", "reference", "target", "ratio" }
    { printf "%-58s | %-30s | %-44s | %-26s | %s\n", $2, $3, $4, $5, $6 }'
} | tee -a "$root/benchmarks/results/summary.txt"
