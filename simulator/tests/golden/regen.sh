#!/usr/bin/env bash
# regen.sh — regenerate every golden file under simulator/tests/golden/ from the
# real Go toolchain (go1.27.3, linux/amd64). Goldens are never edited by hand.
#
# Usage:
#   regen.sh                 rewrite the goldens in place (next to the .go files)
#   regen.sh --out DIR       write the same tree into DIR instead (DIR must be empty
#                            or absent); the .go/.note inputs and the hand-written
#                            top-level files (*.md, *.sh) are copied too, so
#                            `diff -r golden DIR` is empty when the committed goldens
#                            are up to date
#   regen.sh --only FOLDER   (repeatable) restrict to reference|escape|run|allocs|errors|unsupported|book
#   REGEN_JOBS=N regen.sh    build N programs at a time (default 2); the output is the
#                            same whatever N is
#
# Go is found via $GO, else `go` on PATH, else <repo root>/.go/bin/go (also tried
# in the main git worktree). GOTOOLCHAIN=local GOPROXY=off and a fresh temporary
# GOCACHE are used so that no output ever depends on cache replay.
#
# Per folder (see README.md):
#   reference/, escape/  NAME.escape  stderr of `go build -gcflags='-m -l'` minus the
#                                     `# command-line-arguments` header (may be empty)
#                        NAME.m2      same with -gcflags='-m=2 -l', only for programs
#                                     containing a line starting with `// m2`
#   escape/, run/        NAME.stdout  stdout of the program (run/ is built without flags,
#                                     as `go run` builds; escape/ with -gcflags='-m -l')
#                        NAME.exitcode  exit status of the program, only if non-zero
#                        NAME.panic   first `panic: `/`fatal error: `/`runtime: ` line of its
#                                     stderr, only if the exit status is non-zero; it must be
#                                     the first stderr line and hold no address (0x...)
#   allocs/              NAME.allocs  one line per case function `func Name()` (exported, no
#                                     parameters or results), in source order:
#                                     FUNC<TAB>testing.AllocsPerRun(100, FUNC)<TAB>B/op, where
#                                     B/op is testing.Benchmark's AllocedBytesPerOp() at
#                                     -test.benchtime=2000x, minimum of 3 runs, at
#                                     GOMAXPROCS 1 (as AllocsPerRun); built with
#                                     -gcflags=-l, each case in a fresh process
#   errors/              NAME.err     first line printed by `go build` after the header
#   unsupported/         (nothing generated; the script checks that Go builds them)
#   book/                NAME.escape, NAME.m2 (always), NAME.stdout/.exitcode/.panic as
#                        run/, and NAME.allocs for the allocs=FUNC lines of NAME.shows: the
#                        book's go,memsim blocks, copied here by the book's sync test
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=$here
only=()
while [ $# -gt 0 ]; do
  case $1 in
    --out) [ $# -ge 2 ] || { echo "regen.sh: --out needs a directory" >&2; exit 2; }
           out=$2; shift 2 ;;
    --out=*) out=${1#--out=}; shift ;;
    --only) [ $# -ge 2 ] || { echo "regen.sh: --only needs a folder" >&2; exit 2; }
            only+=("$2"); shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    *) echo "regen.sh: unknown argument: $1 (usage: regen.sh [--out DIR] [--only FOLDER])" >&2; exit 2 ;;
  esac
done

# ---- locate go --------------------------------------------------------------
if [ -n "${GO:-}" ]; then
  go=$GO
elif command -v go >/dev/null 2>&1; then
  go=$(command -v go)
else
  go=""
  root=$(cd "$here/../../.." && pwd)
  cands=("$root/.go/bin/go")
  if common=$(git -C "$here" rev-parse --path-format=absolute --git-common-dir 2>/dev/null); then
    cands+=("$(dirname "$common")/.go/bin/go")
  fi
  for c in "${cands[@]}"; do
    if [ -x "$c" ]; then go=$c; break; fi
  done
  [ -n "$go" ] || { echo "regen.sh: no go found (set \$GO)" >&2; exit 1; }
fi

# the go command itself needs a working /dev/null (it runs its tools with
# stdin from it); a deleted or regular-file /dev/null gives confusing failures
if [ ! -c /dev/null ]; then
  echo "regen.sh: /dev/null is not a character device; fix it first" >&2; exit 1
