#!/bin/sh
# Regenerates the .err files of this directory from the real Go toolchain: for each NN_name.go,
# NN_name.err holds the first line `go build` prints after `# command-line-arguments`.
# Never edit a .err file by hand; rerun this script (needs Go 1.27, e.g. /work/main/.go/bin).
#
#   sh simulator/tests/syntax/regen.sh [--out DIR] [GO]
#
# With --out DIR (empty or absent), the .go inputs and this script are copied to DIR and the
# .err files written there instead, so `diff -r simulator/tests/syntax DIR` is empty when the
# committed goldens are current. Binaries go to a temporary directory, never to /dev/null
# (as root, the go command removes a /dev/null that is not a device before writing to it).
set -eu
out=
while [ $# -gt 0 ]; do
	case $1 in
	--out) [ $# -ge 2 ] || { echo "regen.sh: --out needs a directory" >&2; exit 2; }
		out=$2; shift 2 ;;
	--out=*) out=${1#--out=}; shift ;;
	*) break ;;
	esac
done
GO=${1:-${GO:-go}}
cd "$(dirname "$0")"
here=$(pwd)
if [ -n "$out" ]; then
	mkdir -p "$out"
	out=$(cd "$out" && pwd)
	if [ -n "$(ls -A "$out")" ]; then
		echo "regen.sh: --out directory $out is not empty" >&2; exit 2
	fi
	cp "$here"/*.go "$here/regen.sh" "$out/"
else
	out=$here
fi
export GOTOOLCHAIN=local GOPROXY=off GOFLAGS=
tmp=$(mktemp -d "${TMPDIR:-/tmp}/syntax-regen.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
for src in [0-9]*.go; do
	out_text=$("$GO" build -o "$tmp/discard" "$src" 2>&1 || true)
	first=$(printf '%s\n' "$out_text" | awk 'seen { print; exit } /^# command-line-arguments$/ { seen = 1 }')
	if [ -z "$first" ]; then
		echo "$src: go build printed no compiler error:" >&2
		printf '%s\n' "$out_text" >&2
		exit 1
	fi
	printf '%s\n' "$first" > "$out/${src%.go}.err"
done
