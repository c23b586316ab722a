"""Dictionary substitution pairs (round 4): sentence pairs of the training corpus with one or two
aligned words replaced by other entries of the corpus's own one-word dictionary, so that the model
sees dictionary words translated inside sentences, not only alone (data augmentation by lexical
substitution: Fadaee et al. 2017, "Data Augmentation for Low-Resource NMT"; Peng et al. 2020,
"Dictionary-based Data Augmentation for Cross-Domain NMT").

A position (Arabic word i, English word j) is replaced only when:
  - the fast_align link i-j is the only link of i and of j (work/train.align, grow-diag-final-and);
  - the English word is letters only (3+), not a function word, and a CLDR name or noun-like
    (see noun_like); the Arabic word is letters only.
The Arabic word's clitic prefix (و ف ب ل ك, with or without ال) is found by stripping prefixes
until a one-word dictionary entry is left, else only a definite article (after a clitic) is taken.
The replacement is a random dictionary entry of the same kind: a CLDR name for a name (countries,
cities, languages), a FreeDict noun with the same English ending (-s or not) for a noun. The
Arabic clitic prefix and the definite article are kept; English case follows the replaced word.
Word counts do not change, so the pair's alignment line still holds.

Dictionary: the one-word pairs of the corpus (FreeDict headwords, CLDR names, one-word UI strings)
whose English is one word, the most frequent English per Arabic word. Replacements come from its
CLDR names and its FreeDict words that are noun-like or that end as nouns do (-tion, -ment, -ity,
…) and occur in the corpus's sentences. Nothing outside work/corpus/train.* and the alignment is
read, so no test set is touched (the corpus has none: clean_corpus.py).

Usage (/usr/bin/python3): make_substitutions.py <corpus-dir> <align-file> <out-dir>
  [--variants tatoeba=2,un=8,tico19=8] [--seed 1] [--min-count 3]
writes <out-dir>/train.{ar,en,src} (origin "subst") and <out-dir>/train.align.
"""

import argparse
import collections
import os
import random
import re

