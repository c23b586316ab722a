"""Merge, clean and decontaminate the Arabic→English training corpus; carve the dev split.

Usage (/usr/bin/python3): clean_corpus.py <shared-data-dir> <work-dir>
Reads the shared training sets (Tatoeba train, UN dev, TICO-19 dev) and <work>/raw-*.tsv
(extract_sources.py), writes <work>/corpus/{train,dev}.{ar,en,src} and prints statistics.

Order of the filters (each pair is dropped by the first rule that matches; counts are printed):
  markup     HTML/XML tags, printf/Qt/Fluent/shell placeholders (%s, %1, {name}, $(ARG), ${x}),
             URLs, e-mail addresses, escapes, after accelerator keys are removed (_File, &Open,
             ~Save, "(&N)", "(_N)")
  empty      a side empty after that
  script     Arabic side with fewer than half Arabic letters among its letters, or an English side
             with any Arabic letter or no Latin letter
  untranslated   Arabic side equal to the English side
  ratio      character-length ratio outside [1/3, 3] (both sides > 10 chars) or a side > 400 chars
  test       normalised Arabic or English side equal to a normalised line of any test set
  duplicate  the same (Arabic, English) pair seen before (normalised); first occurrence kept
Normalisation for matching: NFKC, Arabic diacritics and tatweel removed, alef/yeh/teh-marbuta
variants unified, case folded, punctuation removed, whitespace collapsed.
"""

import collections
import os
import random
import re
import sys
import unicodedata

TEST_SETS = [
    ("flores200-devtest", "test"),
    ("ntrex128", "test"),
    ("tico19", "test"),
    ("tatoeba", "test"),
]
SHARED_TRAIN = [("tatoeba", "tatoeba", "train"), ("un", "un-v1.0", "dev"), ("tico19", "tico19", "dev")]
DEV_TAKE = {"tatoeba": 700, "un": 200, "tico19": 100}

AR_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")
LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")
DIACRITICS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
ACCEL = [
    (re.compile(r"\s*\((?:&|_|~)?[A-Za-z0-9]\)"), ""),  # "(&N)" suffix in Arabic strings
    (re.compile(r"&(?=\w)"), ""),
    (re.compile(r"_(?=\w)"), ""),
    (re.compile(r"~(?=\w)"), ""),
]
MARKUP = re.compile(
    r"<[^>]{1,80}>|%[-+ #0]*\d*(?:\.\d+)?[sdifuxXcpgeEl%@]|%\d|%[A-Z]{3,}|\{[^}]*\}|\$\(?\w+\)?"
    r"|\$\{|https?://|www\.|\S+@\S+\.\w+|\\[ntr\"']|&[a-z]+;|&#\d+;|\[\[|\]\]"
)
PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = DIACRITICS.sub("", s)
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    s = PUNCT.sub(" ", s.casefold())
    return " ".join(s.split())


def strip_accel(s):
    for pat, rep in ACCEL:
        s = pat.sub(rep, s)
    return " ".join(s.split())


def read_pairs(ar_path, en_path):
    with open(ar_path, encoding="utf-8") as fa, open(en_path, encoding="utf-8") as fe:
        for a, e in zip(fa, fe):
            yield a.strip(), e.strip()


def load_sources(shared, work):
    sources = []
    for name, d, split in SHARED_TRAIN:
        pairs = list(read_pairs(f"{shared}/{d}/{split}.ar", f"{shared}/{d}/{split}.en"))
        sources.append((name, pairs))
    for kind in ("gettext", "mozilla", "freedict", "cldr"):
        path = os.path.join(work, f"raw-{kind}.tsv")
        if not os.path.exists(path):
            print(f"warning: {path} missing", file=sys.stderr)
            continue
        with open(path, encoding="utf-8") as f:
            pairs = [tuple(line.rstrip("\n").split("\t")[:2]) for line in f]
        sources.append((kind, pairs))
    return sources


