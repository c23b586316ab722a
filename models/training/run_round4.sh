#!/usr/bin/env bash
# Round 4: round 3's final weights fine-tuned with dictionary substitution pairs added
# (make_substitutions.py: sentence pairs with one or two aligned nouns or names replaced by other
# entries of the corpus's one-word dictionary), beside round 3's data and concatenations: round 3's
# command (run_round3.sh) with its own work directory, the extra pairs, a fresh optimiser and peak
# lr 1.5e-4 (round 3 ended at 4.6e-5).
#   ALIGN=$PWD/models/training/work/train.align THREADS=2 MINUTES=70 nohup setsid models/training/run_round4.sh > models/training/work/run4.out 2>&1 < /dev/null &
# Same command resumes from work/run4/last.pt.
# Round 5 (not kept) was the same with another draw of substitution pairs (SEED=2 →
# work/subst-seed2), round 4's final weights and peak lr 1e-4:
#   ALIGN=… THREADS=2 MINUTES=55 RUN=run5 SEED=2 INIT=$PWD/models/training/work/run4/final-session8.pt models/training/run_round4.sh --lr 1e-4
# Round 6 (shipped in session 10) was round 4's data with longer and more concatenations (as many as the
# Tatoeba, UN and TICO-19 pairs, each of 2-5 pairs, in place of half as many of 2-3), round 4's
# final weights recovered from the shipped ONNX files (models/tools/onnx_to_checkpoint.py) and
# peak lr 1e-4; stopped by hand after the checkpoint at 85.5 minutes:
#   ALIGN=… THREADS=2 MINUTES=105 RUN=run6 INIT=$PWD/models/training/work/recovered/round4.pt models/training/run_round4.sh --lr 1e-4 --concat 1.0 --concat-max 5
# Round 7 (shipped in session 11, half of the shipped average now) was round 6 continued to step 4,413 (the same command with a larger MINUTES,
# resumed from work/run6/last.pt, stopped by hand after that checkpoint), then fine-tuned with still longer concatenations (2-7 pairs) and
# peak lr 1e-4 to its 100-minute limit:
#   ALIGN=… THREADS=2 MINUTES=100 RUN=run7 INIT=$PWD/models/training/work/run6/ckpt-0004413.pt models/training/run_round4.sh --lr 1e-4 --concat 1.0 --concat-max 7
# Round 8 fine-tuned round 7's final weights with one and a half times as many concatenated pairs
# as sentence pairs, of 2-9 each, to its 122-minute limit; the shipped weights are the average of
# round 7's and round 8's final weights (finish_round2.sh AVERAGE_RUNS=…, models/training/README.md 3l):
#   ALIGN=… THREADS=2 MINUTES=122 RUN=run8 INIT=$PWD/models/training/work/run7/final.pt models/training/run_round4.sh --lr 1e-4 --concat 1.5 --concat-max 9
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
: "${ALIGN:?set ALIGN to the Pharaoh alignment file of work/corpus/train.{ar,en}}"
seed="${SEED:-1}"
subst="$here/work/subst"
[ "$seed" = 1 ] || subst="$here/work/subst-seed$seed"
[ -e "$subst/train.align" ] ||
  /usr/bin/python3 "$here/make_substitutions.py" "$here/work/corpus" "$ALIGN" "$subst" --seed "$seed"
RUN="${RUN:-run4}" INIT="${INIT:-$here/work/run3/final-session7.pt}" exec "$here/run_round3.sh" \
  --extra "$subst" --lr 1.5e-4 --warmup 150 "$@"
