"""How many numbers of each output line its reference has: digit runs with single , or . between
digits (1,000 and 3.5 are one number each), matched per line as multisets. Scores number repair
(Tarjama.Builder.repairNumbers) in the card; unlike copy_rate.py it does not look at the source,
so a number the output invents counts as wrong.

Usage (/usr/bin/python3): num_match.py REF HYP [HYP ...]
prints, per HYP: numbers right (in the reference), wrong (not in it), missed (in the reference,
not in the output), precision and recall.
"""

import re
import sys
from collections import Counter

from content_recall import read_lines
from copy_rate import NUMBER


def match(ref, hyp):
    """(right, wrong, missed) over line pairs."""
    right = wrong = missed = 0
    for h, r in zip(hyp, ref):
        out, want = Counter(NUMBER.findall(h)), Counter(NUMBER.findall(r))
        right += sum((out & want).values())
        wrong += sum((out - want).values())
        missed += sum((want - out).values())
    return right, wrong, missed


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    ref = read_lines(argv[0])
    for path in argv[1:]:
        hyp = read_lines(path)
        if len(hyp) != len(ref):
            sys.exit(f"{path} has {len(hyp)} lines, {argv[0]} has {len(ref)}")
        right, wrong, missed = match(ref, hyp)
        print(
            f"{path}: numbers right {right}, wrong {wrong}, missed {missed}"
            f" (precision {100 * right / max(1, right + wrong):.1f} %,"
            f" recall {100 * right / max(1, right + missed):.1f} %)"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
