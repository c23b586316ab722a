#!/usr/bin/env bash
# Chooses a generation_config.json field on the DEV split (work/corpus/dev.*, carved from the
# training data; never a test set): one `./tarjama evaluate` (beam 4) per value, each on a copy of
# the model directory whose generation_config.json differs only in that field.
#
#   [FIELD=no_repeat_ngram_size] models/training/tune_generation.sh [MODEL_DIR] [OUT_DIR] [VALUES]
# defaults: models/tarjama-ar-en, models/training/work/tune, "0 3 4"; prints one line per value
# (chrF2 over the whole dev split, and over its UN + TICO-19 lines, the longest and most formal).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
model="$(cd "${1:-$root/models/tarjama-ar-en}" && pwd)"
out="${2:-$root/models/training/work/tune}"
values="${3:-0 3 4}"
field="${FIELD:-no_repeat_ngram_size}"
corpus="$root/models/training/work/corpus"
mkdir -p "$out"
cd "$root"
# the references of dev's UN + TICO-19 lines, the same for every value
paste "$corpus/dev.src" "$corpus/dev.en" | awk -F'\t' '$1=="un"||$1=="tico19"' | cut -f2- > "$out/formal.ref"
for n in $values; do
  dir="$out/model-$field-$n"
  rm -rf "$dir" && mkdir -p "$dir"
  for f in "$model"/*; do ln -s "$f" "$dir/$(basename "$f")"; done
  rm "$dir/generation_config.json"
  /usr/bin/python3 - "$model/generation_config.json" "$dir/generation_config.json" "$n" "$field" <<'PY'
import json, sys
cfg = json.load(open(sys.argv[1]))
cfg[sys.argv[4]] = float(sys.argv[3]) if "." in sys.argv[3] else int(sys.argv[3])
json.dump(cfg, open(sys.argv[2], "w"), indent=2)
PY
  ./tarjama evaluate -m "$dir" -s "$corpus/dev.ar" -r "$corpus/dev.en" --beam 4 \
    --threads "${THREADS:-0}" ${LIMIT:+--limit "$LIMIT"} --name "dev $field=$n" --report "$out/dev-$field-$n" --output "$out/dev-$field-$n.hyp" > /dev/null
  # the UN + TICO-19 lines of dev (dev.src names each line's corpus), scored with ./tarjama score
  paste "$corpus/dev.src" "$out/dev-$field-$n.hyp" | awk -F'\t' '$1=="un"||$1=="tico19"' | cut -f2- > "$out/formal-$field-$n.hyp"
  formal=$(./tarjama score "$out/formal.ref" -i "$out/formal-$field-$n.hyp" -m chrf -b)
  /usr/bin/python3 - "$out/dev-$field-$n.json" "$n" "$field" "$formal" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
sc = {x["name"]: x["score"] for x in r["scores"]}
print(f"{sys.argv[3]} {sys.argv[2]}: dev BLEU {sc['BLEU']:.2f} chrF2 {sc['chrF2']:.2f} ({r['lines']} lines, {r['seconds']:.0f} s); UN + TICO-19 lines chrF2 {sys.argv[4]}")
PY
done
