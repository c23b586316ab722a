"""Writes bench/RESULTS.md from the JSON lines bench/run.sh collected in bench/work/results/.

    /usr/bin/python3 bench/report.py bench/work/results DEFAULT_MODEL_DIR > bench/RESULTS.md
"""

import glob
import json
import os
import statistics
import sys

MODELS = {"opus-mt-shape": "bench/work/opus-mt-shape"}


def jsonl(path):
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def config(model_dir):
    with open(os.path.join(model_dir, "config.json")) as f:
        return json.load(f)


def flops(c, source_len, beam, new_tokens):
    """FLOPs (2 per multiply-add) of one source: encoder, cross K/V, and every decoder row-step.
    Returns (encoder, decoder layers, output layer) totals."""
    d, f, v = c["d_model"], c["encoder_ffn_dim"], c["vocab_size"]
    s = source_len
    enc = 2 * s * c["encoder_layers"] * (4 * d * d + 2 * d * f + 2 * s * d)
    cross_kv = 2 * s * c["decoder_layers"] * 2 * d * d
    layers, output = 0, 0
    for t in range(1, new_tokens + 1):
        layers += 2 * beam * c["decoder_layers"] * (6 * d * d + 2 * d * c["decoder_ffn_dim"] + 2 * t * d + 2 * s * d)
        output += 2 * beam * d * v
    return enc + cross_kv, layers, output


def per_token_flops(c, source_len, t):
    d, v = c["d_model"], c["vocab_size"]
    layers = 2 * c["decoder_layers"] * (6 * d * d + 2 * d * c["decoder_ffn_dim"] + 2 * t * d + 2 * source_len * d)
    return layers, 2 * d * v


def ids_lengths(ids_dir, order, count):
    with open(os.path.join(ids_dir, order + ".ids")) as f:
        return [len(line.split()) for line in f if line.strip()][:count]


def pct(values, q):
    values = sorted(values)
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def key(r):
    return (r["decode"], r["batch"], r["order"])


