#!/bin/sh
# Regenerates the .err files of this directory from the real Go toolchain: for each NN_name.go,
# NN_name.err holds the first line `go build` prints after `# command-line-arguments`.
# Never edit a .err file by hand; rerun this script (needs Go 1.27, e.g. /work/main/.go/bin).
#
#   sh simulator/tests/syntax/regen.sh [GO]
set -eu
GO=${1:-${GO:-go}}
cd "$(dirname "$0")"
export GOTOOLCHAIN=local GOPROXY=off GOFLAGS=
for src in [0-9]*.go; do
	out=$("$GO" build -o /dev/null "$src" 2>&1 || true)
	first=$(printf '%s\n' "$out" | awk 'seen { print; exit } /^# command-line-arguments$/ { seen = 1 }')
	if [ -z "$first" ]; then
		echo "$src: go build printed no compiler error:" >&2
		printf '%s\n' "$out" >&2
		exit 1
	fi
	printf '%s\n' "$first" > "${src%.go}.err"
done
