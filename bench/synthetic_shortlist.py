"""A lexical shortlist file for the random-weight OPUS-MT-shaped model, sized like a real one.

The random model has no lexicon to learn a shortlist from, and its cost depends only on how many
ids a batch's shortlist holds. So each source id that the benchmark inputs can contain gets
--best target ids drawn (fixed seed) from a pool of --pool ids, and --frequent ids are always
allowed: a batch of 16 benchmark sentences then allows about as many ids (3,828 with the
defaults) as the default model's shortlist learned from the training corpus allows for 16
FLORES-200 sentences (3,139 of 11,612; models/tools/make_shortlist.py with --best 50
--frequent 100). Format: dev.tarjama.model.LexicalShortlist.

    /usr/bin/python3 bench/synthetic_shortlist.py MODEL_DIR OUT [--pool 4000] [--best 50] [--frequent 100]
"""

import argparse
import json
import os
import random


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("model_dir")
    p.add_argument("out")
    p.add_argument("--pool", type=int, default=4000)
    p.add_argument("--best", type=int, default=50)
    p.add_argument("--frequent", type=int, default=100)
    p.add_argument("--sources", type=int, default=1000, help="source ids given a list (the fixture pieces)")
    a = p.parse_args(argv)
    with open(os.path.join(a.model_dir, "config.json")) as f:
        vocab = json.load(f)["vocab_size"]
    rnd = random.Random(vocab)
    pool = rnd.sample(range(2, vocab - 1), a.pool)
    always = sorted(set(rnd.sample(range(2, vocab - 1), a.frequent)) | {1})
    with open(a.out, "w") as f:
        f.write(f"tarjama-lexical-shortlist 1 vocab_size={vocab} best={a.best} frequent={a.frequent}"
                f" corpus=synthetic-pool-{a.pool}\n")
        f.write("always " + " ".join(map(str, always)) + "\n")
        for s in range(a.sources):
            f.write(f"{s} " + " ".join(map(str, rnd.sample(pool, a.best))) + "\n")


if __name__ == "__main__":
    main()