fi

export GOTOOLCHAIN=local GOPROXY=off GOFLAGS= GOWORK=off CGO_ENABLED=0
unset GOOS GOARCH GOAMD64 GOEXPERIMENT GODEBUG 2>/dev/null || true
tmp=$(mktemp -d "${TMPDIR:-/tmp}/golden-regen.XXXXXX")
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
export GOCACHE=$tmp/gocache GOTMPDIR=
# Binaries go to $tmp, never to `-o /dev/null`: when /dev/null is (wrongly) a
# regular file, the go command removes it before writing its output.

ver=$("$go" env GOVERSION)
arch=$("$go" env GOOS)/$("$go" env GOARCH)
if [ "$ver" != go1.27.3 ] || [ "$arch" != linux/amd64 ]; then
  echo "regen.sh: need go1.27.3 linux/amd64, found $ver $arch ($go)" >&2
  [ -n "${REGEN_ANY_GO:-}" ] || exit 1
fi

# ---- output tree ------------------------------------------------------------
if [ "$out" != "$here" ]; then
  mkdir -p "$out"
  out=$(cd "$out" && pwd)
  if [ -n "$(ls -A "$out")" ]; then
    echo "regen.sh: --out directory $out is not empty" >&2; exit 2
  fi
  cp "$here"/*.md "$here"/*.sh "$out/"
fi

want() { # want FOLDER -> true if selected
  [ ${#only[@]} -eq 0 ] && return 0
  local f; for f in "${only[@]}"; do [ "$f" = "$1" ] && return 0; done; return 1
}

# Cases run in parallel (REGEN_JOBS, default 2: one per core); each works in its own
# directory $tmp/work/FOLDER/NAME and writes only its own goldens, so the output does not
# depend on the order in which cases finish. A failing case writes its messages to
# $w/fail; they are printed, in file order, once the folder is done.
jobs=${REGEN_JOBS:-2}
workdir() { local w=$tmp/work/$1/$2; mkdir -p "$w"; echo "$w"; }
fail() { echo "FAIL: $*" >>"$w/fail"; }
failures=0
# run_cases FOLDER FUNCTION [ARGS...]: FUNCTION ARGS... FILE for every NNN_*.go of FOLDER
run_cases() {
  local d=$1; shift
  local pattern='[0-9]*.go'
  [ "$d" = book ] && pattern='*.go'
  (cd "$here/$d" && ls $pattern) | xargs -P "$jobs" -I{} bash -c 'set -euo pipefail; "$@" {}' _ "$@"
  local ff
  for ff in $(find "$tmp/work/$d" -name fail -size +0 2>/dev/null | sort); do
    cat "$ff" >&2
    failures=$((failures + 1))
  done
  return 0
}

# strip the go command's package header (only when it is the first line)
strip_header() { sed '1{/^# command-line-arguments$/d}' "$1"; }

# prepare FOLDER: create it in $out, copy inputs when writing elsewhere, and
# remove stale generated files when writing in place
prepare() {
  local d=$1
  mkdir -p "$out/$d"
  if [ "$out" != "$here" ]; then
    cp "$here/$d"/*.go "$out/$d/"
    compgen -G "$here/$d/*.note" >/dev/null && cp "$here/$d"/*.note "$out/$d/"
    compgen -G "$here/$d/*.shows" >/dev/null && cp "$here/$d"/*.shows "$out/$d/"
  else
    find "$here/$d" -maxdepth 1 -type f \( -name '*.escape' -o -name '*.m2' -o -name '*.stdout' \
      -o -name '*.exitcode' -o -name '*.panic' -o -name '*.err' -o -name '*.allocs' \) -delete
  fi
  return 0
}

# escape-style case: -m -l diagnostics (+ -m=2 with // m2), optionally run it
escape_case() { # DIR RUN(0/1) FILE
  local d=$1 run=$2 f=$3 b=${3%.go}
  local w; w=$(workdir "$d" "$b")
  cd "$here/$d"
  if ! "$go" build -gcflags='-m -l' -o "$w/prog" "$f" >"$w/out" 2>"$w/err"; then
    fail "$d/$f does not build:"; cat "$w/err" >>"$w/fail"; return 0
  fi
  strip_header "$w/err" >"$out/$d/$b.escape"
  if grep -q '^// m2' "$f"; then
    if ! "$go" build -gcflags='-m=2 -l' -o "$w/discard" "$f" >"$w/out" 2>"$w/err2"; then
      fail "$d/$f does not build with -m=2"; return 0
    fi
    strip_header "$w/err2" >"$out/$d/$b.m2"
  fi
  if [ "$run" = 1 ]; then
    run_prog "$d" "$f" "$w"
  fi
  rm -f "$w/prog"
}

# run_once WORKDIR SUFFIX: run $w/prog once; stdout, stderr and exit status go to
# $w/stdout$SUFFIX, $w/stderr$SUFFIX, $w/rc$SUFFIX
run_once() {
  local w=$1 s=$2 rc=0
  (cd "$w" && exec timeout 20 ./prog) >"$w/stdout$s" 2>"$w/stderr$s" </dev/null || rc=$?
  echo "$rc" >"$w/rc$s"
}

# same_run WORKDIR SUFFIX1 SUFFIX2: did two runs print the same stdout and exit status?
same_run() {
  [ "$(cat "$1/rc$2")" = "$(cat "$1/rc$3")" ] && cmp -s "$1/stdout$2" "$1/stdout$3"
}

# run_prog DIR FILE WORKDIR: run $w/prog, write NAME.stdout, NAME.exitcode, NAME.panic.
# A program that reads the runtime's counters (runtime.ReadMemStats) sees the runtime's
# own background allocations too: a new thread's m and g, a timer. Measured here, about
# 1 run in 300 shows one (`tiny: 17 80` for `tiny: 16 64`), more on a loaded machine.
# Such a program runs until two runs print the same stdout and exit status (at most 4
# runs), and those are its golden: still what real Go printed, but not a one-off.
run_prog() {
  local d=$1 f=$2 w=$3 b=${2%.go}
  local rc
  run_once "$w" ".0"
  local agreed=.0
  if grep -q 'runtime\.ReadMemStats' "$here/$d/$f"; then
    agreed=""
    local i j
    for i in 1 2 3; do
      run_once "$w" ".$i"
      for ((j = 0; j < i; j++)); do
        if same_run "$w" ".$j" ".$i"; then agreed=.$j; break 2; fi
      done
    done
    if [ -z "$agreed" ]; then
      fail "$d/$f: no two of 4 runs printed the same (real Go's output varies)"; return 0
    fi
  fi
  for x in stdout stderr rc; do mv "$w/$x$agreed" "$w/$x"; done
  rc=$(cat "$w/rc")
  if [ "$rc" = 124 ]; then fail "$d/$f timed out"; return 0; fi
  cp "$w/stdout" "$out/$d/$b.stdout"
  if [ "$rc" != 0 ]; then
    echo "$rc" >"$out/$d/$b.exitcode"
    # the first line of the runtime's report; memsim must print it as its first
    # stderr line, so it has to be Go's first line too, and reproducible
    grep -m1 -E '^(panic: |fatal error: |runtime: )' "$w/stderr" >"$out/$d/$b.panic" || true
    if [ -s "$out/$d/$b.panic" ]; then
      if [ "$(head -n 1 "$w/stderr")" != "$(cat "$out/$d/$b.panic")" ]; then
        fail "$d/$f: the panic line is not the first line of stderr"
      fi
      if grep -q '0x' "$out/$d/$b.panic"; then
        fail "$d/$f: the panic line holds an address: $(cat "$out/$d/$b.panic")"
      fi
    fi
  fi
}

# run/: build as `go run` would (no flags) and run
run_case() { # FILE
  local f=$1 b=${1%.go}
  local w; w=$(workdir run "$b")
  cd "$here/run"
  if ! "$go" build -o "$w/prog" "$f" >"$w/out" 2>"$w/err"; then
    fail "run/$f does not build:"; cat "$w/err" >>"$w/fail"; return 0
  fi
  run_prog run "$f" "$w"
  rm -f "$w/prog"
}

# allocs/: the case file is copied, unchanged, next to a generated test that measures
# one case (named in $ALLOCS_CASE) per process, so no case sees another's globals;
# `memsim allocs FILE FUNC` measures one function of a fresh program too.
allocs_case() { # FILE
  local f=$1 b=${1%.go}
  local w; w=$(workdir allocs "$b")
  cd "$here/allocs"
  # case functions: top-level `func Name()` with an upper-case first letter, no
  # parameters and no results; every other exported function is a mistake
  sed -nE 's/^func ([A-Z][A-Za-z0-9_]*)\(\) *\{.*$/\1/p' "$f" >"$w/cases"
  if grep -E '^func [A-Z]' "$f" | grep -vqE '^func [A-Z][A-Za-z0-9_]*\(\) *\{'; then
    fail "allocs/$f: an exported function that is not a case (helpers must be lower-case):"
    grep -E '^func [A-Z]' "$f" | grep -vE '^func [A-Z][A-Za-z0-9_]*\(\) *\{' >>"$w/fail"; return 0
  fi
  if [ ! -s "$w/cases" ]; then fail "allocs/$f has no case function"; return 0; fi
  measure_allocs allocs "$f" "$w" "$out/allocs/$b.allocs"
}

# measure_allocs DIR FILE WORKDIR OUTFILE: AllocsPerRun and B/op of every function named
# in WORKDIR/cases (one per line), each in a fresh process; writes OUTFILE (one line per
# case: FUNC<TAB>ALLOCS<TAB>BYTES) when all succeed
measure_allocs() {
  local d=$1 f=$2 w=$3 outfile=$4
  mkdir -p "$w/pkg"
  cp "$f" "$w/pkg/$f"
  printf 'module allocscase\n\ngo 1.27\n' >"$w/pkg/go.mod"
  {
    cat <<'GO'
// Code generated by regen.sh; DO NOT EDIT.

package main

import (
	"fmt"
	"os"
	"runtime"
	"testing"
)

var zzAllocsCases = map[string]func(){
GO
    sed 's/.*/\t"&": &,/' "$w/cases"
    cat <<'GO'
}

