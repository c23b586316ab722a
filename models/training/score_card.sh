#!/usr/bin/env bash
# The model card's score table, measured with the project's own commands: the model through the
# Java engine (`./tarjama evaluate`, beam 4) and the word-by-word dictionary baseline
# (dict_baseline.py) scored by `./tarjama score` (sacreBLEU 2.6.0's BLEU and chrF2), on the four
# held-out sets of ../shared/data/SOURCES.md.
#
#   models/training/score_card.sh [MODEL_DIR] [OUT_DIR] [SHARED_DATA]
# defaults: models/tarjama-ar-en, models/training/work/card, and ../shared/data beside the
# repository (else /work/shared/data; SHARED_DATA overrides).
# SETS="flores ntrex" limits the sets; THREADS (default 0 = one per core) is passed to evaluate.
# Writes OUT_DIR/<set>.{hyp,dict,md,json} and OUT_DIR/scores.md; a set whose report exists is
# not re-translated (delete OUT_DIR/<set>.json to redo it).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
model="${1:-$root/models/tarjama-ar-en}"
out="${2:-$root/models/training/work/card}"
. "$(dirname "$0")/shared_data.sh" "${3:-}"
py=/usr/bin/python3
mkdir -p "$out"
cd "$root"

# set name → evaluate arguments (NTREX: the 1,967 clean lines; Tatoeba: the 9,642 `ara` lines)
args_for() {
  case "$1" in
    flores) echo "-s $shared/flores200-devtest/test.ar -r $shared/flores200-devtest/test.en --name FLORES-200-devtest" ;;
    ntrex) echo "-s $shared/ntrex128/test.ar -r $shared/ntrex128/test.en --exclude-lines $shared/ntrex128/test.bad-arabic-spacing.lines --name NTREX-128-clean" ;;
    tico) echo "-s $shared/tico19/test.ar -r $shared/tico19/test.en --name TICO-19-test" ;;
    tatoeba) echo "-s $shared/tatoeba/test.ar -r $shared/tatoeba/test.en --labels $shared/tatoeba/test.ara.labels --label ara --name Tatoeba-test-ara" ;;
    *) echo "unknown set $1" >&2; exit 2 ;;
  esac
}

# the lines evaluate keeps, so that the dictionary baseline sees exactly the same ones
kept_lines() {
  $py - "$shared" "$1" "$out" <<'PY'
import sys
shared, name, out = sys.argv[1:4]
files = {"flores": "flores200-devtest/test", "ntrex": "ntrex128/test", "tico": "tico19/test", "tatoeba": "tatoeba/test"}
def lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")[:-1]
ar, en = lines(f"{shared}/{files[name]}.ar"), lines(f"{shared}/{files[name]}.en")
keep = range(len(ar))
if name == "ntrex":
    bad = {int(x) for x in open(f"{shared}/ntrex128/test.bad-arabic-spacing.lines").read().split() if x.isdigit()}
    keep = [i for i in keep if i + 1 not in bad]
if name == "tatoeba":
    labels = lines(f"{shared}/tatoeba/test.ara.labels")
    keep = [i for i in keep if labels[i].strip() == "ara"]
with open(f"{out}/{name}.src", "w", encoding="utf-8") as s, open(f"{out}/{name}.ref", "w", encoding="utf-8") as r:
    for i in keep:
        s.write(ar[i] + "\n")
        r.write(en[i] + "\n")
PY
}

# the dictionary's lexicon is learnt from the training corpus (build_data.sh)
have_corpus=false
[ -s models/training/work/corpus/train.ar ] && have_corpus=true

for s in ${SETS:-flores ntrex tico tatoeba}; do
  kept_lines "$s"
  if [ ! -s "$out/$s.json" ]; then
    # shellcheck disable=SC2046
    ./tarjama evaluate -m "$model" $(args_for "$s") --beam 4 --threads "${THREADS:-0}" \
      --output "$out/$s.hyp" --report "$out/$s"
  fi
  if $have_corpus; then
    # PYTHONHASHSEED: the lexicon breaks ties in set order, which Python randomises per process
    [ -s "$out/$s.dict" ] || PYTHONHASHSEED=0 $py models/training/dict_baseline.py models/training/work/corpus < "$out/$s.src" > "$out/$s.dict"
    ./tarjama score "$out/$s.ref" -i "$out/$s.dict" -m bleu chrf -b -w 2 > "$out/$s.dict.scores"
  else
    rm -f "$out/$s.dict.scores"
  fi
done
if ! $have_corpus; then
  echo "score_card.sh: no dictionary baseline: its lexicon is learnt from the training corpus," \
    "models/training/work/corpus/train.{ar,en} is missing; models/training/build_data.sh rebuilds it" >&2
fi

{
  echo "| set | lines | model BLEU | model chrF2 | dictionary BLEU | dictionary chrF2 | seconds (model) |"
  echo "|---|---|---|---|---|---|---|"
  for s in ${SETS:-flores ntrex tico tatoeba}; do
    $py - "$out/$s.json" "$out/$s.dict.scores" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
sc = {x["name"]: x for x in r["scores"]}
try:
    d = [f"{float(x):.2f}" for x in json.load(open(sys.argv[2]))]
except FileNotFoundError:  # no training corpus, no dictionary (see the message above)
    d = ["–", "–"]
print(f"| {r['test_set']} | {r['lines']:,} | {sc['BLEU']['score']:.2f} (± {sc['BLEU']['ci95']:.2f}) | "
      f"{sc['chrF2']['score']:.2f} (± {sc['chrF2']['ci95']:.2f}) | {d[0]} | {d[1]} | {r['seconds']:.0f} |")
PY
  done
} | tee "$out/scores.md"
