#!/usr/bin/env bash
# Round 9 (session 13, tried and not shipped: MODEL_CARD.md, "Training"): the shipped weights (the
# average of rounds 7 and 8) fine-tuned as round 8 was, with copy pairs added beside the
# substitution pairs (make_copies.py: pairs of the Tatoeba, UN and TICO-19 sources whose numbers,
# or an aligned noun or name, are replaced on both sides by the same new number or Latin-script
# name), weighed twice and concatenated like the sentence pairs:
#   ALIGN=$PWD/models/training/work/train.align THREADS=2 MINUTES=88 nohup setsid models/training/run_round9.sh > models/training/work/run9.out 2>&1 < /dev/null &
# Same command resumes from work/run9/last.pt. INIT defaults to work/soup8/final.pt; from a clean
# clone use work/recovered/round8.pt (models/training/README.md 3i).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
: "${ALIGN:?set ALIGN to the Pharaoh alignment file of work/corpus/train.{ar,en}}"
copies="$here/work/copy"
[ -e "$copies/train.align" ] ||
  /usr/bin/python3 "$here/make_copies.py" "$here/work/corpus" "$ALIGN" "$copies"
[ -e "$here/work/subst/train.align" ] ||
  /usr/bin/python3 "$here/make_substitutions.py" "$here/work/corpus" "$ALIGN" "$here/work/subst"
RUN="${RUN:-run9}" INIT="${INIT:-$here/work/soup8/final.pt}" exec "$here/run_round4.sh" \
  --extra "$here/work/subst,$copies" --upsample tatoeba=3,un=4,tico19=4,copy=2 \
  --concat-origins tatoeba,un,tico19,copy --lr 1e-4 --concat 1.5 --concat-max 9 "$@"