def test_keys(shared):
    keys = set()
    for d, split in TEST_SETS:
        for a, e in read_pairs(f"{shared}/{d}/{split}.ar", f"{shared}/{d}/{split}.en"):
            keys.add(("ar", norm(a)))
            keys.add(("en", norm(e)))
    keys.discard(("ar", ""))
    keys.discard(("en", ""))
    return keys


def reason(a, e, software):
    if software:
        a, e = strip_accel(a), strip_accel(e)
    if MARKUP.search(a) or MARKUP.search(e):
        return "markup", a, e
    a, e = " ".join(a.split()), " ".join(e.split())
    if not a or not e:
        return "empty", a, e
    n_ar = len(AR_LETTER.findall(a))
    n_letters = sum(ch.isalpha() for ch in a)
    if n_ar == 0 or n_ar * 2 < n_letters or AR_LETTER.search(e) or not LATIN_LETTER.search(e):
        return "script", a, e
    if a == e:
        return "untranslated", a, e
    la, le = len(a), len(e)
    if la > 400 or le > 400 or (la > 10 and le > 10 and not (1 / 3 <= la / le <= 3)):
        return "ratio", a, e
    return None, a, e


def main():
    shared, work = sys.argv[1], sys.argv[2]
    out_dir = os.path.join(work, "corpus")
    os.makedirs(out_dir, exist_ok=True)
    tests = test_keys(shared)
    seen = set()
    kept = []
    drops = collections.Counter()
    for name, pairs in load_sources(shared, work):
        software = name in ("gettext", "mozilla")
        for a, e in pairs:
            why, a, e = reason(a, e, software)
            if why is None:
                na, ne = norm(a), norm(e)
                if ("ar", na) in tests or ("en", ne) in tests:
                    why = "test"
                elif (na, ne) in seen:
                    why = "duplicate"
                else:
                    seen.add((na, ne))
            if why:
                drops[(name, why)] += 1
            else:
                kept.append((name, a, e))
    rng = random.Random(1234)
    dev_idx = set()
    for name, take in DEV_TAKE.items():
        idx = [i for i, (n, _, _) in enumerate(kept) if n == name]
        dev_idx.update(rng.sample(idx, min(take, len(idx) // 5)))
    splits = {"train": [p for i, p in enumerate(kept) if i not in dev_idx],
              "dev": [p for i, p in enumerate(kept) if i in dev_idx]}
    for split, pairs in splits.items():
        with open(f"{out_dir}/{split}.ar", "w", encoding="utf-8") as fa, \
                open(f"{out_dir}/{split}.en", "w", encoding="utf-8") as fe, \
                open(f"{out_dir}/{split}.src", "w", encoding="utf-8") as fs:
            for name, a, e in pairs:
                fa.write(a + "\n")
                fe.write(e + "\n")
                fs.write(name + "\n")
    names = sorted({n for n, _, _ in kept} | {n for n, _ in drops})
    reasons = ["markup", "empty", "script", "untranslated", "ratio", "test", "duplicate"]
    print("## Dropped pairs (source × rule)")
    print("| source | " + " | ".join(reasons) + " |")
    print("|---" * (len(reasons) + 1) + "|")
    for n in names:
        print(f"| {n} | " + " | ".join(str(drops[(n, r)]) for r in reasons) + " |")
    print(f"\nRemoved for test-set overlap: {sum(v for (n, r), v in drops.items() if r == 'test')} pairs")
    for split, pairs in splits.items():
        print(f"\n## {split} split")
        print("| source | pairs | Arabic words | English words |")
        print("|---|---|---|---|")
        tot = [0, 0, 0]
        for n in names:
            sel = [(a, e) for m, a, e in pairs if m == n]
            wa = sum(len(a.split()) for a, _ in sel)
            we = sum(len(e.split()) for _, e in sel)
            tot = [tot[0] + len(sel), tot[1] + wa, tot[2] + we]
            if sel:
                print(f"| {n} | {len(sel):,} | {wa:,} | {we:,} |")
        print(f"| total | {tot[0]:,} | {tot[1]:,} | {tot[2]:,} |")


if __name__ == "__main__":
    main()
