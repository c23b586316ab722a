"""Check interim_metrics.py against the real sacreBLEU 2.6.0 vectors (corpus BLEU default and
chrF default, one reference) in ../shared/data/sacrebleu-vectors. Exits 1 on any mismatch > 1e-9.

Usage (/usr/bin/python3): check_interim_metrics.py [/work/shared/data/sacrebleu-vectors]
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from interim_metrics import corpus_bleu, corpus_chrf  # noqa: E402


def read(path):
    # as sacreBLEU's smart_open: only "\n" ends a line (a "\r" stays inside its line)
    with open(path, encoding="utf-8", newline="\n") as f:
        return [line[:-1] if line.endswith("\n") else line for line in f]


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/sacrebleu-vectors"
    bad = n = 0
    with open(os.path.join(root, "expected.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["level"] != "corpus" or d["nrefs"] != 1 or d["config"] not in ("bleu", "chrf"):
                continue
            case = os.path.join(root, "cases", d["case"])
            hyps, refs = read(os.path.join(case, "hyp.txt")), read(os.path.join(case, "ref1.txt"))
            got = (corpus_bleu if d["config"] == "bleu" else corpus_chrf)(hyps, refs)
            n += 1
            ok = abs(got - d["score"]) < 1e-9
            bad += not ok
            print(f"{'ok ' if ok else 'BAD'} {d['case']:24s} {d['config']:5s} expected {d['score']:.10f} got {got:.10f}")
    print(f"{n - bad} passed, {bad} failed")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
