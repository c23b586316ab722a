#!/usr/bin/env bash
# tarjama decoding benchmark against the PyTorch eager reference, in one run (results and their
# reading: bench/RESULTS.md).
#
#   bench/run.sh [DEFAULT_MODEL_DIR]
#
# Builds lib and examples (mvn package, no install), creates the OPUS-MT-shaped random model in
# bench/work/opus-mt-shape if missing (~840 MiB, git-ignored), tokenizes the same Arabic sentences
# for both systems, then times tarjama (1 and 2 ONNX Runtime threads; also with the lexical
# shortlist option, and int8) and PyTorch (1 and 2 threads)
# on each model, measures time to first translation and the machine's matmul rate, and writes
# bench/work/RESULTS-latest.md (raw JSON lines in bench/work/results/), for the top of bench/RESULTS.md. DEFAULT_MODEL_DIR defaults to
# models/tarjama-ar-en; it needs pytorch_model.bin beside the ONNX files for the PyTorch rows.
# Environment: B1 (sentences of batch-1 rows, default 3), B16 (of batch-16 rows, default 32),
# NEW_TOKENS (default 32), FIRST_MAX_NEW (cap on the default model's first translation, for an
# undertrained checkpoint that may not stop), TARJAMA_CONFIG (extra ORT config entries, "k=v k=v"), JAVA_OPTS.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
py=/usr/bin/python3
work=bench/work
out=$work/results
default_model="${1:-models/tarjama-ar-en}"
b1="${B1:-3}"; b16="${B16:-32}"; new="${NEW_TOKENS:-32}"
mkdir -p "$out"; rm -f "$out"/*.jsonl
date -u +%Y-%m-%dT%H:%M:%SZ > "$out/started"
uptime > "$out/load-before"

if [ -z "${SKIP_BUILD:-}" ]; then
  echo "bench: building lib and examples" >&2
  mvn -q -B -o -DskipTests -pl lib,examples -am package >&2
  mvn -q -B -o -pl lib dependency:build-classpath -Dmdep.outputFile="$root/$work/cp.txt" >&2
fi
cp="lib/target/classes:examples/target/classes:$(cat $work/cp.txt)"
java_run() { java -Dai.djl.offline=true ${JAVA_OPTS:-} -cp "$cp" "$@"; }
config_args=()
for kv in ${TARJAMA_CONFIG:-}; do config_args+=(--config "$kv"); done

if [ ! -f $work/opus-mt-shape/decoder_model_merged.onnx ]; then
  echo "bench: creating the OPUS-MT-shaped random model" >&2
  $py models/tools/random_model.py --out $work/opus-mt-shape >/dev/null
fi

rows=(--row "greedy,1,unsorted,$b1" --row "beam4,1,unsorted,$b1"
      --row "greedy,16,sorted,$b16" --row "greedy,16,unsorted,$b16" --row "beam4,16,sorted,$b16")
# PyTorch at 2 threads is several times slower (its OpenMP and OpenBLAS threads compete): fewer sentences.
rows_t2=(--row "greedy,1,unsorted,$(( (b1 + 1) / 2 ))" --row "beam4,1,unsorted,$(( (b1 + 1) / 2 ))"
      --row "greedy,16,sorted,16" --row "beam4,16,sorted,16")

bench_model() {  # NAME DIR [FIRST_TRANSLATION_MAX_NEW_TOKENS]
  local name=$1 dir=$2 first_max=${3:-}
  $py bench/prepare_inputs.py "$dir" "$work/ids-$name" --count "$b16" > "$out/$name-inputs.txt"
  for t in 1 2; do
    echo "bench: $name tarjama threads=$t" >&2
    java_run dev.tarjama.examples.perf.DecodeBenchmark "$dir" "$work/ids-$name" --threads $t \
      --new-tokens "$new" "${config_args[@]}" "${rows[@]}" > "$out/$name-tarjama-$t.jsonl"
  done
  # The lexical shortlist option: a synthetic one of realistic size for the random model
  # (bench/synthetic_shortlist.py), the model's own lexical_shortlist.txt otherwise, if it has one.
  local shortlist=""
  if [ "$name" = opus-mt-shape ]; then
    shortlist=$work/opus-mt-shape-shortlist.txt
    [ -f "$shortlist" ] || $py bench/synthetic_shortlist.py "$dir" "$shortlist"
  elif [ -f "$dir/lexical_shortlist.txt" ]; then
    shortlist="$dir/lexical_shortlist.txt"
  fi
  if [ -n "$shortlist" ]; then
    for t in 1 2; do
      echo "bench: $name tarjama with lexical shortlist threads=$t" >&2
      java_run dev.tarjama.examples.perf.DecodeBenchmark "$dir" "$work/ids-$name" --threads $t \
        --new-tokens "$new" --shortlist "$shortlist" --label tarjama-shortlist "${config_args[@]}" \
        "${rows[@]}" > "$out/$name-tarjama-shortlist-$t.jsonl"
    done
  fi
  # int8: weights-only dynamic quantisation of both graphs (models/tools/quantize_int8.py, format
  # integer = MatMulInteger), into a copy of the model directory under bench/work (the model's own
  # directory is left as it is); the shortlist rewrite does not take the integer output layer.
  local q=$work/$name-int8
  if [ ! "$q/decoder_model_merged_quantized.onnx" -nt "$dir/decoder_model_merged.onnx" ]; then
    echo "bench: $name int8 graphs" >&2
    rm -rf "$q"; mkdir -p "$q"
    for f in "$dir"/*; do
      case "$(basename "$f")" in *_quantized.onnx|pytorch_model.bin|lexical_shortlist.txt) ;; *) ln -sf "$(realpath "$f")" "$q/";; esac
    done
    $py models/tools/quantize_int8.py "$dir/encoder_model.onnx" "$q/encoder_model_quantized.onnx" >&2
    $py models/tools/quantize_int8.py "$dir/decoder_model_merged.onnx" "$q/decoder_model_merged_quantized.onnx" >&2
  fi
  for t in 1 2; do
    echo "bench: $name tarjama int8 threads=$t" >&2
    java_run dev.tarjama.examples.perf.DecodeBenchmark "$q" "$work/ids-$name" --threads $t \
      --new-tokens "$new" --quantized --label tarjama-int8 "${config_args[@]}" \
      "${rows[@]}" > "$out/$name-tarjama-int8-$t.jsonl"
  done
  if [ -f "$dir/pytorch_model.bin" ]; then
    echo "bench: $name pytorch threads=1" >&2
    OMP_NUM_THREADS=1 $py bench/torch_bench.py "$dir" "$work/ids-$name" --threads 1 \
      --new-tokens "$new" "${rows[@]}" > "$out/$name-pytorch-1.jsonl"
    echo "bench: $name pytorch threads=2" >&2
    OMP_NUM_THREADS=2 $py bench/torch_bench.py "$dir" "$work/ids-$name" --threads 2 \
      --new-tokens "$new" "${rows_t2[@]}" > "$out/$name-pytorch-2.jsonl"
  fi
  local sentence
  sentence="$(head -1 "${TARJAMA_DATA:-/work/shared/data}/flores200-devtest/test.ar")"
  echo "bench: $name time to first translation" >&2
  for t in 1 2; do
    java_run dev.tarjama.examples.perf.FirstTranslation "$dir" $t "$sentence" $first_max \
      | sed "s/^{/{\"threads\": $t, /" >> "$out/$name-first.jsonl"
  done
}

bench_model opus-mt-shape $work/opus-mt-shape "$new"
if [ -f "$default_model/encoder_model.onnx" ]; then
  bench_model default "$default_model" "${FIRST_MAX_NEW:-}"
else
  echo "bench: no default model in $default_model: its rows are skipped" >&2
  echo "$default_model" > "$out/default-missing"
fi
echo "bench: matmul probe" >&2
$py bench/matmul_probe.py > "$out/probe.jsonl"
uptime > "$out/load-after"
lscpu > "$out/lscpu.txt"
echo "bench/run.sh $*" > "$out/command"
# the report goes to its own file: bench/RESULTS.md keeps the history and the write-ups, and the
# new run is copied to its top by hand
$py bench/report.py "$out" "$default_model" > "$work/RESULTS-latest.md"
echo "bench: wrote $work/RESULTS-latest.md (copy it to the top of bench/RESULTS.md)" >&2
