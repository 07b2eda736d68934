#!/usr/bin/env bash
# regen-examples.sh — regenerate the goldens of simulator/examples/*.go from the real Go
# toolchain (go1.27.3, linux/amd64), as regen.sh does for the golden corpus. Never edit
# an example's golden by hand.
#
# Usage:
#   regen-examples.sh             rewrite simulator/examples/NAME.escape and NAME.m2 in place
#   regen-examples.sh --out DIR   write a copy of simulator/examples/ with fresh goldens into
#                                 DIR (must be empty or absent), so that
#                                 `diff -r simulator/examples DIR` is empty when the committed
#                                 goldens are current (stale goldens show as "Only in")
#
# For every examples/NAME.go (built in examples/, so paths print as ./NAME.go):
#   NAME.escape  stderr of `go build -gcflags='-m -l'` minus the `# command-line-arguments` line
#   NAME.m2      the same with -gcflags='-m=2 -l'
#
# Go is found as regen.sh finds it ($GO, `go` on PATH, <repo>/.go/bin/go); GOTOOLCHAIN=local,
# GOPROXY=off and a fresh GOCACHE (no diagnostics replayed from the cache). Binaries go to
# a temporary directory, never to /dev/null.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../../examples" && pwd)
out=$src
while [ $# -gt 0 ]; do
  case $1 in
    --out) [ $# -ge 2 ] || { echo "regen-examples.sh: --out needs a directory" >&2; exit 2; }
           out=$2; shift 2 ;;
    --out=*) out=${1#--out=}; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    *) echo "regen-examples.sh: unknown argument: $1 (usage: regen-examples.sh [--out DIR])" >&2; exit 2 ;;
  esac
done

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
  [ -n "$go" ] || { echo "regen-examples.sh: no go found (set \$GO)" >&2; exit 1; }
fi
if [ ! -c /dev/null ]; then
  echo "regen-examples.sh: /dev/null is not a character device; fix it first" >&2; exit 1
fi

export GOTOOLCHAIN=local GOPROXY=off GOFLAGS= GOWORK=off CGO_ENABLED=0
unset GOOS GOARCH GOAMD64 GOEXPERIMENT GODEBUG 2>/dev/null || true
tmp=$(mktemp -d "${TMPDIR:-/tmp}/examples-regen.XXXXXX")
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
export GOCACHE=$tmp/gocache GOTMPDIR=

ver=$("$go" env GOVERSION)
arch=$("$go" env GOOS)/$("$go" env GOARCH)
if [ "$ver" != go1.27.3 ] || [ "$arch" != linux/amd64 ]; then
  echo "regen-examples.sh: need go1.27.3 linux/amd64, found $ver $arch ($go)" >&2
  [ -n "${REGEN_ANY_GO:-}" ] || exit 1
fi

if [ "$out" != "$src" ]; then
  mkdir -p "$out"
  out=$(cd "$out" && pwd)
  if [ -n "$(ls -A "$out")" ]; then
    echo "regen-examples.sh: --out directory $out is not empty" >&2; exit 2
  fi
  # everything but the generated files, so that diff -r compares like with like
  (cd "$src" && find . -mindepth 1 -maxdepth 1 ! -name '*.escape' ! -name '*.m2' -exec cp -R {} "$out/" \;)
else
  find "$src" -maxdepth 1 -type f \( -name '*.escape' -o -name '*.m2' \) -delete
fi

strip_header() { sed '1{/^# command-line-arguments$/d}' "$1"; }

cd "$src"
failures=0
for f in *.go; do
  [ -e "$f" ] || continue
  b=${f%.go}
  for level in 1 2; do
    ext=escape; [ "$level" = 2 ] && ext=m2
    flag=-m; [ "$level" = 2 ] && flag=-m=2
    if ! "$go" build -gcflags="$flag -l" -o "$tmp/prog" "$f" >"$tmp/stdout" 2>"$tmp/stderr"; then
      echo "FAIL: examples/$f does not build:" >&2; cat "$tmp/stderr" >&2
      failures=$((failures + 1)); continue
    fi
    strip_header "$tmp/stderr" >"$out/$b.$ext"
  done
done
if [ "$failures" -ne 0 ]; then
  echo "regen-examples.sh: $failures failure(s)" >&2; exit 1
fi
echo "regen-examples.sh: example goldens written to $out ($ver)" >&2
