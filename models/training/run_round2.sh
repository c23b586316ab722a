#!/usr/bin/env bash
# Round 2: as round 1 plus guided alignment (OPUS-MT "transformer-align"): head 0 of the last
# decoder layer's cross-attention is pulled toward word alignments of the training corpus.
#   ALIGN=work/corpus/train.align nohup models/training/run_round2.sh > models/training/work/run2.out 2>&1 &
# ALIGN is a Pharaoh file ("i-j" source-target word links, whitespace words) line-aligned with
# work/corpus/train.ar / train.en, e.g. from the project's fast_align (grow-diag-final).
# Same command resumes from work/run2/last.pt. INIT=<checkpoint> warm-starts from earlier weights
# (round 2 of models/tarjama-ar-en started from work/run1b/final.pt, the round-1 weights).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
: "${ALIGN:?set ALIGN to the Pharaoh alignment file of work/corpus/train.{ar,en}}"
# shellcheck source=cpu_env.sh
. "$here/cpu_env.sh"  # tcmalloc, THREADS → $threads and the BLAS/OpenMP thread counts
exec nice -n -10 /usr/bin/python3 "$here/train.py" train --work "$here/work/run2" \
  --corpus "$here/work/corpus" --vocab "$here/work/vocab" --align "$ALIGN" --align-weight 0.1 ${INIT:+--init "$INIT"} \
  --upsample tatoeba=3,un=4,tico19=4 --sample gettext=0.35,mozilla=0.5,freedict=0.5 \
  --d-model 256 --enc-layers 4 --dec-layers 3 --heads 8 \
  --ffn 1024 --dropout 0.1 --label-smoothing 0.1 --lr 7e-4 --warmup 400 --batch-tokens 3000 \
  --max-minutes "${MINUTES:-105}" --eval-minutes 15 --eval-sents 200 --patience 4 --keep 5 --threads "$threads" --log-every 20
