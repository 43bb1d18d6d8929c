#!/usr/bin/env bash
# Instructions of one pass of the reading, quotes and sources stages alone, over the dev
# pages, counted by cachegrind (deterministic, whatever else the machine is doing). The
# stages' arguments are captured once from a parse of the pages (bench/stage_pass.py);
# each stage is then run once and twice on them, and the difference is one pass.
#   bench/stage_instructions.sh [TREE] [R,Q,S]   (R,Q,S: 1 to count a stage; default 1,1,1)
# Capture on the base tree and reuse the file (INPUTS=...) to count a branch on the same
# arguments; a branch that changes no output reads them the same.
set -euo pipefail
tree=$(cd "${1:-$(dirname "$0")/..}" && pwd)
want=${2:-1,1,1}
py=${PYTHON:-$tree/.venv/bin/python}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
inputs=${INPUTS:-$tmp/inputs.pkl}
[ -f "$inputs" ] || (cd "$tree" && PYTHONPATH="$tree/src" "$py" "$tree/bench/stage_pass.py" capture "$inputs")
count() {
  (cd "$tree" && PYTHONPATH="$tree/src" PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no \
    --cachegrind-out-file="$tmp/cg.$1" "$py" "$tree/bench/stage_pass.py" run "$inputs" "$1" \
    2>"$tmp/log.$1")
  grep -m1 '^summary:' "$tmp/cg.$1" | awk '{print $2}'
}
IFS=, read -r r q s <<< "$want"
base=$(count 1,1,1)
[ "$r" = 1 ] && echo "reading $(( ($(count 2,1,1) - base) / 1000000 )) M"
[ "$q" = 1 ] && echo "quotes $(( ($(count 1,2,1) - base) / 1000000 )) M"
[ "$s" = 1 ] && echo "sources $(( ($(count 1,1,2) - base) / 1000000 )) M"
exit 0
