"""The PyTorch eager reference of the benchmark: models/tools/generate.py (the port of Hugging Face
v4.46.3 cached greedy and beam search) on models/tools/marian.py, timed on the ids that
bench/prepare_inputs.py wrote.

Each row decodes COUNT sources of one ids file in batches of BATCH with beam BEAM, generating
exactly NEW tokens per hypothesis (min_length = max_length = NEW + 1, eos never chosen), after
one untimed warm-up batch of 2 sources. Prints one JSON object per row, then one with the peak RSS.

    OMP_NUM_THREADS=1 /usr/bin/python3 bench/torch_bench.py MODEL_DIR IDS_DIR --threads 1 \
        --row greedy,1,unsorted,16 --row beam4,16,sorted,64 [--new-tokens 32]
"""

import argparse
import json
import os
import resource
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "models", "tools"))

import torch  # noqa: E402

from export_onnx import load_checkpoint  # noqa: E402
from generate import GenerateOptions, generate  # noqa: E402


def read_ids(path):
    with open(path, encoding="utf-8") as f:
        return [list(map(int, line.split())) for line in f if line.strip()]


def run_row(model, sources, beam, batch, new_tokens):
    pad = model.config.pad_token_id
    opts = GenerateOptions(num_beams=beam, max_length=new_tokens + 1, min_length=new_tokens + 1,
                           bad_words_ids=[[pad]])
    generate(model, sources[:2], opts)  # warm-up on 2 sources (first-call allocations)
    latencies, tokens = [], 0
    cpu = time.process_time()
    start = time.perf_counter()
    for i in range(0, len(sources), batch):
        t0 = time.perf_counter()
        out = generate(model, sources[i:i + batch], opts)
        latencies.append(time.perf_counter() - t0)
        tokens += sum(len(hyps[0]["tokens"]) for hyps in out)
    return time.perf_counter() - start, time.process_time() - cpu, latencies, tokens


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("model_dir")
    p.add_argument("ids_dir")
    p.add_argument("--threads", type=int, required=True)
    p.add_argument("--row", action="append", required=True, help="DECODE,BATCH,ORDER,COUNT")
    p.add_argument("--new-tokens", type=int, default=32)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    model = load_checkpoint(a.model_dir)
    for spec in a.row:
        decode, batch, order, count = spec.split(",")
        beam = 1 if decode == "greedy" else int(decode[len("beam"):])
        batch, count = int(batch), int(count)
        sources = read_ids(os.path.join(a.ids_dir, order + ".ids"))[:count]
        seconds, cpu_seconds, latencies, tokens = run_row(model, sources, beam, batch, a.new_tokens)
        print(json.dumps(dict(system="pytorch", threads=a.threads, decode=decode, batch=batch, order=order,
                              sentences=len(sources), tokens=tokens, seconds=seconds, cpu_seconds=cpu_seconds,
                              batch_seconds=latencies)), flush=True)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps(dict(system="pytorch", threads=a.threads, peak_rss_mib=peak_kib / 1024)), flush=True)


if __name__ == "__main__":
    main()