// TestZZAllocs measures the case named in $ALLOCS_CASE: AllocsPerRun(100) (one warm-up
// call, 100 counted, integer floor) and the smallest AllocedBytesPerOp of 3 benchmarks
// (b.N from -test.benchtime, GOMAXPROCS 1 like AllocsPerRun). Output the case writes to stdout is discarded.
func TestZZAllocs(t *testing.T) {
	name := os.Getenv("ALLOCS_CASE")
	f := zzAllocsCases[name]
	if f == nil {
		t.Fatalf("no case %q", name)
	}
	devnull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = devnull
	allocs := testing.AllocsPerRun(100, f)
	// One P, as AllocsPerRun measures: with two, a goroutine a case started may not have
	// exited when the next call starts one, and the runtime then allocates another g
	// (B/op of a goroutine case varied by 1 from run to run).
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	best := int64(-1)
	for range 3 {
		r := testing.Benchmark(func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				f()
			}
		})
		if n := r.AllocedBytesPerOp(); best < 0 || n < best {
			best = n
		}
	}
	os.Stdout = stdout
	fmt.Printf("ZZALLOCS\t%s\t%d\t%d\n", name, int64(allocs), best)
}
GO
  } >"$w/pkg/zz_allocs_test.go"
  if ! (cd "$w/pkg" && "$go" test -c -gcflags=-l -o "$w/test.bin" .) >"$w/out" 2>"$w/err"; then
    fail "$d/$f does not build as a test:"; cat "$w/err" >>"$w/fail"; return 0
  fi
  local c rc line
  : >"$w/allocs"
  while read -r c; do
    rc=0
    (cd "$w" && ALLOCS_CASE=$c exec timeout 60 ./test.bin -test.run='^TestZZAllocs$' \
      -test.benchtime=2000x) >"$w/case.out" 2>&1 </dev/null || rc=$?
    line=$(grep -m1 "^ZZALLOCS	$c	" "$w/case.out" || true)
    if [ "$rc" != 0 ] || [ -z "$line" ]; then
      fail "$d/$f: case $c failed (status $rc):"; cat "$w/case.out" >>"$w/fail"; return 0
    fi
    printf '%s\n' "${line#ZZALLOCS	}" >>"$w/allocs"
  done <"$w/cases"
  cp "$w/allocs" "$outfile"
  rm -f "$w/test.bin"
}

