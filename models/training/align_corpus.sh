#!/usr/bin/env bash
# Word alignments of the training corpus for guided alignment (round 2): the project's fast_align
# (-d -o -v, grow-diag-final-and) on whitespace words, English lower-cased (fast_align is
# case-sensitive; the word count, and so the link indices, are unchanged).
#   models/training/align_corpus.sh   → work/train.fa, work/train.align (one Pharaoh line per pair)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$here/work"
paste -d '\t' "$work/corpus/train.ar" "$work/corpus/train.en" | /usr/bin/python3 -c '
import sys
for line in sys.stdin:
    ar, en = line.rstrip("\n").split("\t")
    print(" ".join(ar.split()) + " ||| " + " ".join(en.lower().split()))' > "$work/train.fa"
"$here/../../tarjama" fast-align -i "$work/train.fa" -d -o -v -c grow-diag-final-and > "$work/train.align"
wc -l "$work/train.align"
