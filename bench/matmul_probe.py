"""Measures the machine's float32 matrix-multiply rate (GFLOPS) with PyTorch (Debian's build) at
the shapes a decoder step has, and at a large square shape (the practical peak).

Prints one JSON object per (threads, shape): best of REPEATS timed runs after a warm-up.

    /usr/bin/python3 bench/matmul_probe.py [--threads 1 2]
"""

import argparse
import json
import time

import torch

SHAPES = {
    "square 1024x1024x1024": (1024, 1024, 1024),
    "ffn rows 16 (16x512 @ 512x2048)": (16, 512, 2048),
    "output layer rows 64 (64x512 @ 512x62834)": (64, 512, 62834),
    "output layer rows 16 (16x512 @ 512x62834)": (16, 512, 62834),
}


def rate(m, k, n, repeats):
    a, b = torch.randn(m, k), torch.randn(k, n)
    out = torch.empty(m, n)
    torch.mm(a, b, out=out)
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        torch.mm(a, b, out=out)
        best = min(best, time.perf_counter() - t0)
    return 2.0 * m * k * n / best / 1e9


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    p.add_argument("--repeats", type=int, default=10)
    a = p.parse_args()
    for threads in a.threads:
        torch.set_num_threads(threads)
        for name, (m, k, n) in SHAPES.items():
            print(json.dumps(dict(threads=threads, shape=name, gflops=rate(m, k, n, a.repeats))), flush=True)


if __name__ == "__main__":
    main()
