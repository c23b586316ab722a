#!/usr/bin/env bash
# After run_round2.sh stops: pick the last checkpoint or the average of the last 2-4 on dev, export
# to models/tarjama-ar-en, check the export against PyTorch through ONNX Runtime (Java), translate
# the seed article. Then, by hand: tune_generation.sh (dev split), score_card.sh (test sets).
# RUN=run3 STRIDE=5 (run_round3.sh's dev sample) OUT=<dir> (export elsewhere, e.g. to compare
# before replacing the shipped model) change the defaults run2, 1, models/tarjama-ar-en.
# AVERAGE_RUNS="A.pt B.pt ..." replaces the pick: RUN's final.pt becomes the element-wise average
# of those runs' final weights (average_runs.py) in a RUN of its own; round 8: RUN=soup8
# AVERAGE_RUNS="$PWD/models/training/work/run7/final.pt $PWD/models/training/work/run8/final.pt".
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
py=/usr/bin/python3
export LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4 OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
run="$here/work/${RUN:-run2}"
out="${OUT:-$root/models/tarjama-ar-en}"
if [ -n "${AVERAGE_RUNS:-}" ]; then
  mkdir -p "$run"
  # shellcheck disable=SC2086  # a list of paths
  $py "$here/average_runs.py" "$run/final.pt" $AVERAGE_RUNS
else
  $py "$here/pick_checkpoint.py" "$run" "$here/work/vocab" "$here/work/corpus" "${AVERAGE:-4}" "${STRIDE:-1}"
fi
$py "$root/models/tools/export_onnx.py" --checkpoint "$run/final.pt" --out "$out" \
  --layout merged --attentions --tokenizer-dir "$here/work/vocab" --max-length 256
$py "$root/models/tools/ort_check.py" --model-dir "$out" --checkpoint "$run/final.pt"
# no_repeat_ngram_size 3, chosen on the dev split by tune_generation.sh with round 2's weights (dev
# chrF2 26.32 → 28.64 against 0); kept for round 8's (MODEL_CARD.md, "Decoding"). NO_REPEAT overrides it
$py - "$out/generation_config.json" "${NO_REPEAT:-3}" <<'PY'
import json, sys
cfg = json.load(open(sys.argv[1]))
cfg["no_repeat_ngram_size"] = int(sys.argv[2])
with open(sys.argv[1], "w") as f:
    json.dump(cfg, f, indent=2)
    f.write("\n")
PY
# the seed article with the final generation config (the export writes generation_config.json afresh)
cd "$root" && ./tarjama translate -m "$out" seeds/000_8bb5bcd9b53559f5.txt > "$here/work/seed-${RUN:-run2}.en"
