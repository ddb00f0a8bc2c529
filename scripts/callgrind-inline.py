#!/usr/bin/env python3
r"""Charges a callgrind profile's instructions to inline frames (issue 17's profiles).

callgrind_annotate charges an inlined instruction to the innermost function only; this walks
each instruction address of one out-of-line function through `addr2line -i` and prints its
inclusive cost as a tree of the frames inlined into it (with the line in the caller where each
is inlined), calls to out-of-line functions shown as CALL with their inclusive cost.

  valgrind --tool=callgrind --dump-instr=yes --compress-pos=no --compress-strings=no \
      --callgrind-out-file=cg.out BIN annotate --threads 1 --layers entities TEXT
  scripts/callgrind-inline.py cg.out BIN 'gloss::entities::find_chunked' DEPTH [SHARE]

BIN must keep its symbols and line tables (CARGO_PROFILE_RELEASE_STRIP=false
CARGO_PROFILE_RELEASE_DEBUG=line-tables-only, a separate target dir); SHARE (default 0.004) hides
frames under that share of the root; the second column is a byte of news300k (305,835 bytes).
"""
import collections
import re
import subprocess
import sys

if len(sys.argv) < 4 or sys.argv[1] in ('-h', '--help'):
    print(__doc__)
    sys.exit(0 if len(sys.argv) > 1 and sys.argv[1] in ('-h', '--help') else 2)
cg, binary = sys.argv[1], sys.argv[2]
root = sys.argv[3]; depth = int(sys.argv[4]) if len(sys.argv) > 4 else 2
entries = []  # (addr, cost, callee or None)
ob = fn = None; pending_call = None
for line in open(cg):
    line = line.rstrip('\n')
    if line.startswith('ob='): ob = line[3:]; continue
    if line.startswith('fn='): fn = line[3:]; continue
    if line.startswith('cfn='): pending_callee = line[4:]; continue
    if line.startswith('calls='): pending_call = pending_callee; continue
    if line.startswith('0x'):
        parts = line.split()
        addr = int(parts[0], 16); cost = int(parts[2]) if len(parts) > 2 else 0
        if fn == root and ob and ob.endswith('gloss'):
            entries.append((addr, cost, pending_call))
        pending_call = None
addrs = sorted(set(a for a, _, _ in entries))
chains = {}
p = subprocess.run(['addr2line', '-i', '-f', '-C', '-a', '-e', binary], input='\n'.join(hex(a) for a in addrs), capture_output=True, text=True)
cur = None; lines = p.stdout.split('\n'); i = 0
while i < len(lines):
    l = lines[i]
    if re.match(r'^0x[0-9a-f]+$', l):
        cur = int(l, 16); chains[cur] = []; i += 1; continue
    if cur is not None and i + 1 < len(lines):
        chains[cur].append((l, lines[i+1])); i += 2; continue
    i += 1
def short(name):
    name = re.sub(r'<[^<>]*>', '', name)
    name = re.sub(r'<[^<>]*>', '', name)
    return name.replace('gloss::entities::', '')
tree = collections.Counter()
total = 0
for a, c, callee in entries:
    ch = chains.get(a, [])
    # ch: innermost first: (func, file:line). Build outer->inner with call-site lines:
    # frame k's func ch[k][0]; the line in ch[k+1]'s function where ch[k] is inlined is ch[k+1]... actually file:line of ch[k] for k>0 is the call site in that function of ch[k-1].
    outer = list(reversed(ch))
    path = []
    for k in range(1, min(len(outer), depth + 1)):
        site = outer[k - 1][1].split('/')[-1].split(' ')[0]
        path.append(short(outer[k][0]) + '@' + site)
    if len(path) < depth and callee:
        site = outer[-1][1].split('/')[-1].split(' ')[0] if outer else '?'
        path.append('CALL ' + short(callee) + '@' + site)
    for k in range(len(path) + 1):
        tree[tuple(path[:k])] += c
    total += c
print('total', total)
thr = total * float(sys.argv[5] if len(sys.argv)>5 else 0.004)
def show(prefix):
    kids = [(k, v) for k, v in tree.items() if len(k) == len(prefix) + 1 and k[:len(prefix)] == prefix]
    for k, v in sorted(kids, key=lambda kv: -kv[1]):
        if v < thr: continue
        print('%10d %6.1f  %s%s' % (v, v / 305835, '  ' * len(prefix), k[-1]))
        show(k)
show(())
