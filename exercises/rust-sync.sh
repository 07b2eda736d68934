#!/usr/bin/env bash
# exercises/rust-sync.sh — keep the graders of the Rust exercises in step:
#
#   1. solutions/rust/ becomes a copy of exercises/rust/ with the package names
#      memsim-machine-solutions and memsim-ownership-solutions (its own names keep its test
#      binaries apart from the exercises' in the shared target/exercises);
#   2. with --stderr, the expected compiler errors exercises/rust/ownership/ui/*.stderr are
#      written again by trybuild (TRYBUILD=overwrite) from the reference solutions, and
#      copied to both folders. They are rustc's output, never typed by hand.
#
# simulator/tests/exercises.rs checks that the two folders agree, and that every solution
# passes (so the .stderr files are what the solutions produce).
# Usage: exercises/rust-sync.sh [--stderr]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
case "${1:-}" in
  ""|--stderr) ;;
  *) echo "usage: exercises/rust-sync.sh [--stderr]" >&2; exit 2 ;;
esac

copy() {
  rm -rf solutions/rust
  (cd exercises/rust && find . -type f ! -path './target/*' -print0) |
    while IFS= read -r -d '' f; do
      mkdir -p "solutions/rust/$(dirname "$f")"
      sed -e 's/memsim-machine-exercises/memsim-machine-solutions/g' \
          -e 's/memsim-ownership-exercises/memsim-ownership-solutions/g' \
          "exercises/rust/$f" >"solutions/rust/$f"
    done
}

copy
if [ "${1:-}" = --stderr ]; then
  rm -f solutions/rust/ownership/ui/*.stderr
  # trybuild writes each missing .stderr from what rustc says about the solution.
  TRYBUILD=overwrite CARGO_TARGET_DIR=$root/target/exercises \
    cargo test -q --manifest-path solutions/rust/ownership/Cargo.toml >/dev/null 2>&1 || true
  cp solutions/rust/ownership/ui/*.stderr exercises/rust/ownership/ui/
  copy
  # Now they must pass as they are.
  CARGO_TARGET_DIR=$root/target/exercises \
    cargo test -q --manifest-path solutions/rust/ownership/Cargo.toml >/dev/null 2>&1 ||
    { echo "rust-sync.sh: the ownership solutions fail their tests" >&2; exit 1; }
fi
echo "exercises/rust-sync.sh: solutions/rust is exercises/rust with its own package names" >&2
