"""The element-wise average of the final weights of several runs that share a starting point (a
"model soup", Wortsman et al. 2022): here round 7's final weights and those of round 8, which
fine-tuned them. Unlike pick_checkpoint.py, which averages checkpoints of one run, the inputs may
come from different runs; they must have the same architecture (the first one's config is kept).

Usage (/usr/bin/python3): average_runs.py OUT.pt IN.pt IN.pt [IN.pt ...]
(each IN.pt a {config, state_dict} file, as pick_checkpoint.py writes WORK/final.pt)
"""

import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from train import average_states  # noqa: E402  (train.py puts models/tools on the path)


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    out, paths = sys.argv[1], sys.argv[2:]
    checkpoints = [torch.load(p, map_location="cpu") for p in paths]
    first = checkpoints[0]
    for path, ckpt in zip(paths, checkpoints):
        if ckpt["config"] != first["config"]:
            sys.exit(f"{path}: config differs from {paths[0]}'s")
        if ckpt["state_dict"].keys() != first["state_dict"].keys():
            sys.exit(f"{path}: parameters differ from {paths[0]}'s")
    state = average_states([ckpt["state_dict"] for ckpt in checkpoints])
    torch.save({"config": first["config"], "state_dict": state,
                "chosen": "average of " + ", ".join(paths)}, out)
    print(f"{out}: average of {len(paths)} runs' weights ({len(state)} tensors)")


if __name__ == "__main__":
    main()
