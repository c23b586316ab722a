"""Translate Arabic lines to English with a trained checkpoint in PyTorch (models/tools/marian.py),
beam search from models/tools/generate.py (the Hugging Face v4.46.3 port; same decoding as the
ONNX model in the Java library is meant to reproduce).

Usage (/usr/bin/python3):
    translate.py --checkpoint work/run1/averaged.pt --vocab DIR --beams 4 < in.ar > out.en
Sentences are sorted by length and batched (--batch sentences); output keeps input order.
"""

import argparse
import os
import sys
import time

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
sys.path.insert(0, HERE)
from generate import GenerateOptions, generate  # noqa: E402
from marian import MarianConfig, MarianMTModel  # noqa: E402
from train import Tokenizer  # noqa: E402


def load(path):
    raw = torch.load(path, map_location="cpu")
    model = MarianMTModel(MarianConfig(**raw["config"]))
    model.load_state_dict(raw["state_dict"], strict=False)
    model.eval()
    return model


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--checkpoint", required=True)
    p.add_argument("--vocab", required=True, help="dir with source.spm, target.spm, vocab.json")
    p.add_argument("--beams", type=int, default=4)
    p.add_argument("--max-length", type=int, default=256)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--threads", type=int, default=1)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    model = load(a.checkpoint)
    tok = Tokenizer(a.vocab)
    lines = [l.rstrip("\n") for l in sys.stdin]
    ids = [tok.encode_src(l)[:a.max_length] for l in lines]
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    out = [""] * len(ids)
    opts = GenerateOptions(num_beams=a.beams, max_length=a.max_length, bad_words_ids=[[tok.pad]],
                           forced_eos_token_id=0, early_stopping=False)
    t0 = time.time()
    for k in range(0, len(order), a.batch):
        chunk = order[k:k + a.batch]
        res = generate(model, [ids[i] for i in chunk], opts)
        for i, r in zip(chunk, res):
            out[i] = tok.decode(r[0]["tokens"])
    sys.stdout.write("".join(o + "\n" for o in out))
    print(f"translated {len(lines)} lines in {time.time() - t0:.0f}s (beam {a.beams})", file=sys.stderr)


if __name__ == "__main__":
    main()
