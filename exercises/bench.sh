#!/usr/bin/env bash
# exercises/bench.sh — how fast grading is, against issue 5's bars (a benchmark, not a
# test: it reports, and marks a missed bar, but grading correctness is the test suite's).
#
#   exercises/bench.sh [RUNS]        (default 5 runs per measurement; the median is shown)
#
# It uses the memsim the learner's loop uses (the dev profile, as `cargo run -p memsim-book`
# builds it) and the reference solutions, so that every grade passes:
#   re-grade   `memsim exercises check NAME --dir solutions` right after the exercise's
#              file is saved again (touched), warm: one exercise of each kind (predict,
#              allocs, a Rust "build the machine" exercise, a Rust ownership exercise).
#              Bar: under 1.5 s each (rustlings 6 needs about 2 s).
#   verify     `memsim exercises verify --dir solutions`, warm (after one run that builds
#              the Rust graders). Bar: under 60 s.
# Numbers depend on the machine and its load: run it on an idle machine.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
runs=${1:-5}

cargo build -q -p memsim
memsim=$root/target/debug/memsim

now() { date +%s.%N; }
median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
row() { # WHAT SECONDS BAR
  awk -v w="$1" -v s="$2" -v b="$3" 'BEGIN {
    printf "%-44s %8.3f s  bar %5.1f s  %5.1f%% of it%s\n", w, s, b, 100 * s / b, (s < b ? "" : "  OVER THE BAR") }'
}

# One exercise of each kind: NAME FILE-the-learner-saves.
cases=(
  "01_returned_pointer main.go"
  "24_preallocate main.go"
  "43_tricolour exercise.rs"
  "47_borrow_in_a_loop exercise.rs"
)
echo "memsim exercises: grading speed (median of $runs runs; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg))"
for c in "${cases[@]}"; do
  set -- $c
  name=$1 file=solutions/$1/$2
  "$memsim" exercises check "$name" --dir solutions >/dev/null # warm: the grader is built
  times=()
  for _ in $(seq "$runs"); do
    touch "$file"
    t=$(now)
    "$memsim" exercises check "$name" --dir solutions >/dev/null
    times+=("$(awk -v a="$t" -v b="$(now)" 'BEGIN { print b - a }')")
  done
  kind=$(awk -v n="$name" '$0 ~ "name = \"" n "\"" { f = 1 } f && /^kind/ { gsub(/"/, "", $3); print $3; exit }' exercises/info.toml)
  row "re-grade $name (${kind:-rust}) after a save" "$(printf '%s\n' "${times[@]}" | median)" 1.5
done

"$memsim" exercises verify --dir solutions >/dev/null # warm
times=()
for _ in $(seq "$(( runs < 3 ? runs : 3 ))"); do
  t=$(now)
  last=$("$memsim" exercises verify --dir solutions | tail -n 1)
  times+=("$(awk -v a="$t" -v b="$(now)" 'BEGIN { print b - a }')")
done
row "verify --dir solutions ($last)" "$(printf '%s\n' "${times[@]}" | median)" 60
