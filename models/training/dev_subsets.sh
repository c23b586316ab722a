#!/usr/bin/env bash
# The dev split's three comparison sets that the model card's dev tables use, from work/corpus/dev.*:
#   all.{ar,en}     every dev pair (1,000)
#   formal.{ar,en}  the pairs whose dev.src origin is not tatoeba (UN and TICO-19: 300)
#   tat.{ar,en}     the first 200 Tatoeba pairs
#   models/training/dev_subsets.sh [OUT_DIR]      (default: models/training/work/devsets)
# Then, for a candidate model DIR: ./tarjama evaluate -m DIR -s OUT_DIR/formal.ar -r OUT_DIR/formal.en
#   --name dev-formal --beam 4 --threads 0 --report PREFIX   (writes PREFIX.md and PREFIX.json)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="$here/work/corpus"
out="${1:-$here/work/devsets}"
mkdir -p "$out"
cp "$corpus/dev.ar" "$out/all.ar"
cp "$corpus/dev.en" "$out/all.en"
paste -d '\t' "$corpus/dev.src" "$corpus/dev.ar" "$corpus/dev.en" | awk -F '\t' -v out="$out" '
  $1 != "tatoeba" { print $2 > (out "/formal.ar"); print $3 > (out "/formal.en") }
  $1 == "tatoeba" && tat < 200 { tat++; print $2 > (out "/tat.ar"); print $3 > (out "/tat.en") }'
wc -l "$out"/*.ar
