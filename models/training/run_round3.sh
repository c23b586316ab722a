#!/usr/bin/env bash
# Round 3: round 2's final weights fine-tuned with concatenated pairs: per epoch, half as many
# pairs again as Tatoeba, UN and TICO-19 give (after upsampling) are made by joining 2 or 3 random
# such pairs (train.py --concat), so that a model trained on short pairs sees news-length inputs.
# Fresh optimiser, peak lr 2e-4 (round 2 ended at 1.5e-4). Dev chrF on every 5th dev pair (all
# three sources) instead of the first 200 (all Tatoeba).
#   ALIGN=$PWD/models/training/work/train.align THREADS=2 MINUTES=70 nohup setsid models/training/run_round3.sh > models/training/work/run3.out 2>&1 < /dev/null &
# Same command resumes from work/run3/last.pt.
# RUN (default run3) names the work directory; arguments are passed on to train.py after these
# (a later option overrides an earlier one), as run_round4.sh does.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
: "${ALIGN:?set ALIGN to the Pharaoh alignment file of work/corpus/train.{ar,en}}"
# shellcheck source=cpu_env.sh
. "$here/cpu_env.sh"  # tcmalloc, THREADS → $threads and the BLAS/OpenMP thread counts
run="$here/work/${RUN:-run3}"
mkdir -p "$run"
# the encoded corpus is round 2's (same corpus, vocabulary and alignments); on a machine without
# round 2's work directory train.py encodes it afresh
[ -e "$run/data.pt" ] || [ ! -e "$here/work/run2/data.pt" ] || cp "$here/work/run2/data.pt" "$run/data.pt"
exec nice -n -10 /usr/bin/python3 "$here/train.py" train --work "$run" \
  --corpus "$here/work/corpus" --vocab "$here/work/vocab" --align "$ALIGN" --align-weight 0.1 \
  --init "${INIT:-$here/work/run2/final.pt}" \
  --upsample tatoeba=3,un=4,tico19=4 --sample gettext=0.35,mozilla=0.5,freedict=0.5 \
  --concat 0.5 --concat-origins tatoeba,un,tico19 --concat-max 3 \
  --d-model 256 --enc-layers 4 --dec-layers 3 --heads 8 \
  --ffn 1024 --dropout 0.1 --label-smoothing 0.1 --lr 2e-4 --warmup 200 --batch-tokens 3000 \
  --max-minutes "${MINUTES:-70}" --eval-minutes 12 --eval-sents 200 --eval-stride 5 --patience 4 --keep 5 \
  --threads "$threads" --log-every 20 "$@"
