"""Experiment (session 6, not kept; MODEL_CARD.md "Decoding"): Arthur et al. (2016)'s lexical bias
at decoding time in the PyTorch reference decoder (models/tools/generate.py, beam 4,
no_repeat_ngram_size 3): logits += lam * (log(p_lex + eps) - log eps), p_lex(y) = sum_j a_j t(y | x_j),
a = the last decoder layer's cross-attention (head 0 or the mean of the heads) at this step, t the
piece translation table that make_shortlist.py --work DIR writes (DIR/lex.s2t).

    /usr/bin/python3 models/tools/make_shortlist.py models/tarjama-ar-en \
        models/training/work/corpus/train.ar models/training/work/corpus/train.en \
        --out /tmp/lexfuse/shortlist.txt --work /tmp/lexfuse
    /usr/bin/python3 models/training/lexical_bias_experiment.py --table /tmp/lexfuse/lex.s2t \
        --lam 1 --head mean < dev.ar > dev.hyp
"""
import argparse, json, math, os, sys, time
import torch
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
sys.path.insert(0, HERE)
import generate as G
from translate import load
from train import Tokenizer

p = argparse.ArgumentParser()
p.add_argument("--checkpoint", default=os.path.join(HERE, "work", "run2", "final.pt"))
p.add_argument("--vocab", default=os.path.join(HERE, "..", "tarjama-ar-en"))
p.add_argument("--table", required=True)
p.add_argument("--lam", type=float, default=0.0)
p.add_argument("--eps", type=float, default=0.001)
p.add_argument("--head", default="0")
p.add_argument("--batch", type=int, default=16)
p.add_argument("--lp", type=float, default=1.0)
a = p.parse_args()
torch.set_num_threads(1)
model = load(a.checkpoint); tok = Tokenizer(a.vocab)
vocab = json.load(open(os.path.join(a.vocab, "vocab.json")))
V = model.config.vocab_size
T = None
if a.lam > 0:
    T = torch.zeros(V, V)
    for line in open(a.table, encoding="utf-8"):
        s, t, lp = line.rstrip("\n").split("\t")
        if s in vocab and t in vocab:
            T[vocab[s], vocab[t]] = math.exp(float(lp))
SRC = {}
orig_decode = model.decode
def decode(new, mask, cross, past=None):
    logits, caches, attns = orig_decode(new, mask, cross, past)
    if T is not None:
        att = attns[-1][:, :, -1, :]  # [rows, heads, S]
        att = att.mean(1) if a.head == "mean" else att[:, int(a.head), :]
        rows = att.shape[0]
        ts = SRC["T"]  # [b, S, V]
        b = ts.shape[0]
        plex = torch.bmm(att.view(b, rows // b, -1), ts).view(rows, -1)  # [rows, V]
        bias = a.lam * (torch.log(plex + a.eps) - math.log(a.eps))
        logits = logits.clone(); logits[:, -1, :] += bias
    return logits, caches, attns
model.decode = decode
lines = [l.rstrip("\n") for l in sys.stdin]
ids = [tok.encode_src(l)[:256] for l in lines]
order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
out = [""] * len(ids)
opts = G.GenerateOptions(num_beams=4, max_length=256, bad_words_ids=[[tok.pad]], forced_eos_token_id=0,
                         early_stopping=False, no_repeat_ngram_size=3, length_penalty=a.lp)
t0 = time.time()
for k in range(0, len(order), a.batch):
    chunk = order[k:k + a.batch]
    srcs = [ids[i] for i in chunk]
    padded, _ = G.pad_batch(srcs, model.config.pad_token_id)
    SRC["T"] = T[padded] if T is not None else None
    for i, r in zip(chunk, G.generate(model, srcs, opts)):
        out[i] = tok.decode(r[0]["tokens"])
sys.stdout.write("".join(o + "\n" for o in out))
print(f"{len(lines)} lines {time.time()-t0:.0f}s lam={a.lam} head={a.head}", file=sys.stderr)