DIAC = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u0640]")
ARABIC_WORD = re.compile(r"^[\u0621-\u064A\u064B-\u065F\u0670\u0640]+$")
ENGLISH_WORD = re.compile(r"^[A-Za-z]{3,}$")
# English noun endings, for dictionary words the corpus's sentences do not show
NOUN_ENDING = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ism|ist|ship|hood|ogy)s?$")
# longest first; "لل" is li + al with the alif dropped
PREFIXES = ["وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "و", "ف", "ب", "ل", "ك", ""]
FUNCTION_WORDS = set("""the and for with from that this these those there their them they then than
were was are have has had not but can could would should will shall may might must been being
into onto upon about above below after before over under your yours our ours his her hers its
who whom whose which what when where why how all any some each every other such only own same
very more most much many few also just too yet still even""".split())


def read(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f]


def load_corpus(corpus, align):
    """(Arabic, English, origin, alignment) lines of <corpus>/train.* and the alignment file."""
    ar, en, src = (read(os.path.join(corpus, f"train.{x}")) for x in ("ar", "en", "src"))
    links = read(align)
    assert len(links) == len(ar), f"{align}: {len(links)} lines, corpus {len(ar)}"
    return ar, en, src, links


def aligned_pairs(ar, en, src, links, origins):
    """(origin, Arabic words, English words, links as (i, j), alignment line) of the pairs from origins."""
    for a, e, s, l in zip(ar, en, src, links):
        if s in origins:
            yield s, a.split(" "), e.split(" "), [tuple(map(int, x.split("-"))) for x in l.split()], l


class PairWriter:
    """Writes <out>/train.{ar,en,src,align}, one made pair a line."""

    def __init__(self, out):
        os.makedirs(out, exist_ok=True)
        self.files = [open(os.path.join(out, f"train.{x}"), "w", encoding="utf-8")
                      for x in ("ar", "en", "src", "align")]

    def write(self, ar_words, en_words, origin, align_line):
        for f, text in zip(self.files, (" ".join(ar_words), " ".join(en_words), origin, align_line)):
            f.write(text + "\n")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for f in self.files:
            f.close()


def ending(word):
    w = word.lower()
    for suffix in ("ing", "ed", "ly"):
        if w.endswith(suffix):
            return suffix
    return "s" if w.endswith("s") and not w.endswith("ss") else "-"


def dictionary(ar, en, src):
    """Arabic word (no diacritics) → (English, is_name, source), from the one-word pairs."""
    counts = collections.defaultdict(collections.Counter)
    for a, e, s in zip(ar, en, src):
        a, e = a.strip(), e.strip(" .")
        if " " in a or not ARABIC_WORD.match(a) or not ENGLISH_WORD.match(e):
            continue
        name = s == "cldr"
        counts[DIAC.sub("", a)][(e if name else e.lower(), name, s)] += 1
    return {a: c.most_common(1)[0][0] for a, c in counts.items()}


def replacement_pools(lex, nouns, seen):
    """Replacements by kind (English ending, is_name): CLDR names, and FreeDict words that are
    noun-like or have a noun ending and occur in the corpus's sentences (not FreeDict's rare
    words; one-word UI strings are left out, many are lower-cased names)."""
    pools = collections.defaultdict(list)
    for stem, (word, name, s) in sorted(lex.items()):
        noun = word in nouns or (NOUN_ENDING.search(word) and word in seen)
        if s == "cldr" or (s == "freedict" and noun):
            pools[(ending(word), name)].append((stem, word))
    return pools


def noun_like(en, src, min_count):
    """English words of the corpus's sentences (not its dictionary lines) that occur min_count+
    times, at least a quarter of them after "the", "a" or "an": nouns, roughly (there is no tagger
    here), so that a replacement fits where the replaced word stood; and every word they show."""
    freq, after_article = collections.Counter(), collections.Counter()
    for e, s in zip(en, src):
        if s in ("freedict", "cldr"):
            continue
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", e)]
        freq.update(words)
        after_article.update(w for prev, w in zip(words, words[1:]) if prev in ("the", "a", "an"))
    nouns = {w for w, n in freq.items()
             if n >= min_count and after_article[w] >= 0.25 * n and w not in FUNCTION_WORDS}
    return nouns, set(freq)


def replaceable_links(aw, ew, pairs, names, nouns):
    """(i, j, is_name) of the one-to-one links between a letters-only Arabic word and an English
    word that is a name or noun-like (lower-case unless it opens the sentence), not a function word."""
    n_src = collections.Counter(i for i, _ in pairs)
    n_tgt = collections.Counter(j for _, j in pairs)
    for i, j in pairs:
        if n_src[i] != 1 or n_tgt[j] != 1 or i >= len(aw) or j >= len(ew):
            continue
        word = ew[j]
        if not ENGLISH_WORD.match(word) or word.lower() in FUNCTION_WORDS or not ARABIC_WORD.match(aw[i]):
            continue
        name = word in names
        if name or (word.lower() in nouns and (j == 0 or word.islower())):
            yield i, j, name


def split_word(word, lex):
    """(clitic prefix, definite, stem) of an Arabic word."""
    w = DIAC.sub("", word)
    for p in PREFIXES:
        if not w.startswith(p) or len(w) - len(p) < 2:
            continue
        stem = w[len(p):]
        definite = p.endswith("ال") or p.endswith("لل")
        base = p[:-2] if p.endswith("ال") else p[:-2] + "ل" if p.endswith("لل") else p
        if stem in lex:
            return base, definite, stem
        if definite and "ال" + stem in lex:
            return base, definite, "ال" + stem
    # not a dictionary word: only a definite article (after a clitic) is taken as a prefix
    for p in PREFIXES:
        if (p.endswith("ال") or p.endswith("لل")) and w.startswith(p) and len(w) - len(p) >= 2:
            return (p[:-2] if p.endswith("ال") else p[:-2] + "ل"), True, w[len(p):]
    return "", False, w


def join_word(base, definite, stem):
    stem = stem[2:] if stem.startswith("ال") else stem
    if not definite:
        return base + stem
    if base.endswith("ل"):  # li + al → لل
        return base + "ل" + stem
    return base + "ال" + stem


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("align")
    ap.add_argument("out")
    ap.add_argument("--variants", default="tatoeba=2,un=8,tico19=8")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--min-count", type=int, default=3,
                    help="a FreeDict replacement's English occurs this often in the corpus's sentences")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    ar, en, src, links = load_corpus(args.corpus, args.align)
    lex = dictionary(ar, en, src)
    nouns, seen = noun_like(en, src, args.min_count)
    pools = replacement_pools(lex, nouns, seen)
    names = {word for word, name, _ in lex.values() if name}
    variants = {k: int(v) for k, v in (p.split("=") for p in args.variants.split(","))}
    made, places = collections.Counter(), collections.Counter()
    with PairWriter(args.out) as out:
        for s, aw, ew, pairs, l in aligned_pairs(ar, en, src, links, variants):
            slots = []
            for i, j, name in replaceable_links(aw, ew, pairs, names, nouns):
                word = ew[j]
                parts = split_word(aw[i], lex)
                if not pools[(ending(word), name)]:
                    continue
                slots.append((i, j, parts, (ending(word), name)))
            places[s] += len(slots)
            if not slots:
                continue
            for _ in range(variants[s]):
                new_a, new_e = list(aw), list(ew)
                for i, j, (base, definite, _), kind in rng.sample(slots, min(len(slots), rng.choice((1, 2)))):
                    stem, word = rng.choice(pools[kind])
                    new_a[i] = join_word(base, definite, stem)
                    old = ew[j]
                    new_e[j] = word if kind[1] else (word.capitalize() if old[0].isupper() else word.lower())
                out.write(new_a, new_e, "subst", l)
                made[s] += 1
    print(f"dictionary: {len(lex)} one-word entries; replacements "
          f"{ {'/'.join(map(str, k)): len(v) for k, v in sorted(pools.items())} }; replaceable positions {dict(places)}; "
          f"pairs written {dict(made)} (total {sum(made.values())})")


if __name__ == "__main__":
    main()
