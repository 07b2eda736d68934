#!/usr/bin/env bash
# exercises/regen.sh — write what real Go says about the exercises (go1.27.3, linux/amd64):
#
#   predict exercises  solutions/NAME/main.go: exercises/NAME/main.go with, on every line
#                      `go build -gcflags='-m -l'` reports on, the comment
#                      // want "MESSAGE" ... (Go's messages, in Go's order)
#   allocs exercises   exercises/NAME/expected.stdout and solutions/NAME/expected.stdout:
#                      what the exercise prints (`go run`); exercises/NAME/expected.allocs:
#                      testing.AllocsPerRun(100, FUNC) of the exercise and of the solution
#                      (built with -gcflags=-l). The script fails unless the solution prints
#                      the same and stays within the budget while the exercise does not.
#
# Usage: exercises/regen.sh [--out DIR]   (DIR: write exercises/ and solutions/ there instead,
#                                          for `diff -r`; the hand-written files are copied)
# Go: $GO, else `go` on PATH, else <repo>/.go/bin/go.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
out=$root
if [ "${1:-}" = --out ]; then
  [ $# -ge 2 ] || { echo "regen.sh: --out needs a directory" >&2; exit 2; }
  mkdir -p "$2"; out=$(cd "$2" && pwd)
  cp -r "$root/exercises" "$root/solutions" "$out/"
  rm -rf "$out/exercises/target" "$out/solutions/target"
elif [ $# -gt 0 ]; then
  echo "usage: exercises/regen.sh [--out DIR]" >&2; exit 2
fi
go=${GO:-$(command -v go || echo "$root/.go/bin/go")}
[ -x "$go" ] || { echo "regen.sh: no go (set \$GO)" >&2; exit 1; }
[ -c /dev/null ] || { echo "regen.sh: /dev/null is not a character device" >&2; exit 1; }
export GOTOOLCHAIN=local GOPROXY=off GOFLAGS= GOWORK=off CGO_ENABLED=0
unset GOOS GOARCH GODEBUG 2>/dev/null || true
tmp=$(mktemp -d "${TMPDIR:-/tmp}/exercises-regen.XXXXXX")
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
export GOCACHE=$tmp/gocache
ver=$("$go" env GOVERSION)
[ "$ver" = go1.27.3 ] || { echo "regen.sh: need go1.27.3, found $ver" >&2; exit 1; }

# name kind func budget, one line per exercise of info.toml
list() {
  awk '
    /^\[\[exercises\]\]/ { if (name != "") print name, kind, (fn == "" ? "-" : fn), (budget == "" ? "-" : budget); name = kind = fn = budget = "" }
    /^name *=/   { v = $0; sub(/^[^"]*"/, "", v); sub(/".*$/, "", v); name = v }
    /^kind *=/   { v = $0; sub(/^[^"]*"/, "", v); sub(/".*$/, "", v); kind = v }
    /^func *=/   { v = $0; sub(/^[^"]*"/, "", v); sub(/".*$/, "", v); fn = v }
    /^budget *=/ { v = $0; sub(/^[^=]*= */, "", v); budget = v }
    END { if (name != "") print name, kind, (fn == "" ? "-" : fn), (budget == "" ? "-" : budget) }
  ' "$here/info.toml"
}

# allocs FILE FUNC: AllocsPerRun(100, FUNC) of FILE built with -gcflags=-l
allocs() {
  local f=$1 fn=$2 w=$tmp/allocs
  rm -rf "$w"; mkdir -p "$w"
  cp "$f" "$w/main.go"
  printf 'module ex\n\ngo 1.27\n' >"$w/go.mod"
  cat >"$w/zz_test.go" <<GO
package main

import (
	"fmt"
	"os"
	"testing"
)

func TestZZ(t *testing.T) {
	devnull, _ := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	stdout := os.Stdout
	os.Stdout = devnull
	n := testing.AllocsPerRun(100, $fn)
	os.Stdout = stdout
	fmt.Printf("ZZ %d\n", int64(n))
}
GO
  (cd "$w" && "$go" test -gcflags=-l -run '^TestZZ$' -count=1 -v . </dev/null) | sed -n 's/^ZZ //p'
}

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
while read -r name kind fn budget; do
  ex=$root/exercises/$name/main.go sol=$root/solutions/$name/main.go
  case $kind in
    predict)
      (cd "$root/exercises/$name" && "$go" build -gcflags='-m -l' -o "$tmp/bin" main.go) 2>"$tmp/m" \
        || { fail "$name does not build"; cat "$tmp/m" >&2; continue; }
      mkdir -p "$out/solutions/$name"
      # Go's messages by line, as Go string literals, appended to their lines.
      awk -v msgs="$tmp/m" '
        BEGIN {
          while ((getline l < msgs) > 0) {
            if (l !~ /^\.\/main\.go:[0-9]+:[0-9]+: /) continue
            split(l, p, ":"); n = p[2] + 0
            m = l; sub(/^\.\/main\.go:[0-9]+:[0-9]+: /, "", m)
            gsub(/\\/, "\\\\", m); gsub(/"/, "\\\"", m)
            want[n] = want[n] " \"" m "\""
          }
        }
        { if (NR in want) print $0 " // want" want[NR]; else print }
      ' "$ex" >"$out/solutions/$name/main.go"
      ;;
    allocs)
      (cd "$root/exercises/$name" && "$go" build -o "$tmp/ex" main.go) || { fail "$name does not build"; continue; }
      (cd "$root/solutions/$name" && "$go" build -o "$tmp/sol" main.go) || { fail "solution $name does not build"; continue; }
      "$tmp/ex" >"$tmp/ex.out" </dev/null || { fail "$name exits with an error"; continue; }
      "$tmp/sol" >"$tmp/sol.out" </dev/null || { fail "solution $name exits with an error"; continue; }
      cmp -s "$tmp/ex.out" "$tmp/sol.out" || fail "solution $name prints something else than the exercise"
      cp "$tmp/ex.out" "$out/exercises/$name/expected.stdout"
      cp "$tmp/ex.out" "$out/solutions/$name/expected.stdout"
      a_ex=$(allocs "$ex" "$fn") a_sol=$(allocs "$sol" "$fn")
      [ -n "$a_ex" ] && [ -n "$a_sol" ] || { fail "$name: cannot measure $fn"; continue; }
      [ "$a_ex" -gt "$budget" ] || fail "$name: the exercise already meets its budget ($a_ex <= $budget allocs/op)"
      [ "$a_sol" -le "$budget" ] || fail "$name: the solution misses its budget ($a_sol > $budget allocs/op)"
      printf 'exercise\t%s\nsolution\t%s\n' "$a_ex" "$a_sol" >"$out/exercises/$name/expected.allocs"
      ;;
    machine|ownership) ;; # Rust: graded by cargo test (exercises/rust), nothing from Go
    *) fail "$name: unknown kind $kind" ;;
  esac
done < <(list)
[ "$failures" = 0 ] || { echo "regen.sh: $failures failure(s)" >&2; exit 1; }
echo "exercises/regen.sh: written to $out ($ver)" >&2
