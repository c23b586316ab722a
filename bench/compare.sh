#!/usr/bin/env bash
# A short same-run comparison on the OPUS-MT-shaped model (bench/RESULTS.md, session 2): tarjama
# with the full output layer, tarjama with the lexical shortlist option, then PyTorch, one after
# the other, 1 thread, batch 16, greedy and beam 4, 16 sentences. Needs what bench/run.sh made
# (bench/work/opus-mt-shape, ids-opus-mt-shape, cp.txt) and built classes (mvn package of lib and
# examples). Output: bench/work/ab/compare-TAG/ (JSON lines, uptime before/between/after).
#
#   bench/compare.sh TAG
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ $# -ne 1 ]; then
  echo "usage: bench/compare.sh TAG" >&2
  exit 2
fi
for needed in bench/work/opus-mt-shape bench/work/ids-opus-mt-shape bench/work/cp.txt lib/target/classes; do
  if [ ! -e "$needed" ]; then
    echo "bench/compare.sh: $needed is missing; run bench/run.sh once first (it makes it)" >&2
    exit 2
  fi
done
tag=$1
out=bench/work/ab/compare-$tag
shortlist=bench/work/opus-mt-shape-shortlist.txt
mkdir -p "$out"
[ -f "$shortlist" ] || /usr/bin/python3 bench/synthetic_shortlist.py bench/work/opus-mt-shape "$shortlist"
uptime > "$out/load-before"
B16=16 B1=0 bench/ab.sh "cmp-$tag-off" lib/target/classes 1 > /dev/null
cp "bench/work/ab/cmp-$tag-off.jsonl" "$out/tarjama-off.jsonl"
uptime > "$out/load-mid1"
B16=16 B1=0 bench/ab.sh "cmp-$tag-on" lib/target/classes 1 --shortlist "$shortlist" > /dev/null
cp "bench/work/ab/cmp-$tag-on.jsonl" "$out/tarjama-on.jsonl"
uptime > "$out/load-mid2"
OMP_NUM_THREADS=1 /usr/bin/python3 bench/torch_bench.py bench/work/opus-mt-shape \
  bench/work/ids-opus-mt-shape --threads 1 --row greedy,16,sorted,16 --row beam4,16,sorted,16 \
  > "$out/pytorch.jsonl" 2> "$out/pytorch.err"
uptime > "$out/load-after"
cat "$out"/load-* >&2
echo "results (JSON lines, target tokens/s per row): $out/tarjama-off.jsonl, $out/tarjama-on.jsonl, $out/pytorch.jsonl" >&2
