"""Cross-check data for the Java search: generate.py's greedy and beam search on a hashed fake model.

The Java search and the PyTorch port of Hugging Face v4.46.3 generate() (models/tools/generate.py)
are written independently. Here generate.py drives a fake "model" whose logits are an integer hash
of (source ids, decoder tokens after the start token), exactly representable in float32, so the
Java test (HashedReferenceTest) can compute the very same logits and compare tokens and scores
over many random option combinations, with no network weights involved.

Logits, for a vocabulary of V ids (eos 0, pad = decoder start = V - 1):
  key    = fnv1a64(source ids) >> 11
  h      = fold fnv1a64 over (token + 1) for each decoder token after the start, from key
  u      = splitmix64-style mix of h + (v + 1) * 0x9E3779B97F4A7C15   (all mod 2^64)
  logit  = (u >> 41) / 2^20 - 4          (23 bits: exact in float32)
  logit[eos] += 0.25 * (number of decoder tokens after the start)

Run from the repository root: /usr/bin/python3 lib/src/test/resources/decode/make_hashed_references.py
(--generate-dir points to the directory holding generate.py, models/tools by default).
"""

import argparse
import json
import os
import random
import sys
from types import SimpleNamespace

MASK = (1 << 64) - 1
VOCAB = 40
EOS = 0
PAD = VOCAB - 1


def fnv(h, value):
    return ((h ^ value) * 1099511628211) & MASK


def source_key(ids):
    h = 1469598103934665603
    for t in ids:
        h = fnv(h, t)
    return h >> 11


def logits(key, prefix):
    h = key
    for t in prefix:
        h = fnv(h, t + 1)
    out = []
    for v in range(VOCAB):
        u = (h + (v + 1) * 0x9E3779B97F4A7C15) & MASK
        u ^= u >> 31
        u = (u * 0xBF58476D1CE4E5B9) & MASK
        u ^= u >> 27
        out.append((u >> 41) / 2.0**20 - 4.0)
    out[EOS] += 0.25 * len(prefix)
    return out


class HashedModel:
    """The parts of generate.py's model interface its searches use (use_cache=False)."""

    def __init__(self, torch):
        self.torch = torch
        self.config = SimpleNamespace(eos_token_id=EOS, pad_token_id=PAD, decoder_start_token_id=PAD, vocab_size=VOCAB)

    def eval(self):
        return self

    def encode(self, ids, mask):
        keys = [source_key(ids[i][mask[i].bool()].tolist()) for i in range(ids.shape[0])]
        # float64 holds the 53-bit keys exactly; repeat_interleave keeps them per beam
        return self.torch.tensor(keys, dtype=self.torch.float64).view(-1, 1, 1)

    def cross_kv(self, encoder_hidden):
        return encoder_hidden

    def decode(self, decoder_ids, mask, cross, past=None):
        rows = decoder_ids.shape[0]
        out = self.torch.empty((rows, 1, VOCAB), dtype=self.torch.float32)
        for r in range(rows):
            key = int(cross[r, 0, 0].item())
            out[r, 0] = self.torch.tensor(logits(key, decoder_ids[r, 1:].tolist()), dtype=self.torch.float32)
        return out, None, None


def random_options(rng, GenerateOptions):
    beams = rng.choice([1, 1, 2, 3, 4, 5])
    max_new = rng.choice([None, None, None, rng.randint(1, 12)])
    max_length = rng.choice([2, 5, 9, 16, 24])
    effective = max_length if max_new is None else max_new + 1
    bad = rng.choice([None, [[PAD]], [[PAD]], [[PAD], [3, 4], [EOS]], [[PAD], [7], [2, 2]]])
    return GenerateOptions(
        num_beams=beams,
        max_length=max_length,
        min_length=rng.choice([0, 0, 0, rng.randint(1, effective)]),
        max_new_tokens=max_new,
        length_penalty=rng.choice([1.0, 1.0, 0.6, 0.0, -0.5, 2.0]),
        early_stopping=rng.choice([True, False, "never"]),
        no_repeat_ngram_size=rng.choice([0, 0, 1, 2, 3]),
        repetition_penalty=rng.choice([1.0, 1.0, 1.3, 0.8]),
        num_return_sequences=rng.randint(1, beams),
        bad_words_ids=bad,
        forced_eos_token_id=rng.choice([EOS, None]),
    )


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", "..", "..", "..", ".."))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--generate-dir", default=os.path.join(root, "models", "tools"))
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--out", default=os.path.join(here, "hashed-references.jsonl"))
    args = parser.parse_args()
    sys.path.insert(0, args.generate_dir)
    import torch
    from generate import GenerateOptions, generate

    rng = random.Random(20241129)
    model = HashedModel(torch)
    with open(args.out, "w", encoding="utf-8") as out:
        for case in range(args.cases):
            opts = random_options(rng, GenerateOptions)
            sources = [[rng.randint(1, VOCAB - 2) for _ in range(rng.randint(0, 10))] + [EOS]
                       for _ in range(rng.choice([1, 1, 2, 3, 5]))]
            outputs = generate(model, sources, opts, use_cache=False)
            line = {"id": f"hashed-{case:03d}", "kind": "generate", "vocab_size": VOCAB,
                    "options": opts.to_json(), "sources": sources, "outputs": outputs}
            out.write(json.dumps(line) + "\n")
    print(f"wrote {args.cases} cases to {args.out}")


if __name__ == "__main__":
    main()
