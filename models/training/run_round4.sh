#!/usr/bin/env bash
# Round 4: round 3's final weights fine-tuned with dictionary substitution pairs added
# (make_substitutions.py: sentence pairs with one or two aligned nouns or names replaced by other
# entries of the corpus's one-word dictionary), beside round 3's data and concatenations.
# Fresh optimiser, peak lr 1.5e-4 (round 3 ended at 4.6e-5).
#   ALIGN=$PWD/models/training/work/train.align THREADS=2 MINUTES=70 nohup setsid models/training/run_round4.sh > models/training/work/run4.out 2>&1 < /dev/null &
# Same command resumes from work/run4/last.pt.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
: "${ALIGN:?set ALIGN to the Pharaoh alignment file of work/corpus/train.{ar,en}}"
# shellcheck source=cpu_env.sh
. "$here/cpu_env.sh"  # tcmalloc, THREADS → $threads and the BLAS/OpenMP thread counts
mkdir -p "$here/work/run4"
[ -e "$here/work/run4/data.pt" ] || cp "$here/work/run2/data.pt" "$here/work/run4/data.pt"
[ -e "$here/work/subst/train.align" ] ||
  /usr/bin/python3 "$here/make_substitutions.py" "$here/work/corpus" "$ALIGN" "$here/work/subst"
exec nice -n -10 /usr/bin/python3 "$here/train.py" train --work "$here/work/run4" \
  --corpus "$here/work/corpus" --vocab "$here/work/vocab" --align "$ALIGN" --align-weight 0.1 \
  --extra "$here/work/subst" --init "${INIT:-$here/work/run3/final-session7.pt}" \
  --upsample tatoeba=3,un=4,tico19=4 --sample gettext=0.35,mozilla=0.5,freedict=0.5 \
  --concat 0.5 --concat-origins tatoeba,un,tico19 --concat-max 3 \
  --d-model 256 --enc-layers 4 --dec-layers 3 --heads 8 \
  --ffn 1024 --dropout 0.1 --label-smoothing 0.1 --lr 1.5e-4 --warmup 150 --batch-tokens 3000 \
  --max-minutes "${MINUTES:-70}" --eval-minutes 12 --eval-sents 200 --eval-stride 5 --patience 4 --keep 5 \
  --threads "$threads" --log-every 20
