"""Dev comparison of the last checkpoint and the averages of the last 2, 3, ..., N (greedy chrF on
the first 200 dev pairs, dev cross-entropy); writes the best to WORK/final.pt ({config, state_dict}).

Usage (/usr/bin/python3): pick_checkpoint.py WORK VOCAB CORPUS [N [STRIDE]]
(STRIDE k: the 200 dev pairs are every k-th one, as train.py --eval-stride)
"""

import glob
import os
import sys
from dataclasses import asdict

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
sys.path.insert(0, HERE)
import train as T  # noqa: E402
from marian import MarianConfig, MarianMTModel  # noqa: E402


def main():
    work, vocab, corpus = sys.argv[1:4]
    n = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    torch.set_num_threads(1)
    tok = T.Tokenizer(vocab)
    cfg = MarianConfig.from_json(os.path.join(work, "config.json"))
    _, dev = torch.load(os.path.join(work, "data.pt"))
    ar, en, _ = T.load_split(corpus, "dev")
    paths = sorted(glob.glob(os.path.join(work, "ckpt-*.pt")))[-n:]
    states = [torch.load(p) for p in paths]
    cands = {"last " + os.path.basename(paths[-1]): states[-1]}
    # one running sum from the newest checkpoint back: the average of the last k adds one state
    total = {key: v.double() for key, v in states[-1].items()}
    for k in range(2, len(states) + 1):
        for key, v in states[-k].items():
            total[key] += v.double()
        names = [os.path.basename(p) for p in paths[-k:]]
        cands[f"average of {names}"] = {key: (v / k).float() for key, v in total.items()}

    class A:
        eval_sents = 200
        eval_stride = int(sys.argv[5]) if len(sys.argv) > 5 else 1
    best = None
    for name, sd in cands.items():
        m = MarianMTModel(cfg)
        m.load_state_dict(sd)
        ce, chrf, _ = T.evaluate(m, dev, (ar, en), tok, A)
        print(f"{name}: dev_ce {ce:.3f} dev_chrF(greedy,200) {chrf:.2f}")
        if best is None or chrf > best[1]:
            best = (name, chrf, sd)
    torch.save({"config": asdict(cfg), "state_dict": best[2], "chosen": best[0]}, os.path.join(work, "final.pt"))
    print(f"chosen: {best[0]}")


if __name__ == "__main__":
    main()
