#!/usr/bin/env python3
"""Counts the made-up words of translations: words of letters a-z only that no pair of a lexical
table has on its English side (the words Tarjama.Builder.repairWords replaces).

Usage: made_up_words.py TABLE HYP [HYP ...]   (TABLE: a model's lexical_table.tsv.gz)

Words are cut as the engine's WordTokenizer cuts them, approximately: runs of letters and digits
(with an apostrophe suffix such as 's kept on), and each other non-space character alone.
"""
import gzip
import re
import sys

WORD = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?|[^\sA-Za-z0-9]")


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    known = set()
    with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f:
        next(f)
        for line in f:
            known.add(line.split("\t")[1])
    for path in sys.argv[2:]:
        words = made_up = 0
        with open(path, encoding="utf-8") as f:
            for line in f:
                for w in WORD.findall(line):
                    words += 1
                    if re.fullmatch("[A-Za-z]+", w) and w.lower() not in known:
                        made_up += 1
        print(f"{path}: {made_up} made-up words of {words} ({100 * made_up / max(words, 1):.1f} %)")


if __name__ == "__main__":
    main()
