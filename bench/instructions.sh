#!/usr/bin/env bash
# Instructions of one warm `parse` pass over the dev pages (tests/data/pages/dev_*.jsonl),
# counted by cachegrind: deterministic, whatever else the machine is doing. It runs the
# pass loop twice, with 1 and with 2 passes after a warm-up, and prints the difference
# (one warm pass) and the 1-pass total (import, warm-up and one pass: "cold+1").
#   bench/instructions.sh [TREE]        (TREE: a checkout; default: this one)
set -euo pipefail
tree=$(cd "${1:-$(dirname "$0")/..}" && pwd)
py=${PYTHON:-$tree/.venv/bin/python}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for n in 1 2; do
  (cd "$tree" && PYTHONPATH="$tree/src" PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no \
    --cachegrind-out-file="$tmp/cg.$n" "$py" "$tree/bench/instructions_pass.py" "$n" 2>"$tmp/log.$n") &
done
wait
one=$(grep -m1 '^summary:' "$tmp/cg.1" | awk '{print $2}')
two=$(grep -m1 '^summary:' "$tmp/cg.2" | awk '{print $2}')
python3 -c "print(f'warm pass {($two - $one) / 1e6:,.1f} M instructions   cold+1 {$one / 1e6:,.1f} M')"
