"""Content-word recall and precision of translations against references: the reference's words
(lower-cased, 3+ letters, not a function word) found in the output, clipped counts as in BLEU's
unigrams. A diagnostic, not a metric of the card: it shows how many of the words that carry the
meaning come through, where chrF mixes that with spelling and word order.

Usage (/usr/bin/python3): content_recall.py REF HYP [HYP ...]
prints, per HYP: recall, precision and length (output content words / reference content words).
"""

import collections
import re
import sys

FUNCTION_WORDS = set("""the a an of to in and or is are was were be been for on at by with from that
this it as its their his her he she they we you not no but which who has have had will would can
could also""".split())


def content_words(line):
    return collections.Counter(w for w in re.findall(r"[a-z]+", line.lower())
                               if len(w) > 2 and w not in FUNCTION_WORDS)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        refs = [content_words(l) for l in f]
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            hyps = [content_words(l) for l in f]
        if len(hyps) != len(refs):
            sys.exit(f"{path}: {len(hyps)} lines, reference {len(refs)}")
        hit = sum(sum((r & h).values()) for r, h in zip(refs, hyps))
        n_ref = sum(sum(r.values()) for r in refs)
        n_hyp = sum(sum(h.values()) for h in hyps)
        print(f"{path}: recall {hit / n_ref:.3f} precision {hit / max(n_hyp, 1):.3f} "
              f"length {n_hyp / n_ref:.2f}")


if __name__ == "__main__":
    main()
