#!/usr/bin/env bash
# Score a model on the four test sets with beam 4 (PyTorch decoding through models/tools/generate.py)
# and the dictionary baseline, with the INTERIM Python scorer (interim_metrics.py: sacreBLEU's BLEU
# 13a/exp and chrF2 definitions, checked by check_interim_metrics.py).
#
#   models/training/evaluate.sh CHECKPOINT VOCAB_DIR OUT_DIR [shared-data-dir]
# Writes OUT_DIR/<set>.{src,ref,hyp,dict} and OUT_DIR/scores.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ck="$1"; vocab="$2"; out="$3"
. "$(dirname "$0")/shared_data.sh" "${4:-}"
py=/usr/bin/python3
mkdir -p "$out"
# test sets: FLORES-200 devtest, NTREX-128 without the 30 bad-spacing lines, TICO-19 test, Tatoeba ara lines
cat "$shared/flores200-devtest/test.ar" > "$out/flores.src"; cat "$shared/flores200-devtest/test.en" > "$out/flores.ref"
$py - "$shared" "$out" <<'PY'
import sys
shared, out = sys.argv[1], sys.argv[2]
bad = {int(x) for x in open(f"{shared}/ntrex128/test.bad-arabic-spacing.lines").read().split() if x.strip().isdigit()}
ar = open(f"{shared}/ntrex128/test.ar", encoding="utf-8").read().split("\n")[:-1]
en = open(f"{shared}/ntrex128/test.en", encoding="utf-8").read().split("\n")[:-1]
keep = [i for i in range(len(ar)) if i + 1 not in bad]
open(f"{out}/ntrex.src", "w", encoding="utf-8").write("".join(ar[i] + "\n" for i in keep))
open(f"{out}/ntrex.ref", "w", encoding="utf-8").write("".join(en[i] + "\n" for i in keep))
ar = open(f"{shared}/tatoeba/test.ar", encoding="utf-8").read().split("\n")[:-1]
en = open(f"{shared}/tatoeba/test.en", encoding="utf-8").read().split("\n")[:-1]
lab = open(f"{shared}/tatoeba/test.ara.labels", encoding="utf-8").read().split("\n")[:-1]
keep = [i for i in range(len(ar)) if lab[i].strip() == "ara"]
open(f"{out}/tatoeba.src", "w", encoding="utf-8").write("".join(ar[i] + "\n" for i in keep))
open(f"{out}/tatoeba.ref", "w", encoding="utf-8").write("".join(en[i] + "\n" for i in keep))
print(f"ntrex clean lines, tatoeba ara lines: {len(keep)}", file=sys.stderr)
PY
cat "$shared/tico19/test.ar" > "$out/tico.src"; cat "$shared/tico19/test.en" > "$out/tico.ref"
sets="${SETS:-flores ntrex tico tatoeba}"
for s in $sets; do
  wc -l < "$out/$s.src" | sed "s/^/$s lines: /" >&2
  [ -s "$out/$s.dict" ] || $py "$here/dict_baseline.py" "$here/work/corpus" < "$out/$s.src" > "$out/$s.dict"
  [ -s "$out/$s.hyp" ] || $py "$here/translate.py" --checkpoint "$ck" --vocab "$vocab" --beams 4 --max-length "${MAXLEN:-256}" --batch "${BATCH:-16}" < "$out/$s.src" > "$out/$s.hyp"
done
{
  echo "| set | lines | model BLEU | model chrF2 | dictionary BLEU | dictionary chrF2 |"
  echo "|---|---|---|---|---|---|"
  for s in $sets; do
    $py -c "
import sys; sys.path.insert(0, '$here')
from interim_metrics import corpus_bleu, corpus_chrf, read_lines
ref = read_lines('$out/$s.ref'); hyp = read_lines('$out/$s.hyp'); d = read_lines('$out/$s.dict')
print(f'| $s | {len(ref)} | {corpus_bleu(hyp, ref):.2f} | {corpus_chrf(hyp, ref):.2f} | {corpus_bleu(d, ref):.2f} | {corpus_chrf(d, ref):.2f} |')
"
  done
} | tee "$out/scores.md"
