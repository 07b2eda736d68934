#!/usr/bin/env bash
# pgo-build.sh — build the `memsim` binary with profile-guided optimisation (PGO), the way
# rustc and Chromium build their release binaries, and check it against the goldens.
#
# Usage:
#   simulator/pgo-build.sh            build target/pgo/release/memsim
#
# Steps:
#   1. build an instrumented memsim (-Cprofile-generate) into target/pgo-generate;
#   2. train it: `memsim escape` and `memsim escape -m=2` on every golden program of
#      reference/, escape/, errors/ and book/, `memsim run` on every program of run/, and
#      `memsim escape` on a generated program of 3,000 small functions (the benchmark's
#      generator, simulator/benches/support/generated_program.rs, at a size the benchmark
#      does not time), so that the large-file paths (the split parse, the two-thread
#      sweep and escape levels) are trained too;
#   3. merge the profiles with llvm-profdata and build memsim again with them
#      (-Cprofile-use) into target/pgo;
#   4. check the result: the PGO binary must print exactly the goldens of escape/ and
#      reference/ (`memsim escape`) and of run/ (`memsim run`, stdout), and exactly what the
#      instrumented build printed for the training program; any difference fails.
#
# Needs llvm-profdata of the same LLVM major version as rustc (`rustc -vV`): found as
# $LLVM_PROFDATA, `llvm-profdata-N` on PATH, /usr/lib/llvm-N/bin/llvm-profdata, or
# rustup's llvm-tools component. On Debian: `apt-get install llvm-N`.
# The two builds take about 3 minutes each on 2 cores (the release profile: fat LTO, one
# codegen unit), the generator example a minute more, the training about 20 seconds.
# `CI_PGO=1 .ci/run` runs this script as its `pgo` step.
#
# The plain `cargo build --release` is unchanged: PGO is an extra build, used by the
# benchmark when present (`cargo bench -p memsim --bench escape_speed` times
# target/pgo/release/memsim beside the plain binary; see DEVELOPERS.md).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
golden="simulator/tests/golden"

say() { printf '\n== pgo-build: %s\n' "$*"; }
die() { printf 'pgo-build: %s\n' "$*" >&2; exit 1; }

# ---- llvm-profdata of rustc's LLVM ----------------------------------------------------
llvm_version="$(rustc -vV | sed -n 's/^LLVM version: //p')"
major="${llvm_version%%.*}"
[ -n "$major" ] || die "cannot read rustc's LLVM version from 'rustc -vV'"
profdata=""
sysroot="$(rustc --print sysroot)"
host="$(rustc -vV | sed -n 's/^host: //p')"
for candidate in "${LLVM_PROFDATA:-}" "llvm-profdata-$major" "/usr/lib/llvm-$major/bin/llvm-profdata" \
  "$sysroot/lib/rustlib/$host/bin/llvm-profdata"; do
  [ -n "$candidate" ] || continue
  if command -v "$candidate" >/dev/null 2>&1; then
    found_major="$("$candidate" --version 2>/dev/null | sed -n 's/.*LLVM version \([0-9]*\).*/\1/p' | head -1)"
    if [ "$found_major" = "$major" ]; then profdata="$(command -v "$candidate")"; break; fi
  fi
done
[ -n "$profdata" ] || die "no llvm-profdata of LLVM $major (rustc's LLVM is $llvm_version).
  Install it (Debian: apt-get install llvm-$major; rustup: rustup component add llvm-tools)
  or point LLVM_PROFDATA at one."
echo "pgo-build: rustc's LLVM $llvm_version, $profdata"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/profiles" "$work/out"

# ---- 1. instrumented build --------------------------------------------------------------
say "1/4 instrumented build (target/pgo-generate)"
RUSTFLAGS="-Cprofile-generate=$work/profiles" \
  cargo build --release -p memsim --bin memsim --target-dir target/pgo-generate
instrumented="target/pgo-generate/release/memsim"
# The training program, by the benchmark's generator (a plain build, in the usual target
# directory, where the benchmark's dependencies already are).
cargo build --release -p memsim --example generate_program
target/release/examples/generate_program 3000 >"$work/train_3000.go"

# ---- 2. training ------------------------------------------------------------------------
say "2/4 training on the goldens and a generated program of 3,000 functions"
export LLVM_PROFILE_FILE="$work/profiles/%m.profraw"
trained=0
for dir in reference escape errors book; do
  for f in "$golden/$dir"/*.go; do
    timeout 20 "$instrumented" escape "$f" >/dev/null 2>&1 || true
    timeout 20 "$instrumented" escape -m=2 "$f" >/dev/null 2>&1 || true
    trained=$((trained + 1))
  done
done
for f in "$golden/run"/*.go; do
  timeout 20 "$instrumented" run "$f" >/dev/null 2>&1 || true
  trained=$((trained + 1))
done
for _ in 1 2 3; do
  "$instrumented" escape "$work/train_3000.go" >"$work/train_3000.instrumented"
done
unset LLVM_PROFILE_FILE
echo "pgo-build: $trained golden programs and $(grep -c '' "$work/train_3000.go") generated lines run"

# ---- 3. merge and optimised build -------------------------------------------------------
say "3/4 merging the profiles and building with them (target/pgo)"
"$profdata" merge -o "$work/memsim.profdata" "$work/profiles"
RUSTFLAGS="-Cprofile-use=$work/memsim.profdata" \
  cargo build --release -p memsim --bin memsim --target-dir target/pgo
pgo="target/pgo/release/memsim"

# ---- 4. check ---------------------------------------------------------------------------
say "4/4 checking target/pgo/release/memsim against the goldens"
bad=0
checked=0
check() { # what expected-file actual-file
  checked=$((checked + 1))
  if ! cmp -s "$2" "$3"; then
    bad=$((bad + 1))
    echo "DIFFERS: $1"
    diff "$2" "$3" | head -5 || true
  fi
}
known="$golden/KNOWN_DIFFERENCES.md"
for dir in reference escape; do
  for f in "$golden/$dir"/*.go; do
    name="$(basename "$f" .go)"
    [ -f "$golden/$dir/$name.escape" ] || continue
    grep -qF "\`$dir/$name.go " "$known" && continue
    (cd "$golden/$dir" && "$root/$pgo" escape "./$name.go" >"$work/out/$name.escape" 2>/dev/null) || true
    check "$dir/$name.go (escape)" "$golden/$dir/$name.escape" "$work/out/$name.escape"
  done
done
for f in "$golden/run"/*.go; do
  name="$(basename "$f" .go)"
  [ -f "$golden/run/$name.stdout" ] || continue
  grep -qF "\`run/$name.go " "$known" && continue
  (cd "$golden/run" && timeout 20 "$root/$pgo" run "./$name.go" >"$work/out/$name.stdout" 2>/dev/null) || true
  check "run/$name.go (run)" "$golden/run/$name.stdout" "$work/out/$name.stdout"
done
"$pgo" escape "$work/train_3000.go" >"$work/train_3000.pgo"
check "the generated training program" "$work/train_3000.instrumented" "$work/train_3000.pgo"
if [ "$bad" -ne 0 ]; then
  die "$bad of $checked outputs differ: target/pgo/release/memsim is not to be used"
fi
echo "pgo-build: $checked outputs identical; built $pgo"
echo "pgo-build: benchmark it with: cargo bench -p memsim --bench escape_speed"
