"""INTERIM scorer: corpus BLEU (13a tokenizer, exp smoothing) and chrF (β=2, char order 6, word
order 0), re-implementing sacreBLEU 2.x's definitions until the project's Java scorer (eval issue)
replaces it. Checked against the sacreBLEU vectors in ../shared/data/sacrebleu-vectors
(check_interim_metrics.py).

Usage (/usr/bin/python3): interim_metrics.py hyp.txt ref.txt  → prints BLEU and chrF.
"""

import math
import re
import sys
from collections import Counter

_13A = [
    (re.compile(r"([\{-\~\[-\` -\&\(-\+\:-\@\/])"), r" \1 "),
    (re.compile(r"([^0-9])([\.,])"), r"\1 \2 "),
    (re.compile(r"([\.,])([^0-9])"), r" \1 \2"),
    (re.compile(r"([0-9])(-)"), r"\1 \2 "),
]


def tokenize_13a(line):
    line = line.replace("<skipped>", "").replace("-\n", "").replace("\n", " ")
    if "&" in line:
        line = line.replace("&quot;", '"').replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    line = f" {line} "
    for pat, rep in _13A:
        line = pat.sub(rep, line)
    return " ".join(line.split())


def _ngrams(words, n_max):
    c = Counter()
    for n in range(1, n_max + 1):
        for i in range(len(words) - n + 1):
            c[tuple(words[i:i + n])] += 1
    return c


def bleu_stats(hyps, refs):
    correct, total = [0] * 4, [0] * 4
    hyp_len = ref_len = 0
    for h, r in zip(hyps, refs):
        hw, rw = tokenize_13a(h.rstrip()).split(), tokenize_13a(r.rstrip()).split()
        hyp_len += len(hw)
        ref_len += len(rw)
        hc, rc = _ngrams(hw, 4), _ngrams(rw, 4)
        for g, cnt in hc.items():
            n = len(g) - 1
            total[n] += cnt
            correct[n] += min(cnt, rc.get(g, 0))
    return correct, total, hyp_len, ref_len


def corpus_bleu(hyps, refs):
    """sacreBLEU corpus_bleu(hyps, [refs]) score with default options (13a, exp smoothing)."""
    correct, total, hyp_len, ref_len = bleu_stats(hyps, refs)
    if hyp_len == 0:
        return 0.0
    bp = 1.0 if hyp_len >= ref_len else math.exp(1 - ref_len / hyp_len)
    precisions = [0.0] * 4
    smooth = 1.0
    for n in range(4):
        if total[n] == 0:
            break
        if correct[n] == 0:
            smooth *= 2
            precisions[n] = 100.0 / (smooth * total[n])
        else:
            precisions[n] = 100.0 * correct[n] / total[n]
    if min(precisions) <= 0:
        return 0.0
    return bp * math.exp(sum(math.log(p) for p in precisions) / 4)


def _char_ngrams(s, n):
    return Counter(s[i:i + n] for i in range(len(s) - n + 1))


def chrf_stats(hyps, refs, order=6):
    stats = [0] * (3 * order)
    for h, r in zip(hyps, refs):
        hs, rs = "".join(h.split()), "".join(r.split())
        if not rs:
            continue  # sacreBLEU gives a segment with an empty reference all-zero statistics
        for n in range(1, order + 1):
            hc, rc = _char_ngrams(hs, n), _char_ngrams(rs, n)
            i = 3 * (n - 1)
            stats[i] += sum(hc.values())
            stats[i + 1] += sum(rc.values())
            stats[i + 2] += sum(min(c, rc[g]) for g, c in hc.items() if g in rc)
    return stats


def corpus_chrf(hyps, refs, order=6, beta=2.0):
    """sacreBLEU corpus_chrf(hyps, [refs]) with defaults (char order 6, word order 0, β 2)."""
    stats = chrf_stats(hyps, refs, order)
    eps, factor = 1e-16, beta ** 2
    avg_p = avg_r = 0.0
    eff = 0
    for n in range(order):
        n_hyp, n_ref, n_match = stats[3 * n: 3 * n + 3]
        p = n_match / n_hyp if n_hyp > 0 else eps
        r = n_match / n_ref if n_ref > 0 else eps
        if n_hyp > 0 and n_ref > 0:
            avg_p += p
            avg_r += r
            eff += 1
    if eff == 0:
        return 0.0
    avg_p /= eff
    avg_r /= eff
    if avg_p + avg_r == 0:
        return 0.0
    return 100 * (1 + factor) * avg_p * avg_r / (factor * avg_p + avg_r)


def read_lines(path):
    """Lines as sacreBLEU's smart_open reads them: only "\n" ends a line."""
    with open(path, encoding="utf-8", newline="\n") as f:
        return [line[:-1] if line.endswith("\n") else line for line in f]


def main():
    hyps, refs = read_lines(sys.argv[1]), read_lines(sys.argv[2])
    assert len(hyps) == len(refs), (len(hyps), len(refs))
    print(f"BLEU {corpus_bleu(hyps, refs):.2f}  chrF2 {corpus_chrf(hyps, refs):.2f}  (interim Python scorer)")


if __name__ == "__main__":
    main()
