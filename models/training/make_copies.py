"""Copy pairs (round 9): sentence pairs of the training corpus in which a number, or an aligned noun
or name, is replaced on both sides by the same new string: another number, or a Latin-script name
or code that the English keeps as it is. Arabic news carries numbers and Latin-script names
("Oldsmobile Intrigue", "H5N1") that a translation copies; the round-8 model brings 62 % of
FLORES-200's numbers and 9 % of its Latin-script words through (copy_rate.py), the word-by-word
dictionary 91 % and 95 %: the corpus shows such copies almost only in one-line UI strings (data augmentation
for copying: Currey et al. 2017, "Copied Monolingual Data Improves Low-Resource NMT"; placeholder
and number augmentation as in Marian/OPUS-MT data pipelines).

Two kinds of slot, in pairs of the sentence sources (Tatoeba, UN, TICO-19 by default):
  - number: an Arabic token and an English token with the same digits (Arabic-Indic digits read
    as ASCII) under a fast_align link; both become one new number (1-4 digits, a year, a thousands
    separator or a decimal), written on the Arabic side in Arabic-Indic digits one time in five;
  - name: a one-to-one fast_align link between an Arabic word without clitic prefix (letters only)
    and an English word that is a CLDR name or noun-like (make_substitutions.noun_like); both
    become one or two Latin-script words drawn from the names the corpus already copies (a
    Latin-script word found on both sides of a gettext or Mozilla pair), CLDR English names and
    made-up codes (letters and digits such as "H5N1", "A320").
The alignment line is re-indexed when a slot becomes two words. Nothing outside
work/corpus/train.* and the alignment is read, so no test set is touched.

Usage (/usr/bin/python3): make_copies.py <corpus-dir> <align-file> <out-dir>
  [--variants tatoeba=1,un=3,tico19=3] [--seed 1]
writes <out-dir>/train.{ar,en,src} (origin "copy") and <out-dir>/train.align.
"""

import argparse
import collections
import itertools
import random
import re

from make_substitutions import (PairWriter, aligned_pairs, dictionary, load_corpus, noun_like,
                                replaceable_links, split_word)

INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
TO_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# a number inside a token: punctuation may stand around it ("(15", "2015)", "7,000،")
NUMBER = re.compile(r"^(\W*?)([0-9\u0660-\u0669]+(?:[.,][0-9\u0660-\u0669]+)*)(\W*)$")
DIGIT = re.compile(r"[0-9\u0660-\u0669]")
LATIN_NAME = re.compile(r"^[A-Z][A-Za-z0-9\-]{2,}$|^[A-Za-z]*[0-9][A-Za-z0-9\-]*[A-Za-z][A-Za-z0-9\-]*$")


def random_number(rng, like):
    """A new number: most often of the same shape as the one it replaces (each digit redrawn, the
    first not 0), else of a random shape."""
    if rng.random() < 0.7:
        return "".join(str(rng.randint(1 if k == 0 or like[k - 1] in ".," else 0, 9)) if c.isdigit() else c
                       for k, c in enumerate(like))
    kind = rng.random()
    if kind < 0.3:
        return str(rng.randint(1, 99))
    if kind < 0.5:
        return str(rng.randint(100, 9999))
    if kind < 0.65:
        return str(rng.randint(1950, 2030))
    if kind < 0.85:
        return f"{rng.randint(1, 999)},{rng.randint(0, 999):03d}"
    return f"{rng.randint(0, 99)}.{rng.randint(1, 99)}"


def random_code(rng):
    letters = "ABCDEFGHIJKLMNOPRSTUVWXYZ"
    shape = rng.choice(("L9", "L99", "L999", "LL9", "L9L9", "LL-99", "LLL"))
    return "".join(rng.choice(letters) if c == "L" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in shape)


def copied_names(ar, en, src):
    """Latin-script words that a gettext or Mozilla pair keeps on both sides (brand and program
    names), plus CLDR's English names: the names a replacement draws from."""
    names = collections.Counter()
    for a, e, s in zip(ar, en, src):
        if s in ("gettext", "mozilla"):
            shared = set(re.findall(r"[A-Za-z][A-Za-z0-9\-]+", a)) & set(e.split())
            names.update(w for w in shared if LATIN_NAME.match(w))
        elif s == "cldr" and LATIN_NAME.match(e.strip()):
            names[e.strip()] += 1
    return sorted(names)


