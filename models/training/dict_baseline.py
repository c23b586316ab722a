"""Word-by-word dictionary baseline for Arabic→English (the floor the model must beat).

Lexicon (built from the training corpus only, work/corpus/train.*):
  0. pairs whose English side holds a printf placeholder (%.*s) are skipped;
  1. one-word Arabic entries of the corpus (FreeDict headwords, CLDR names, one-word UI strings):
     the most frequent English side, lower-cased unless it is a name (CLDR) or capitalised;
  2. for Arabic words not covered: the English word with the best Dice coefficient over the
     sentence pairs (Tatoeba, UN, TICO-19, software catalogues), if it co-occurs at least twice.
Translation: each Arabic token (punctuation split off) is looked up as is, then without
diacritics, then with the clitics و ف ب ل ك ال (and combinations) stripped; unknown Arabic words
are dropped, digits/Latin/punctuation are copied (Arabic comma and question mark mapped).

Usage (/usr/bin/python3): dict_baseline.py <corpus-dir> < in.ar > out.en
"""

import collections
import os
import re
import sys

DIAC = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u0640]")
TOKEN = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0670-\u06D3\u064B-\u065F\u0640]+|\w+|[^\w\s]")
ARABIC = re.compile(r"[\u0621-\u064A]")
PUNCT_MAP = {"،": ",", "؟": "?", "؛": ";"}
PREFIXES = ["وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك", "س"]
SUFFIXES = ["ها", "هم", "هن", "كم", "نا", "ه", "ك", "ي", "ة", "ات", "ون", "ين"]
# printf placeholders the corpus cleaning let through ("%.*s": its pattern lacks the * precision)
PLACEHOLDER = re.compile(r"%[-+ #0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?[a-zA-Z@]")
STOP_EN = set("the a an of to in and is are was were be for on at by with that this it as from".split())


def norm(w):
    return DIAC.sub("", w)


def read(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f]


def build(corpus):
    ar, en, src = read(f"{corpus}/train.ar"), read(f"{corpus}/train.en"), read(f"{corpus}/train.src")
    single = collections.defaultdict(collections.Counter)
    co = collections.defaultdict(collections.Counter)
    fa, fe = collections.Counter(), collections.Counter()
    for a, e, s in zip(ar, en, src):
        if PLACEHOLDER.search(e):
            continue
        aw = [norm(w) for w in TOKEN.findall(a) if ARABIC.search(w)]
        if len(aw) == 1 and len(e.split()) <= 3:
            t = e if s == "cldr" else e.lower() if not e.isupper() else e
            single[aw[0]][t.strip(" .")] += 1
        elif 1 < len(aw) <= 40:
            ew = {w.lower() for w in re.findall(r"[A-Za-z']+", e)} - STOP_EN
            aws = set(aw)
            fa.update(aws)
            fe.update(ew)
            for x in aws:
                co[x].update(ew)
    lex = {w: c.most_common(1)[0][0] for w, c in single.items()}
    for x, c in co.items():
        if x in lex or fa[x] < 2:
            continue
        best, score = None, 0.0
        for y, n in c.items():
            if n < 2:
                continue
            d = 2 * n / (fa[x] + fe[y])
            if d > score:
                best, score = y, d
        if best and score > 0.1:
            lex[x] = best
    return lex


def lookup(w, lex):
    w = norm(w)
    if w in lex:
        return lex[w]
    for p in PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 2:
            rest = w[len(p):]
            if rest in lex:
                return lex[rest]
            if "ال" + rest in lex:
                return lex["ال" + rest]
            for s in SUFFIXES:
                if rest.endswith(s) and len(rest) - len(s) >= 2 and rest[: -len(s)] in lex:
                    return lex[rest[: -len(s)]]
    for s in SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 2 and w[: -len(s)] in lex:
            return lex[w[: -len(s)]]
    return None


def translate(line, lex):
    out = []
    for t in TOKEN.findall(line):
        if ARABIC.search(t):
            tr = lookup(t, lex)
            if tr:
                out.append(tr)
        else:
            out.append(PUNCT_MAP.get(t, t.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))))
    s = " ".join(out)
    s = re.sub(r" ([.,;:?!)])", r"\1", s)
    return s[:1].upper() + s[1:]


def main():
    lex = build(sys.argv[1])
    print(f"lexicon: {len(lex)} Arabic words", file=sys.stderr)
    for line in sys.stdin:
        print(translate(line.rstrip("\n"), lex))


if __name__ == "__main__":
    main()