def main():
    out, default_dir = sys.argv[1], sys.argv[2]
    models = dict(MODELS)
    if not os.path.exists(os.path.join(out, "default-missing")):
        models["default"] = default_dir
    probe = jsonl(os.path.join(out, "probe.jsonl"))
    peak = {p["threads"]: p["gflops"] for p in probe if p["shape"].startswith("square")}
    read = lambda name: open(os.path.join(out, name)).read().strip() if os.path.exists(os.path.join(out, name)) else "?"
    print("# tarjama decoding benchmark\n")
    print(f"Run started {read('started')} (UTC). Command: `{read('command')}` (from the repository root).\n")
    print(f"Load before: `{read('load-before')}`; after: `{read('load-after')}`.\n")
    lscpu = {}
    for line in read("lscpu.txt").splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            lscpu[k.strip()] = v.strip()
    print(f"Machine: {lscpu.get('Model name', '?')}, {lscpu.get('CPU(s)', '?')} CPUs "
          f"({lscpu.get('Thread(s) per core', '?')} thread per core), {lscpu.get('Hypervisor vendor', 'no')} hypervisor, "
          f"L2 {lscpu.get('L2 cache', '?')}, L3 {lscpu.get('L3 cache', '?')}, "
          f"AVX2 {'yes' if 'avx2' in lscpu.get('Flags', '') else 'no'}, "
          f"AVX-512 {'yes' if 'avx512f' in lscpu.get('Flags', '') else 'no'}.\n")
    print("Every row generates exactly the pinned number of tokens per hypothesis (min length = max "
          "length, eos never chosen), so random weights cost what real ones do. tokens/s counts the "
          "tokens of the returned (best) hypotheses; sentences/s likewise. Latency per sentence is "
          "reported for batch 1 (median, p95 over the row's sentences). ratio = tarjama / PyTorch at "
          "the same thread count; 'vs best' = tarjama / the better of PyTorch's 1 and 2 threads. "
          "tokens per CPU-s divides by the CPU time the process used during the row (all its threads, "
          "garbage collection included): on a loaded machine it is the fairer cost measure, since a "
          "process waiting for a core uses no CPU time; at 1 thread it approximates the idle-machine "
          "tokens/s. tarjama-shortlist rows use the lexical shortlist option (bench/synthetic_shortlist.py "
          "for the random model); their achieved GFLOPS counts the full output layer, so it is an "
          "effective rate. tarjama-int8 rows run the weights-only int8 graphs (models/tools/quantize_int8.py, "
          "MatMulInteger) made from the same weights; their GFLOPS count int8 multiply-adds as FLOPs.\n")
    for name, model_dir in models.items():
        c = config(model_dir)
        rows = {}
        for path in sorted(glob.glob(os.path.join(out, f"{name}-*-*.jsonl"))):
            for r in jsonl(path):
                rows.setdefault(r["system"], {}).setdefault(r["threads"], []).append(r)
        print(f"## {name}: d_model {c['d_model']}, {c['encoder_layers']}+{c['decoder_layers']} layers, "
              f"FFN {c['encoder_ffn_dim']}, vocabulary {c['vocab_size']:,} ({model_dir})\n")
        inputs = read(f"{name}-inputs.txt")
        print(f"Inputs: {inputs} (model tokens incl. eos).\n")
        pt = {t: {key(r): r for r in rs if "decode" in r} for t, rs in rows.get("pytorch", {}).items()}
        print("| system | threads | decode | batch | order | sentences | tokens/s | sentences/s | median ms/sent | p95 ms/sent | ratio same threads | vs best PyTorch | tokens per CPU-s | ratio per CPU-s | achieved GFLOPS (% of probe) |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        for system in ("tarjama", "tarjama-shortlist", "tarjama-int8", "pytorch"):
            for t, rs in sorted(rows.get(system, {}).items()):
                for r in rs:
                    if "decode" not in r:
                        continue
                    tps = r["tokens"] / r["seconds"]
                    sps = r["sentences"] / r["seconds"]
                    med = p95 = "–"
                    if r["batch"] == 1:
                        lat = r["batch_seconds"]
                        med, p95 = f"{1000 * statistics.median(lat):.0f}", f"{1000 * pct(lat, 0.95):.0f}"
                    ratio = best = cpu_ratio = "–"
                    cpu_tps = r["tokens"] / r["cpu_seconds"] if r.get("cpu_seconds") else None
                    if system.startswith("tarjama"):
                        same = pt.get(t, {}).get(key(r))
                        if same:
                            ratio = f"{tps / (same['tokens'] / same['seconds']):.2f}"
                            if cpu_tps and same.get("cpu_seconds"):
                                cpu_ratio = f"{cpu_tps / (same['tokens'] / same['cpu_seconds']):.2f}"
                        others = [p[key(r)] for p in pt.values() if key(r) in p]
                        if others:
                            top = max(o["tokens"] / o["seconds"] for o in others)
                            best = f"**{tps / top:.2f}**"
                    beam = 1 if r["decode"] == "greedy" else int(r["decode"][4:])
                    lengths = ids_lengths(os.path.join("bench", "work", f"ids-{name}"), r["order"], r["sentences"])
                    new = r["tokens"] // max(1, r["sentences"])
                    total = sum(sum(flops(c, s, beam, new)) for s in lengths)
                    g = total / r["seconds"] / 1e9
                    frac = f"{g:.1f} ({100 * g / peak[t]:.0f}%)" if t in peak else f"{g:.1f}"
                    print(f"| {system} | {t} | {r['decode']} | {r['batch']} | {r['order']} | {r['sentences']} | "
                          f"{tps:.1f} | {sps:.2f} | {med} | {p95} | {ratio} | {best} | "
                          f"{'–' if cpu_tps is None else f'{cpu_tps:.1f}'} | {cpu_ratio} | {frac} |")
        print()
        peaks = [f"{s} {t} thread(s): {r['peak_rss_mib']:.0f} MiB" for s in ("tarjama", "tarjama-shortlist", "tarjama-int8", "pytorch")
                 for t, rs in sorted(rows.get(s, {}).items()) for r in rs if "peak_rss_mib" in r]
        print("Peak RSS of the process that ran all rows above: " + "; ".join(peaks) + ".\n")
        first = jsonl(os.path.join(out, f"{name}-first.jsonl"))
        for f in first:
            print(f"Time to first translation ({f['threads']} thread(s), JVM start → model loaded → first "
                  f"sentence translated with the model's generation config): {f['model_ready_seconds']:.2f} s → "
                  f"{f['first_translation_seconds']:.2f} s; peak RSS {f['peak_rss_mib']:.0f} MiB.\n")
        print("Where tarjama's time goes (share of the row's wall time): encoder = `Seq2SeqModel.start` "
              "(encoder run + copies), steps = decoder runs incl. the output layer and the logits copy, "
              "reorder = cache reorders, search = the rest (logits processors, log-softmax, top-k, "
              "bookkeeping in Java). FLOPs split of the same work (counted): encoder, decoder layers, output layer.\n")
        print("| threads | decode | batch | order | encoder | steps | reorder | search | FLOPs: encoder | decoder layers | output layer |")
        print("|---|---|---|---|---|---|---|---|---|---|---|")
        for t, rs in sorted(rows.get("tarjama", {}).items()):
            for r in rs:
                if "decode" not in r:
                    continue
                s = r["seconds"]
                rest = s - r["encoder_seconds"] - r["step_seconds"] - r["reorder_seconds"]
                beam = r["beam"]
                lengths = ids_lengths(os.path.join("bench", "work", f"ids-{name}"), r["order"], r["sentences"])
                new = r["tokens"] // max(1, r["sentences"])
                parts = [0, 0, 0]
                for L in lengths:
                    for i, x in enumerate(flops(c, L, beam, new)):
                        parts[i] += x
                tot = sum(parts)
                print(f"| {t} | {r['decode']} | {r['batch']} | {r['order']} | {100 * r['encoder_seconds'] / s:.0f}% | "
                      f"{100 * r['step_seconds'] / s:.0f}% | {100 * r['reorder_seconds'] / s:.0f}% | {100 * rest / s:.0f}% | "
                      f"{100 * parts[0] / tot:.0f}% | {100 * parts[1] / tot:.0f}% | {100 * parts[2] / tot:.0f}% |")
        print()
        lengths = ids_lengths(os.path.join("bench", "work", f"ids-{name}"), "unsorted", 10**9)
        med = int(statistics.median(lengths))
        lay, outl = per_token_flops(c, med, 16)
        print(f"FLOPs per generated token and row (decoder step at position 16, source of {med} tokens): "
              f"decoder layers {lay / 1e6:.1f} M + output layer {outl / 1e6:.1f} M = {(lay + outl) / 1e6:.1f} MFLOP; "
              f"beam 4 costs 4 rows per output token. Encoder + cross K/V per source token: "
              f"{flops(c, med, 1, 0)[0] / med / 1e6:.1f} MFLOP.\n")
    print("## Matrix-multiply probe (PyTorch `torch.mm`, float32, best of 10)\n")
    print("| threads | shape | GFLOPS |\n|---|---|---|")
    for p in probe:
        print(f"| {p['threads']} | {p['shape']} | {p['gflops']:.1f} |")
    print("\nachieved GFLOPS = counted FLOPs of the row / its wall time; % of probe = of the square "
          "matmul rate at the same thread count.\n")


if __name__ == "__main__":
    main()
