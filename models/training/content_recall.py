"""Content-word recall and precision of translations against references: the reference's words
(lower-cased, 3+ letters, not a function word) found in the output, clipped counts as in BLEU's
unigrams. A diagnostic, not a metric of the card: it shows how many of the words that carry the
meaning come through, where chrF mixes that with spelling and word order.

Usage (/usr/bin/python3): content_recall.py REF HYP [HYP ...]
prints, per HYP: recall, precision and length (output content words / reference content words).

    content_recall.py --by-length SRC SPM REF HYP [HYP ...]
also prints each HYP's recall per band of 15 source pieces (SRC the source lines, SPM the
model's source.spm; the length counts the end-of-sentence piece, as the model sees it).
"""

import collections
import re
import sys

FUNCTION_WORDS = set("""the a an of to in and or is are was were be been for on at by with from that
this it as its their his her he she they we you not no but which who has have had will would can
could also""".split())

BAND = 15
LAST_BAND = 5  # 75+ pieces


def content_words(line):
    return collections.Counter(w for w in re.findall(r"[a-z]+", line.lower())
                               if len(w) > 2 and w not in FUNCTION_WORDS)


def read_lines(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    return lines[:-1] if lines[-1] == "" else lines


def recall(refs, hyps):
    """(found, reference total, output total) content words."""
    hit = sum(sum((r & h).values()) for r, h in zip(refs, hyps))
    return hit, sum(sum(r.values()) for r in refs), sum(sum(h.values()) for h in hyps)


def main():
    args = sys.argv[1:]
    bands = None
    if args[:1] == ["--by-length"]:
        import sentencepiece
        sp = sentencepiece.SentencePieceProcessor(model_file=args[2])
        bands = [min((len(sp.encode(line)) + 1) // BAND, LAST_BAND) for line in read_lines(args[1])]
        args = args[3:]
    refs = [content_words(line) for line in read_lines(args[0])]
    if bands is not None and len(bands) != len(refs):
        sys.exit(f"source: {len(bands)} lines, reference {len(refs)}")
    for path in args[1:]:
        hyps = [content_words(line) for line in read_lines(path)]
        if len(hyps) != len(refs):
            sys.exit(f"{path}: {len(hyps)} lines, reference {len(refs)}")
        hit, n_ref, n_hyp = recall(refs, hyps)
        print(f"{path}: recall {hit / n_ref:.3f} precision {hit / max(n_hyp, 1):.3f} "
              f"length {n_hyp / n_ref:.2f}")
        if bands is None:
            continue
        for band in sorted(set(bands)):
            rows = [i for i, b in enumerate(bands) if b == band]
            hit, n_ref, _ = recall([refs[i] for i in rows], [hyps[i] for i in rows])
            label = f"{band * BAND}-{band * BAND + BAND - 1}" if band < LAST_BAND else f"{band * BAND}+"
            print(f"  source pieces {label}: {len(rows)} lines, recall {hit / max(n_ref, 1):.3f}")


if __name__ == "__main__":
    main()
