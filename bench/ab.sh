#!/usr/bin/env bash
# One variant of the before/after comparisons in bench/RESULTS.md: the OPUS-MT-shaped model, the
# batch-16 rows (greedy and beam 4, sorted) and batch-1 beam 4, with a given library build and
# ONNX Runtime settings.
#
#   bench/ab.sh LABEL LIB_CLASSES_DIR THREADS [DecodeBenchmark options, e.g. --quantized,
#       --config session.intra_op.allow_spinning=0]
#
# LIB_CLASSES_DIR is lib/target/classes or a copy of an older build; output: bench/work/ab/LABEL.jsonl.
# Environment: B16 (sentences of batch-16 rows, default 32), B1 (default 4), JAVA_OPTS, MODEL (model
# directory, default bench/work/opus-mt-shape), ROWS ("greedy" or "beam4" for one batch-16 row).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
label=$1 classes=$2 threads=$3; shift 3
b16="${B16:-32}"; b1="${B1:-4}"; model="${MODEL:-bench/work/opus-mt-shape}"
rows=(--row "greedy,16,sorted,$b16" --row "beam4,16,sorted,$b16" --row "beam4,1,unsorted,$b1")
if [ "${B1:-}" = 0 ]; then rows=(--row "greedy,16,sorted,$b16" --row "beam4,16,sorted,$b16"); fi
if [ -n "${ROWS:-}" ]; then rows=(--row "$ROWS,16,sorted,$b16"); fi
mkdir -p bench/work/ab
java -Dai.djl.offline=true ${JAVA_OPTS:-} \
  -cp "$classes:examples/target/classes:$(cat bench/work/cp.txt)" \
  dev.tarjama.examples.perf.DecodeBenchmark "$model" bench/work/ids-opus-mt-shape \
  --threads "$threads" --label "$label" "$@" "${rows[@]}" \
  > "bench/work/ab/$label.jsonl"
sed 's/, "batch_seconds.*/}/' "bench/work/ab/$label.jsonl"
