#!/usr/bin/env bash
# Chooses generation_config.json's no_repeat_ngram_size on the DEV split (work/corpus/dev.*, carved
# from the training data; never a test set): one `./tarjama evaluate` (beam 4) per value, each on a
# copy of the model directory whose generation_config.json differs only in that field.
#
#   models/training/tune_generation.sh [MODEL_DIR] [OUT_DIR] [VALUES]
# defaults: models/tarjama-ar-en, models/training/work/tune, "0 3 4"; prints one line per value.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
model="$(cd "${1:-$root/models/tarjama-ar-en}" && pwd)"
out="${2:-$root/models/training/work/tune}"
values="${3:-0 3 4}"
corpus="$root/models/training/work/corpus"
mkdir -p "$out"
cd "$root"
for n in $values; do
  dir="$out/model-nrns$n"
  rm -rf "$dir" && mkdir -p "$dir"
  for f in "$model"/*; do ln -s "$f" "$dir/$(basename "$f")"; done
  rm "$dir/generation_config.json"
  /usr/bin/python3 - "$model/generation_config.json" "$dir/generation_config.json" "$n" <<'PY'
import json, sys
cfg = json.load(open(sys.argv[1]))
cfg["no_repeat_ngram_size"] = int(sys.argv[3])
json.dump(cfg, open(sys.argv[2], "w"), indent=2)
PY
  ./tarjama evaluate -m "$dir" -s "$corpus/dev.ar" -r "$corpus/dev.en" --beam 4 \
    --threads "${THREADS:-0}" ${LIMIT:+--limit "$LIMIT"} --name "dev no_repeat_ngram_size=$n" --report "$out/dev-nrns$n" > /dev/null
  /usr/bin/python3 - "$out/dev-nrns$n.json" "$n" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
sc = {x["name"]: x["score"] for x in r["scores"]}
print(f"no_repeat_ngram_size {sys.argv[2]}: dev BLEU {sc['BLEU']:.2f} chrF2 {sc['chrF2']:.2f} ({r['lines']} lines, {r['seconds']:.0f} s)")
PY
done
