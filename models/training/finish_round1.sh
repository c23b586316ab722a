#!/usr/bin/env bash
# After run_round1.sh stops: pick last-vs-average on dev, export to models/tarjama-ar-en, score.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
py=/usr/bin/python3
export LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4 OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
$py "$here/pick_checkpoint.py" "$here/work/run1" "$here/work/vocab" "$here/work/corpus" 3
$py "$here/../tools/export_onnx.py" --checkpoint "$here/work/run1/final.pt" --out "$here/../tarjama-ar-en" \
  --layout merged --attentions --tokenizer-dir "$here/work/vocab" --max-length 256
$py "$here/translate_article.py" "$here/work/run1/final.pt" "$here/work/vocab" \
  < "$here/../../seeds/000_8bb5bcd9b53559f5.txt" > "$here/work/seed.en"
"$here/evaluate.sh" "$here/work/run1/final.pt" "$here/work/vocab" "$here/work/eval-r1"
