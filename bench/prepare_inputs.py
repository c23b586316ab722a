"""Tokenizes the benchmark's Arabic sentences once, so tarjama and PyTorch decode the same ids.

Takes the first N/2 lines of FLORES-200 devtest and of NTREX-128 (test.ar), encodes them with the
model's own tokenizer (models/tools/tokenizer.py, the MarianTokenizer port) and writes two files of
space-separated ids, one source per line: ``unsorted.ids`` (file order, alternating corpora) and
``sorted.ids`` (longest first, stable), the order in which a length-bucketing translator batches.

    /usr/bin/python3 bench/prepare_inputs.py MODEL_DIR OUT_DIR [--count 64] [--max-tokens 256]
"""

import argparse
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "models", "tools"))
from tokenizer import MarianTokenizer  # noqa: E402

DATA = "/work/shared/data"
CORPORA = ("flores200-devtest/test.ar", "ntrex128/test.ar")


def read_lines(path: str, count: int):
    lines = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                lines.append(line)
            if len(lines) == count:
                break
    return lines


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("model_dir")
    p.add_argument("out_dir")
    p.add_argument("--count", type=int, default=64)
    p.add_argument("--max-tokens", type=int, default=256)
    p.add_argument("--data", default=os.environ.get("TARJAMA_DATA", DATA))
    a = p.parse_args()
    tok = MarianTokenizer(a.model_dir)
    per = a.count // len(CORPORA)
    columns = [read_lines(os.path.join(a.data, c), per) for c in CORPORA]
    texts = [t for pair in zip(*columns) for t in pair]
    ids = []
    for text in texts:
        row = tok.encode(text)
        if len(row) > a.max_tokens:
            row = row[: a.max_tokens - 1] + [tok.eos_id]
        ids.append(row)
    os.makedirs(a.out_dir, exist_ok=True)
    order = sorted(range(len(ids)), key=lambda i: -len(ids[i]))
    for name, rows in (("unsorted.ids", ids), ("sorted.ids", [ids[i] for i in order])):
        with open(os.path.join(a.out_dir, name), "w", encoding="utf-8") as f:
            for row in rows:
                f.write(" ".join(map(str, row)) + "\n")
    lengths = sorted(len(r) for r in ids)
    print(f"{len(ids)} sources, tokens min {lengths[0]} median {lengths[len(lengths) // 2]} max {lengths[-1]}")


if __name__ == "__main__":
    main()
