#!/usr/bin/env bash
# Seeds fuzz/corpus/pipeline/ with every Go program of the test corpora (golden, syntax and
# the robustness regressions). Run from anywhere; safe to run again.
set -euo pipefail
fuzz="$(cd "$(dirname "$0")" && pwd)"
tests="$fuzz/../tests"
mkdir -p "$fuzz/corpus/pipeline"
find "$tests/golden" "$tests/syntax" "$tests/robustness" -name '*.go' | while read -r f; do
  rel="${f#"$tests"/}"
  cp "$f" "$fuzz/corpus/pipeline/${rel//\//_}"
done
echo "$(ls "$fuzz/corpus/pipeline" | wc -l) inputs in $fuzz/corpus/pipeline"
