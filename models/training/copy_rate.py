"""How many of the source's numbers and Latin-script words come through: those of each source line
that its reference also has (Arabic-Indic digits read as ASCII), counted found in the output. A
diagnostic for the copy pairs of round 9 (make_copies.py), not a metric of the card.

Usage (/usr/bin/python3): copy_rate.py SRC REF HYP [HYP ...]
prints, per HYP: numbers found / numbers the references keep, the same for Latin-script words.

    copy_rate.py --append-missing SRC REF HYP OUT
writes HYP with each line's missing ones appended to it (an oracle: what perfect copying could
add at most; score OUT against REF with ./tarjama score).
"""

import re
import sys

from content_recall import read_lines
from make_copies import INDIC

NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
LATIN = re.compile(r"[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9]")


def kept(src, ref, pattern):
    """Per line, the source's matches that the reference also contains."""
    return [[t for t in pattern.findall(s.translate(INDIC)) if t in r] for s, r in zip(src, ref)]


def append_missing(src, ref, hyp, out):
    wanted = [n + l for n, l in zip(kept(src, ref, NUMBER), kept(src, ref, LATIN))]
    with open(out, "w", encoding="utf-8") as f:
        for ts, h in zip(wanted, hyp):
            f.write(" ".join([h] + [t for t in ts if t not in h]) + "\n")


def main(argv):
    if argv[:1] == ["--append-missing"]:
        if len(argv) != 5:
            sys.exit(__doc__)
        append_missing(*(read_lines(p) for p in argv[1:4]), argv[4])
        return
    if len(argv) < 3:
        sys.exit(__doc__)
    src, ref = read_lines(argv[0]), read_lines(argv[1])
    if len(src) != len(ref):
        sys.exit(f"{argv[0]} has {len(src)} lines, {argv[1]} {len(ref)}")
    wanted = {name: kept(src, ref, pattern) for name, pattern in (("numbers", NUMBER), ("Latin-script words", LATIN))}
    for path in argv[2:]:
        hyp = read_lines(path)
        if len(hyp) != len(ref):
            sys.exit(f"{path} has {len(hyp)} lines, {argv[1]} {len(ref)}")
        parts = []
        for name, lines in wanted.items():
            total = sum(len(ts) for ts in lines)
            found = sum(t in h for ts, h in zip(lines, hyp) for t in ts)
            parts.append(f"{name} {found}/{total} ({found / max(total, 1):.1%})")
        print(f"{path}: " + ", ".join(parts))


if __name__ == "__main__":
    main(sys.argv[1:])