def number_slots(aw, ew, pairs):
    """The linked same-number tokens, if they are all the numbers of the pair, each token in one
    slot; else none (a number left as it was would no longer match its translation)."""
    slots, used_a, used_e = [], set(), set()
    for i, j in pairs:
        if i >= len(aw) or j >= len(ew) or i in used_a or j in used_e:
            continue
        ma, me = NUMBER.match(aw[i]), NUMBER.match(ew[j])
        if ma and me and ma.group(2).translate(INDIC) == me.group(2):
            slots.append((i, j, "number"))
            used_a.add(i)
            used_e.add(j)
    if any(DIGIT.search(w) for k, w in enumerate(aw) if k not in used_a) or \
            any(DIGIT.search(w) for k, w in enumerate(ew) if k not in used_e):
        return []
    return slots


def name_slots(aw, ew, pairs, lex, names, nouns):
    # a clitic (و ف ب ل ك) cannot stand before a Latin-script word
    return [(i, j, "name") for i, j, _ in replaceable_links(aw, ew, pairs, names, nouns)
            if not split_word(aw[i], lex)[0]]


def replace(aw, ew, pairs, chosen, rng, pool):
    """New (Arabic words, English words, links) with every chosen slot replaced."""
    new_a, new_e = [[w] for w in aw], [[w] for w in ew]
    for i, j, kind in chosen:
        if kind == "number":
            ma, me = NUMBER.match(aw[i]), NUMBER.match(ew[j])
            value = random_number(rng, me.group(2))
            shown = value.translate(TO_INDIC) if rng.random() < 0.2 else value
            new_a[i] = [ma.group(1) + shown + ma.group(3)]
            new_e[j] = [me.group(1) + value + me.group(3)]
        else:
            words = [random_code(rng) if rng.random() < 0.25 else rng.choice(pool)
                     for _ in range(rng.choice((1, 1, 2)))]
            new_a[i], new_e[j] = list(words), list(words)
    # index of each old word's first new word
    start_a = [0, *itertools.accumulate(len(ws) for ws in new_a)]
    start_e = [0, *itertools.accumulate(len(ws) for ws in new_e)]
    links = set()
    for i, j in pairs:
        na, ne = len(new_a[i]), len(new_e[j])
        if na == ne:  # a replaced slot: word k to word k
            links.update((start_a[i] + k, start_e[j] + k) for k in range(na))
        else:
            links.update((start_a[i] + a, start_e[j] + e) for a in range(na) for e in range(ne))
    return ([w for ws in new_a for w in ws], [w for ws in new_e for w in ws],
            " ".join(f"{i}-{j}" for i, j in sorted(links)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("align")
    ap.add_argument("out")
    ap.add_argument("--variants", default="tatoeba=1,un=3,tico19=3")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    ar, en, src, links = load_corpus(args.corpus, args.align)
    lex = dictionary(ar, en, src)
    nouns, _ = noun_like(en, src, 3)
    names = {word for word, name, _ in lex.values() if name}
    pool = copied_names(ar, en, src)
    variants = {k: int(v) for k, v in (p.split("=") for p in args.variants.split(","))}
    made = collections.Counter()
    with PairWriter(args.out) as out:
        for s, aw, ew, pairs, _ in aligned_pairs(ar, en, src, links, variants):
            numbers = number_slots(aw, ew, pairs)
            named = name_slots(aw, ew, pairs, lex, names, nouns)
            if not numbers and not named:
                continue
            for _ in range(variants[s]):
                chosen = list(numbers)  # every number of the pair changes, so none is left stale
                if named and (not numbers or rng.random() < 0.5):
                    chosen.append(rng.choice(named))
                new_a, new_e, new_l = replace(aw, ew, pairs, chosen, rng, pool)
                out.write(new_a, new_e, "copy", new_l)
                made["number" if numbers else "name"] += 1
                made[s] += 1
    print(f"names to copy: {len(pool)}; pairs written {dict(made)}")


if __name__ == "__main__":
    main()
