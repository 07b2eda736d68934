#!/usr/bin/env bash
# exercises/quiz-check.sh — prove that `memsim exercises quiz` only emits programs memsim
# analyses exactly like Go 1.27.3 (linux/amd64).
#
# For each seed of a fixed sample (20 learners' names; --seeds N adds N more, seed1..seedN),
# the script generates the quiz (`memsim exercises quiz --seed NAME --count COUNT --out DIR`),
# and for every program in it:
#   - builds it with real Go, `go build -gcflags='-m -l'` (all programs in one module, in
#     one go command), and compares Go's diagnostics for the file with `memsim escape`
#     (the same text, byte for byte, paths as Go prints them beside the file): a quiz's
#     answers are memsim's report, so they must be Go's;
#   - checks that gofmt would not change it (learners read gofmt-formatted Go).
# It fails on the first program that differs, printing the program and both outputs.
# Nothing in the repository is written.
#
# Usage: exercises/quiz-check.sh [--count N] [--seeds N]   (default: --count 5 --seeds 0)
# Go: $GO, else `go` on PATH, else <repo>/.go/bin/go. memsim: $MEMSIM, else
# target/debug/memsim after `cargo build -q -p memsim`.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
count=5 extra=0
while [ $# -gt 0 ]; do
  case $1 in
    --count) count=${2:?--count needs a number}; shift 2 ;;
    --seeds) extra=${2:?--seeds needs a number}; shift 2 ;;
    *) echo "usage: exercises/quiz-check.sh [--count N] [--seeds N]" >&2; exit 2 ;;
  esac
done
go=${GO:-$(command -v go || echo "$root/.go/bin/go")}
[ -x "$go" ] || { echo "quiz-check.sh: no go (set \$GO)" >&2; exit 1; }
[ -c /dev/null ] || { echo "quiz-check.sh: /dev/null is not a character device" >&2; exit 1; }
export GOTOOLCHAIN=local GOPROXY=off GOFLAGS= GOWORK=off CGO_ENABLED=0
unset GOOS GOARCH GODEBUG 2>/dev/null || true
ver=$("$go" env GOVERSION)
[ "$ver" = go1.27.3 ] || { echo "quiz-check.sh: need go1.27.3, found $ver" >&2; exit 1; }
gofmt=$("$go" env GOROOT)/bin/gofmt
if [ -z "${MEMSIM:-}" ]; then
  (cd "$root" && cargo build -q -p memsim)
  MEMSIM=$root/target/debug/memsim
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/quiz-check.XXXXXX")
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
export GOCACHE=${GOCACHE:-$tmp/gocache}

seeds=(alice bob carol dave eve frank grace heidi ivan judy mallory niaj olivia peggy
  rupert sybil trent victor walter "Zoë Ångström")
for i in $(seq 1 "$extra"); do seeds+=("seed$i"); done

# Every quiz into one module: one `go build ./...` compiles all the programs at once (several
# main packages: compiled, not linked, nothing written). Go's -m lines of a package are
# printed together, each prefixed with the file's path from the module's root.
mod=$tmp/mod
mkdir -p "$mod"
printf 'module quizcheck\n\ngo 1.27\n' >"$mod/go.mod"
for i in "${!seeds[@]}"; do
  "$MEMSIM" exercises quiz --seed "${seeds[$i]}" --count "$count" --out "$mod/seed$i" 2>/dev/null
done
if ! (cd "$mod" && "$go" build -gcflags='-m -l' ./...) 2>"$tmp/go.err"; then
  echo "quiz-check.sh: Go does not build every generated program:" >&2
  grep -v ': \(moved to heap\|.* escapes to heap\|.* does not escape\|leaking param\)' "$tmp/go.err" >&2 || true
  exit 1
fi

programs=0
for i in "${!seeds[@]}"; do
  seed=${seeds[$i]}
  for prog in "$mod/seed$i"/quiz*/main.go; do
    d=$(dirname "$prog") rel=seed$i/$(basename "$(dirname "$prog")")
    # Go's lines for this file, as `go build -gcflags='-m -l' main.go` prints them in its folder.
    grep "^$rel/main.go:" "$tmp/go.err" | sed "s|^$rel/main.go:|./main.go:|" >"$tmp/go.m" || true
    (cd "$d" && "$MEMSIM" escape main.go) >"$tmp/memsim.m" 2>&1 || true
    if ! cmp -s "$tmp/go.m" "$tmp/memsim.m"; then
      echo "quiz-check.sh: seed '$seed', $(basename "$d"): memsim differs from Go (< go, > memsim):" >&2
      diff "$tmp/go.m" "$tmp/memsim.m" >&2 || true
      cat -n "$prog" >&2; exit 1
    fi
    [ -s "$tmp/go.m" ] || { echo "quiz-check.sh: seed '$seed', $(basename "$d"): Go reports nothing: a quiz with nothing to predict" >&2; exit 1; }
    programs=$((programs + 1))
  done
done
unformatted=$("$gofmt" -l "$mod")
if [ -n "$unformatted" ]; then
  echo "quiz-check.sh: not gofmt-formatted:" >&2
  "$gofmt" -d $unformatted >&2 || true; exit 1
fi
echo "quiz-check.sh: $programs programs of ${#seeds[@]} seeds: memsim's -m equals Go's ($ver) on every one, all gofmt-formatted" >&2