# book/: one program per go,memsim block of the book, copied there by the book's sync
# test with NAME.shows (the block's options, one per line). Everything real Go can say
# about it: -m and -m=2 diagnostics, the run (built as `go run` builds), and AllocsPerRun
# for every allocs=FUNC the block shows.
book_case() { # FILE
  local f=$1 b=${1%.go}
  local w; w=$(workdir book "$b")
  cd "$here/book"
  if ! "$go" build -gcflags='-m -l' -o "$w/discard" "$f" >"$w/out" 2>"$w/err"; then
    fail "book/$f does not build:"; cat "$w/err" >>"$w/fail"; return 0
  fi
  strip_header "$w/err" >"$out/book/$b.escape"
  if ! "$go" build -gcflags='-m=2 -l' -o "$w/discard" "$f" >"$w/out" 2>"$w/err2"; then
    fail "book/$f does not build with -m=2"; return 0
  fi
  strip_header "$w/err2" >"$out/book/$b.m2"
  if ! "$go" build -o "$w/prog" "$f" >"$w/out" 2>"$w/err"; then
    fail "book/$f does not build:"; cat "$w/err" >>"$w/fail"; return 0
  fi
  run_prog book "$f" "$w"
  rm -f "$w/prog" "$w/discard"
  sed -n 's/^allocs=//p' "$b.shows" >"$w/cases"
  if [ -s "$w/cases" ]; then
    measure_allocs book "$f" "$w" "$out/book/$b.allocs"
  fi
}

