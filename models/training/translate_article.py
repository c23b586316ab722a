"""Translate an Arabic article paragraph by paragraph (a naive sentence split on . ! ? ؟ followed by
a space; the library's own segmenter does better) with translate.py's model and beam 4.

Usage (/usr/bin/python3): translate_article.py CHECKPOINT VOCAB_DIR < article.ar > article.en
"""

import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ck, vocab = sys.argv[1], sys.argv[2]
    paragraphs = [p.strip() for p in sys.stdin.read().split("\n") if p.strip()]
    sents, owner = [], []
    for i, p in enumerate(paragraphs):
        for s in re.split(r"(?<=[.!?؟])\s+", p):
            if s.strip():
                sents.append(s.strip())
                owner.append(i)
    out = subprocess.run([sys.executable, os.path.join(HERE, "translate.py"), "--checkpoint", ck, "--vocab", vocab,
                          "--beams", "4"], input="".join(s + "\n" for s in sents), capture_output=True,
                         text=True, check=True).stdout.split("\n")
    joined = [[] for _ in paragraphs]
    for i, t in zip(owner, out):
        joined[i].append(t)
    print("\n".join(" ".join(x) for x in joined))


if __name__ == "__main__":
    main()
