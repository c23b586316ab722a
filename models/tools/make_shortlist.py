"""Learn a lexical shortlist (dev.tarjama.model.LexicalShortlist) for a model from a parallel corpus.

As Marian's and Bergamot's ``lex.s2t`` shortlists: the corpus is cut into the model's
SentencePiece pieces (source.spm, target.spm), aligned with the project's aligner
(``./tarjama fast-align -d -o -v``, which also writes the lexical table p(target | source)), and
each source piece keeps its ``--best`` most probable target pieces; the ``--frequent`` most
frequent target pieces of the corpus and <unk> are always allowed (the library adds eos).
Pieces are written as the model's ids (vocab.json); pieces outside the vocabulary are skipped.

    /usr/bin/python3 models/tools/make_shortlist.py MODEL_DIR CORPUS.ar CORPUS.en \
        [--out MODEL_DIR/lexical_shortlist.txt] [--best 50] [--frequent 100] [--work DIR]

The tarjama launcher (repository root) must be runnable: it builds the CLI on first use.
"""

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

import sentencepiece as spm

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def write_pieces(model_dir: str, source: str, target: str, out: str) -> collections.Counter:
    """Writes 'source pieces ||| target pieces' lines; returns the target piece counts."""
    sp_source = spm.SentencePieceProcessor(model_file=os.path.join(model_dir, "source.spm"))
    sp_target = spm.SentencePieceProcessor(model_file=os.path.join(model_dir, "target.spm"))
    counts = collections.Counter()
    with open(source, encoding="utf-8") as fs, open(target, encoding="utf-8") as ft, \
            open(out, "w", encoding="utf-8") as fo:
        for s, t in zip(fs, ft):
            ps = sp_source.encode(s.strip(), out_type=str)
            pt = sp_target.encode(t.strip(), out_type=str)
            if not ps or not pt:
                continue  # fast_align needs both sides
            counts.update(pt)
            fo.write(" ".join(ps) + " ||| " + " ".join(pt) + "\n")
    return counts


def read_table(path: str):
    """fast-align -p: 'source TAB target TAB ln p(target | source)'; <eps> is NULL."""
    table = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            s, t, logp = line.rstrip("\n").split("\t")
            if s != "<eps>":
                table[s].append((float(logp), t))
    return table


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("model_dir")
    p.add_argument("source")
    p.add_argument("target")
    p.add_argument("--out")
    p.add_argument("--best", type=int, default=50, help="target pieces kept per source piece")
    p.add_argument("--frequent", type=int, default=100, help="most frequent target pieces, always allowed")
    p.add_argument("--work", help="keep the pieces, alignments and table here")
    a = p.parse_args(argv)
    out = a.out or os.path.join(a.model_dir, "lexical_shortlist.txt")
    with open(os.path.join(a.model_dir, "vocab.json"), encoding="utf-8") as f:
        vocab = json.load(f)
    with open(os.path.join(a.model_dir, "config.json"), encoding="utf-8") as f:
        vocab_size = json.load(f)["vocab_size"]
    work = a.work or tempfile.mkdtemp(prefix="shortlist-")
    os.makedirs(work, exist_ok=True)
    pieces = os.path.join(work, "corpus.pieces")
    table_path = os.path.join(work, "lex.s2t")
    counts = write_pieces(a.model_dir, a.source, a.target, pieces)
    with open(os.path.join(work, "forward.align"), "w") as links, \
            open(os.path.join(work, "fast-align.log"), "w") as log:
        subprocess.run([os.path.join(ROOT, "tarjama"), "fast-align", "-i", pieces, "-d", "-o", "-v",
                        "-p", table_path], stdout=links, stderr=log, check=True)
    table = read_table(table_path)
    always = [vocab[t] for t, _ in counts.most_common() if t in vocab][: a.frequent]
    if "<unk>" in vocab:
        always.append(vocab["<unk>"])
    rows = {}
    for s, entries in table.items():
        if s not in vocab:
            continue
        best = [vocab[t] for _, t in sorted(entries, key=lambda e: (-e[0], e[1])) if t in vocab][: a.best]
        if best:
            rows[vocab[s]] = best
    with open(out, "w", encoding="utf-8") as f:
        f.write(f"tarjama-lexical-shortlist 1 vocab_size={vocab_size} best={a.best} frequent={a.frequent}"
                f" corpus={os.path.basename(a.source)}\n")
        f.write("always " + " ".join(map(str, sorted(set(always)))) + "\n")
        for s in sorted(rows):
            f.write(f"{s} " + " ".join(map(str, rows[s])) + "\n")
    print(f"{out}: {len(rows)} source ids, {len(set(always))} always allowed", file=sys.stderr)


if __name__ == "__main__":
    main()
