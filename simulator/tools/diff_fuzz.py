#!/usr/bin/env python3
"""Differential fuzzing of memsim's parser against the real Go compiler.

Mutates valid Go files (token deletions, insertions, swaps, byte edits), runs the Go
compiler (`go tool compile`) and memsim's `parse_check` example on each, and prints the
cases where the first error lines differ. Not part of the test suite (it needs Go).

    python3 simulator/tools/diff_fuzz.py COMPILE PARSE_CHECK OUTDIR SEED N FILES...
"""
import os
import random
import re
import subprocess
import sys

compile_bin, parse_check, outdir, seed, count = sys.argv[1:6]
seeds = sys.argv[6:]
rng = random.Random(int(seed))
count = int(count)

TOKEN = re.compile(r'''//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|`[^`]*`|'(?:\\.|[^'\\\n])*'|[A-Za-z_][A-Za-z0-9_]*|[0-9][0-9a-zA-Z_.]*|\.\.\.|<-|:=|==|!=|<=|>=|&&|\|\||\+\+|--|&\^=?|<<=?|>>=?|[-+*/%&|^]=|\s+|.''', re.S)
EXTRA = ['(', ')', '{', '}', '[', ']', ',', ';', ':', '.', '...', '=', ':=', '\n', 'func', 'if', 'else', 'for',
         'range', 'return', 'var', 'const', 'type', 'struct', 'interface', 'map', 'chan', '<-', '*', '&', '+',
         'x', '1', '"s"', "'c'", 'go', 'defer', 'switch', 'case', 'default', 'select', 'break', 'goto', 'L:',
         '0x', '08', '1e', '"unterminated', '`raw', '/*', '@', '#', '$', '?', '~', '|', 'import', 'package',
         '{}', '()', '[]', 'T{}', 'x.(type)', '1_000', '0b2', "'ab'", '"\\q"', '\x00', 'é', '\t']


def mutate(text):
    toks = TOKEN.findall(text)
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        if not toks:
            break
        i = rng.randrange(len(toks))
        r = rng.random()
        if r < 0.35:
            del toks[i]
        elif r < 0.7:
            toks.insert(i, rng.choice(EXTRA + toks))
        elif r < 0.85:
            j = rng.randrange(len(toks))
            toks[i], toks[j] = toks[j], toks[i]
        else:
            t = toks[i]
            if t:
                k = rng.randrange(len(t))
                t = t[:k] + t[k + 1:]
                toks[i] = t
    return ''.join(toks)


os.makedirs(outdir, exist_ok=True)
texts = [open(s, encoding='utf-8', errors='replace').read() for s in seeds]
files = []
for n in range(count):
    src = mutate(rng.choice(texts))
    path = os.path.join(outdir, 'f%05d.go' % n)
    with open(path, 'w', encoding='utf-8', errors='surrogateescape') as f:
        f.write(src)
    files.append(path)

ours = {}
out = subprocess.run([parse_check] + files, capture_output=True, text=True, errors='replace').stdout.splitlines()
for path, line in zip(files, out):
    ours[path] = line

mismatch = 0
for path in files:
    r = subprocess.run([compile_bin, '-o', '/dev/null', '-p', 'main', '-complete=false', path],
                       capture_output=True, text=True, errors='replace')
    lines = [l for l in (r.stdout + r.stderr).splitlines() if l.strip()]
    go_first = lines[0] if lines else path + ': ok'
    mine = ours[path]
    if mine.endswith(': ok'):
        if go_first.endswith(': ok'):
            continue
        # Go may have found only type errors
        continue
    if mine == go_first:
        continue
    if mine in lines:
        # our error is reported but a type error comes first (non-fatal errors)
        continue
    mismatch += 1
    print('MISMATCH', path)
    print('   go:', go_first)
    print('  ours:', mine)
print('mismatches: %d of %d' % (mismatch, count), file=sys.stderr)
