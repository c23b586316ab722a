#!/usr/bin/env bash
# Round 1 (no guided alignment). Start or resume (same command) in the background:
#   nohup models/training/run_round1.sh > models/training/work/run1.out 2>&1 &
# Needs build_data.sh and make_vocab.py run first (work/corpus, work/vocab).
# One thread (the machine's other core is left to the rest of the project); the process runs at
# nice -10 so that this one thread really gets its core while builds run beside it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
exec nice -n -10 /usr/bin/python3 "$here/train.py" train --work "$here/work/run1" \
  --corpus "$here/work/corpus" --vocab "$here/work/vocab" \
  --upsample tatoeba=3,un=3,tico19=3 --sample gettext=0.35,mozilla=0.5,freedict=0.5 \
  --d-model 256 --enc-layers 4 --dec-layers 3 --heads 8 \
  --ffn 1024 --dropout 0.1 --label-smoothing 0.1 --lr 5e-4 --warmup 400 --batch-tokens 1500 \
  --max-minutes 45 --eval-minutes 6 --eval-sents 200 --patience 4 --keep 5 --threads 1 --log-every 20