error_case() { # FILE
  local f=$1 b=${1%.go}
  local w; w=$(workdir errors "$b")
  cd "$here/errors"
  if "$go" build -o "$w/discard" "$f" >"$w/out" 2>"$w/err"; then
    fail "errors/$f builds successfully"; return 0
  fi
  strip_header "$w/err" >"$w/err1"
  head -n 1 "$w/err1" >"$out/errors/$b.err"
  [ -s "$out/errors/$b.err" ] || fail "errors/$f: go printed no error line"
}

unsupported_case() { # FILE
  local f=$1 b=${1%.go}
  local w; w=$(workdir unsupported "$b")
  cd "$here/unsupported"
  if ! "$go" build -o "$w/discard" "$f" >"$w/out" 2>"$w/err"; then
    fail "unsupported/$f does not build:"; cat "$w/err" >>"$w/fail"; return 0
  fi
  if [ ! -f "$b.note" ]; then fail "unsupported/$f has no $b.note"; return 0; fi
  # the note is hand-written metadata: check its form LINE:COL: TEXT (one line)
  # and that LINE:COL lies inside the file (COL counts bytes, 1-based)
  local note line col
  note=$(cat "$b.note")
  if [ "$(wc -l <"$b.note")" != 1 ] || ! [[ $note =~ ^([0-9]+):([0-9]+):\ .+$ ]]; then
    fail "unsupported/$b.note: want one line LINE:COL: TEXT"; return 0
  fi
  line=${BASH_REMATCH[1]} col=${BASH_REMATCH[2]}
  if [ "$(sed -n "${line}p" "$f" | LC_ALL=C wc -c)" -le "$col" ]; then
    fail "unsupported/$b.note: $line:$col is outside $f"
  fi
}

export here out go tmp
export -f workdir fail strip_header escape_case run_once same_run run_prog run_case allocs_case measure_allocs book_case error_case unsupported_case
# Build the standard packages the programs use once, before the parallel cases would
# each build them into the fresh cache.
(cd "$tmp" && "$go" build fmt errors runtime testing) || { echo "regen.sh: go cannot build fmt, errors and runtime" >&2; exit 1; }

if want reference; then
  prepare reference
  run_cases reference escape_case reference 0
fi
if want escape; then
  prepare escape
  run_cases escape escape_case escape 1
fi
if want run; then
  prepare run
  run_cases run run_case
fi
if want allocs; then
  prepare allocs
  run_cases allocs allocs_case
fi
if want errors; then
  prepare errors
  run_cases errors error_case
fi
if want unsupported; then
  prepare unsupported
  run_cases unsupported unsupported_case
fi
if want book && compgen -G "$here/book/*.go" >/dev/null; then
  prepare book
  run_cases book book_case
fi

if [ "$failures" -ne 0 ]; then
  echo "regen.sh: $failures failure(s)" >&2
  exit 1
fi
echo "regen.sh: goldens written to $out ($ver)" >&2
