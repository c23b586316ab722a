"""Train the tarjama Arabic→English Marian model (models/tools/marian.py) on CPU, resumably.

    /usr/bin/python3 train.py train --work DIR [options]     # same command resumes from DIR/last.pt
    /usr/bin/python3 train.py average --work DIR [--last 4]  # → DIR/averaged.pt
    /usr/bin/python3 train.py test-align                     # tiny guided-alignment run (a check)

Training: label-smoothed cross-entropy (0.1), Adam(0.9, 0.98) with linear warm-up then inverse
square root decay, token-based batches (--batch-tokens target tokens incl. </s>), dropout, optional
per-source upsampling of the corpus (--upsample tatoeba=2,un=3) and per-epoch random subsampling
(--sample gettext=0.35: each epoch sees a different 35% of that source), and an optional guided-alignment
loss (--align FILE.pharaoh, --align-weight 0.1): as Marian's transformer-align, the cross-entropy
of head 0 of the LAST decoder layer's cross-attention against the row-normalised alignment
matrix (-sum A * log attn over aligned target positions, divided by their number). Alignment
files are Pharaoh "i-j" lines (source word i, target word j, 0-based, whitespace words) aligned
with train.ar/train.en; word links are spread to all subword pieces of the two words, and the
final </s> is aligned to the source </s>.

Every --eval-minutes: dev loss (all of dev), greedy chrF on the first --eval-sents dev pairs,
throughput; a checkpoint DIR/ckpt-<step>.pt (weights only, the last --keep kept) and DIR/last.pt
(weights, optimiser, data position) are written. Early stopping after --patience evaluations
without a better dev chrF (and dev loss); --max-minutes caps the run in total (across resumes).
"""

import argparse
import glob
import json
import math
import os
import random
import sys
import time

import sentencepiece as spm
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
sys.path.insert(0, HERE)
from marian import MarianConfig, MarianMTModel, shift_right  # noqa: E402
from interim_metrics import corpus_chrf  # noqa: E402


class Tokenizer:
    """MarianTokenizer semantics: source spm pieces → joint vocab ids (unk if absent) + </s>."""

    def __init__(self, vocab_dir):
        with open(os.path.join(vocab_dir, "vocab.json"), encoding="utf-8") as f:
            self.vocab = json.load(f)
        self.inv = {i: p for p, i in self.vocab.items()}
        self.src = spm.SentencePieceProcessor(model_file=os.path.join(vocab_dir, "source.spm"))
        self.tgt = spm.SentencePieceProcessor(model_file=os.path.join(vocab_dir, "target.spm"))
        self.eos, self.unk, self.pad = 0, 1, self.vocab["<pad>"]

    def pieces_to_ids(self, pieces):
        return [self.vocab.get(p, self.unk) for p in pieces] + [self.eos]

    def encode_src(self, text):
        return self.pieces_to_ids(self.src.encode(text, out_type=str))

    def encode_tgt(self, text):
        return self.pieces_to_ids(self.tgt.encode(text, out_type=str))

    def src_pieces(self, text):
        return self.src.encode(text, out_type=str)

    def tgt_pieces(self, text):
        return self.tgt.encode(text, out_type=str)

    def decode(self, ids):
        pieces = [self.inv[i] for i in ids if i not in (self.eos, self.pad) and i in self.inv]
        pieces = [p for p in pieces if p != "<unk>"]
        return self.tgt.decode_pieces(pieces).replace("\u2581", " ").strip()


def word_index(pieces, text):
    """For each piece, the index of the whitespace word it belongs to (pieces starting with ▁)."""
    out, w = [], -1
    for p in pieces:
        if p.startswith("\u2581") or w < 0:
            w += 1
        out.append(w)
    return out


def load_split(corpus, split):
    def lines(ext):
        with open(os.path.join(corpus, f"{split}.{ext}"), encoding="utf-8") as f:
            return [l.rstrip("\n") for l in f]
    return lines("ar"), lines("en"), lines("src")


def encode_corpus(tok, corpus, split, align_path=None, max_len=200):
    ar, en, src = load_split(corpus, split)
    aligns = None
    if align_path:
        with open(align_path, encoding="utf-8") as f:
            aligns = [l.split() for l in f]
        assert len(aligns) == len(ar), f"{align_path}: {len(aligns)} lines, corpus {len(ar)}"
    data = []
    for i, (a, e, s) in enumerate(zip(ar, en, src)):
        sp, tp = tok.src_pieces(a), tok.tgt_pieces(e)
        if not sp or not tp or len(sp) >= max_len or len(tp) >= max_len:
            continue
        item = {"src": tok.pieces_to_ids(sp), "tgt": tok.pieces_to_ids(tp), "origin": s}
        if aligns is not None:
            item["align"] = piece_links(aligns[i], word_index(sp, a), word_index(tp, e), len(sp), len(tp))
        data.append(item)
    return data


def piece_links(pharaoh, src_words, tgt_words, n_src, n_tgt):
    """Word links "i-j" → piece links (s, t), plus (</s>, </s>)."""
    by_src, by_tgt = {}, {}
    for k, w in enumerate(src_words):
        by_src.setdefault(w, []).append(k)
    for k, w in enumerate(tgt_words):
        by_tgt.setdefault(w, []).append(k)
    links = set()
    for link in pharaoh:
        i, j = link.split("-")
        for s in by_src.get(int(i), []):
            for t in by_tgt.get(int(j), []):
                links.add((s, t))
    links.add((n_src, n_tgt))
    return sorted(links)


def concat_items(parts, eos):
    """One training pair made of several: sources and targets joined in order (each part's </s>
    dropped, one at the end), alignment links shifted, as Kondo et al. (2021) and Nguyen et al.
    (2021) concatenate sentences so that a model trained on short pairs sees long inputs."""
    src, tgt, links = [], [], []
    with_align = all("align" in p for p in parts)
    for p in parts:
        if with_align:
            end = (len(p["src"]) - 1, len(p["tgt"]) - 1)
            links += [(s + len(src), t + len(tgt)) for s, t in p["align"] if (s, t) != end]
        src += p["src"][:-1]
        tgt += p["tgt"][:-1]
    item = {"src": src + [eos], "tgt": tgt + [eos], "origin": "concat"}
    if with_align:
        item["align"] = links + [(len(src), len(tgt))]
    return item


def add_concatenations(epoch_data, args, rng, eos, max_len=200):
    """Appends args.concat × (number of pairs from args.concat_origins) concatenations of 2 to
    args.concat_max random such pairs (drawn from the epoch's pairs, so upsampling weighs them)."""
    origins = set(args.concat_origins.split(","))
    pool = [x for x in epoch_data if x["origin"] in origins]
    if not pool or args.concat <= 0:
        return epoch_data
    extra = []
    for _ in range(int(args.concat * len(pool))):
        parts = [pool[rng.randrange(len(pool))] for _ in range(rng.randint(2, args.concat_max))]
        item = concat_items(parts, eos)
        if len(item["src"]) <= max_len and len(item["tgt"]) <= max_len:
            extra.append(item)
    return epoch_data + extra


def make_batches(data, batch_tokens, rng):
    """Length-bucketed batches of about batch_tokens padded target (and source) tokens."""
    order = sorted(range(len(data)), key=lambda i: (len(data[i]["tgt"]), len(data[i]["src"]), rng.random()))
    batches, cur, width = [], [], 0
    for i in order:
        w = max(width, len(data[i]["tgt"]), len(data[i]["src"]))
        if cur and w * (len(cur) + 1) > batch_tokens:
            batches.append(cur)
            cur, w = [], max(len(data[i]["tgt"]), len(data[i]["src"]))
        cur.append(i)
        width = w
    if cur:
        batches.append(cur)
    rng.shuffle(batches)
    return batches


def collate(data, idx, pad, with_align=False):
    items = [data[i] for i in idx]
    s_len = max(len(x["src"]) for x in items)
    t_len = max(len(x["tgt"]) for x in items)
    src = torch.full((len(items), s_len), pad, dtype=torch.long)
    mask = torch.zeros((len(items), s_len), dtype=torch.long)
    labels = torch.full((len(items), t_len), -100, dtype=torch.long)
    for b, x in enumerate(items):
        src[b, : len(x["src"])] = torch.tensor(x["src"])
        mask[b, : len(x["src"])] = 1
        labels[b, : len(x["tgt"])] = torch.tensor(x["tgt"])
    align = None
    if with_align:
        align = torch.zeros((len(items), t_len, s_len))
        for b, x in enumerate(items):
            for s, t in x["align"]:
                align[b, t, s] = 1.0
        sums = align.sum(-1, keepdim=True)
        align = torch.where(sums > 0, align / sums.clamp_min(1e-9), align)
    return src, mask, labels, align


def losses(model, batch, pad, smoothing, align_weight):
    src, mask, labels, align = batch
    dec_in = shift_right(labels, pad, pad)
    logits, attentions = model(src, mask, dec_in)
    ce = F.cross_entropy(logits.view(-1, logits.size(-1)), labels.view(-1), ignore_index=-100,
                         label_smoothing=smoothing, reduction="sum")
    n_tok = (labels != -100).sum()
    al = torch.tensor(0.0)
    if align is not None and align_weight > 0:
        att = attentions[-1][:, 0]  # [b, t, s]: head 0 of the last decoder layer
        rows = align.sum(-1) > 0
        al = -(align * torch.log(att + 1e-6)).sum(-1)[rows].sum() / rows.sum().clamp_min(1)
    return ce, n_tok, al


@torch.no_grad()
def greedy(model, tok, sources, max_len=128, batch=32):
    model.eval()
    out = []
    for k in range(0, len(sources), batch):
        ids = [tok.encode_src(s) for s in sources[k:k + batch]]
        s_len = max(map(len, ids))
        src = torch.full((len(ids), s_len), tok.pad, dtype=torch.long)
        mask = torch.zeros_like(src)
        for b, x in enumerate(ids):
            src[b, : len(x)] = torch.tensor(x)
            mask[b, : len(x)] = 1
        enc = model.encode(src, mask)
        cross = model.cross_kv(enc)
        cur = torch.full((len(ids), 1), tok.pad, dtype=torch.long)
        past, done = None, torch.zeros(len(ids), dtype=torch.bool)
        result = [[] for _ in ids]
        for _ in range(min(max_len, 2 * s_len + 10)):
            logits, past, _ = model.decode(cur, mask, cross, past)
            logits = logits[:, -1]
            logits[:, tok.pad] = -float("inf")
            nxt = logits.argmax(-1)
            for b in range(len(ids)):
                if not done[b]:
                    result[b].append(int(nxt[b]))
            done |= nxt == tok.eos
            if done.all():
                break
            cur = nxt[:, None]
        out.extend(tok.decode(r) for r in result)
    return out


def evaluate(model, dev, dev_text, tok, args):
    model.eval()
    tot, n = 0.0, 0
    with torch.no_grad():
        for k in range(0, len(dev), 64):
            b = collate(dev, list(range(k, min(k + 64, len(dev)))), tok.pad)
            ce, nt, _ = losses(model, b, tok.pad, 0.0, 0.0)
            tot += float(ce)
            n += int(nt)
    with torch.no_grad():  # encoder health: a collapsed encoder gives the same vector everywhere
        b = collate(dev, list(range(16)), tok.pad)
        enc = model.encode(b[0], b[1])
        first = enc[:, 0]
        spread = float((first - first.mean(0, keepdim=True)).abs().mean())
    ar, en = dev_text
    picked = list(range(len(ar)))[:: args.eval_stride][: args.eval_sents]
    hyps = greedy(model, tok, [ar[i] for i in picked])
    chrf = corpus_chrf(hyps, [en[i] for i in picked])
    model.train()
    return tot / n, chrf, (spread, hyps[:3])


def lr_at(step, args):
    step = max(step, 1)
    return args.lr * min(step / args.warmup, math.sqrt(args.warmup / step))


def parse_upsample(s):
    out = {}
    for part in filter(None, (s or "").split(",")):
        k, v = part.split("=")
        out[k] = int(v)
    return out


def build_model(tok, args):
    cfg = MarianConfig(
        vocab_size=len(tok.vocab), d_model=args.d_model, encoder_layers=args.enc_layers,
        decoder_layers=args.dec_layers, encoder_attention_heads=args.heads,
        decoder_attention_heads=args.heads, encoder_ffn_dim=args.ffn, decoder_ffn_dim=args.ffn,
        max_position_embeddings=512, pad_token_id=tok.pad, eos_token_id=0,
        decoder_start_token_id=tok.pad, unk_token_id=1, dropout=args.dropout,
    )
    model = MarianMTModel(cfg)
    model.init_weights(seed=args.seed)
    fairseq_init(model, cfg, args.seed)
    return model, cfg


def fairseq_init(model, cfg, seed):
    """Training init as fairseq's transformer (not HF's std-0.02 init, which is meant for loading
    weights): embeddings N(0, d^-1/2) so that token embeddings × sqrt(d) have unit variance like the
    sinusoidal positions, pad row zero; linear weights Xavier-uniform (q/k/v with gain 1/sqrt(2)),
    biases zero. With std 0.02 the positions drown the tokens and the post-LN encoder collapsed
    to one vector for every input in a first attempt."""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        emb = model.model.shared.weight
        emb.copy_(torch.randn(emb.shape, generator=g) * cfg.d_model ** -0.5)
        emb[cfg.pad_token_id].zero_()
        for name, mod in model.named_modules():
            if isinstance(mod, torch.nn.Linear):
                gain = 2 ** -0.5 if name.endswith(("q_proj", "k_proj", "v_proj")) else 1.0
                fan_in, fan_out = mod.weight.shape[1], mod.weight.shape[0]
                bound = gain * math.sqrt(6.0 / (fan_in + fan_out))
                mod.weight.copy_((torch.rand(mod.weight.shape, generator=g) * 2 - 1) * bound)
                mod.bias.zero_()


def log(args, msg):
    line = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime()) + " " + msg
    print(line, flush=True)
    with open(os.path.join(args.work, "train.log"), "a", encoding="utf-8") as f:
        f.write(line + "\n")


def save(path, obj):
    tmp = path + ".tmp"
    torch.save(obj, tmp)
    os.replace(tmp, path)


def train(args):
    torch.set_num_threads(args.threads)
    os.makedirs(args.work, exist_ok=True)
    tok = Tokenizer(args.vocab)
    cache = os.path.join(args.work, "data.pt")
    if os.path.exists(cache):
        data, dev = torch.load(cache)
    else:
        data = encode_corpus(tok, args.corpus, "train", args.align)
        dev = encode_corpus(tok, args.corpus, "dev")
        torch.save((data, dev), cache)
    if args.extra:
        # pairs made from the corpus (make_substitutions.py, make_copies.py), encoded once beside the
        # corpus cache; the cache names its directories, so another --extra list is encoded afresh
        # (a cache of an earlier train.py, a bare list, too)
        extra_cache = os.path.join(args.work, "extra.pt")
        cached = torch.load(extra_cache) if os.path.exists(extra_cache) else None
        if isinstance(cached, dict) and cached["dirs"] == args.extra:
            extra = cached["pairs"]
        else:
            extra = [item for d in args.extra.split(",")
                     for item in encode_corpus(tok, d, "train", os.path.join(d, "train.align") if args.align else None)]
            torch.save({"dirs": args.extra, "pairs": extra}, extra_cache)
        data = data + extra
    dev_ar, dev_en, _ = load_split(args.corpus, "dev")
    ups = parse_upsample(args.upsample)
    expanded = [x for x in data for _ in range(ups.get(x["origin"], 1))]
    keep = {k: float(v) for k, v in (part.split("=") for part in filter(None, args.sample.split(",")))}
    model, cfg = build_model(tok, args)
    with open(os.path.join(args.work, "config.json"), "w") as f:
        json.dump(cfg.to_hf_json(), f, indent=2)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr, betas=(0.9, 0.98), eps=1e-9)
    state = {"step": 0, "epoch": 0, "batch": 0, "elapsed": 0.0, "best_chrf": -1.0, "best_loss": 1e9,
             "bad_evals": 0, "history": []}
    last = os.path.join(args.work, "last.pt")
    if os.path.exists(last):
        ck = torch.load(last)
        model.load_state_dict(ck["model"])
        opt.load_state_dict(ck["opt"])
        state = ck["state"]
        log(args, f"resumed from {last} at step {state['step']} (epoch {state['epoch']}, batch {state['batch']})")
    else:
        n_params = sum(p.numel() for p in model.parameters() if p.requires_grad)
        if args.init:
            ck = torch.load(args.init)
            model.load_state_dict(ck.get("state_dict", ck.get("model", ck)) if isinstance(ck, dict) and ("state_dict" in ck or "model" in ck) else ck)
            log(args, f"initialised the weights from {args.init} (warm start; fresh optimiser and schedule)")
        log(args, f"start: {len(data)} pairs ({len(expanded)} after upsampling {ups}; per-epoch sampling {keep}), dev {len(dev)}, "
                  f"vocab {cfg.vocab_size}, params {n_params:,}, args {vars(args)}")
    model.train()
    t_start = time.time() - state["elapsed"]
    t_eval = time.time()
    tok_count, t_tok, loss_sum, al_sum, n_sum = 0, time.time(), 0.0, 0.0, 0
    with_align = args.align is not None
    while True:
        rng = random.Random(args.seed * 1000 + state["epoch"])
        epoch_data = [x for x in expanded if rng.random() < keep.get(x["origin"], 1.0)]
        epoch_data = add_concatenations(epoch_data, args, rng, tok.eos)
        batches = make_batches(epoch_data, args.batch_tokens, rng)
        while state["batch"] < len(batches):
            b = collate(epoch_data, batches[state["batch"]], tok.pad, with_align)
            ce, n_tok, al = losses(model, b, tok.pad, args.label_smoothing, args.align_weight)
            loss = ce / n_tok + args.align_weight * al
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            state["step"] += 1
            for g in opt.param_groups:
                g["lr"] = lr_at(state["step"], args)
            opt.step()
            state["batch"] += 1
            tok_count += int(n_tok)
            loss_sum += float(ce)
            al_sum += float(al) * int(n_tok)
            n_sum += int(n_tok)
            if state["step"] % args.log_every == 0:
                dt = time.time() - t_tok
                log(args, f"step {state['step']} epoch {state['epoch']} lr {lr_at(state['step'], args):.2e} "
                          f"train_ce {loss_sum / n_sum:.3f} align {al_sum / n_sum:.3f} tok/s {tok_count / dt:.0f}")
                tok_count, t_tok, loss_sum, al_sum, n_sum = 0, time.time(), 0.0, 0.0, 0
            elapsed = time.time() - t_start
            out_of_time = elapsed > args.max_minutes * 60 or state["step"] >= args.max_steps
            if time.time() - t_eval > args.eval_minutes * 60 or out_of_time:
                state["elapsed"] = elapsed
                stop = checkpoint(model, opt, state, dev, (dev_ar, dev_en), tok, args)
                t_eval = time.time()
                t_tok, tok_count, loss_sum, al_sum, n_sum = time.time(), 0, 0.0, 0.0, 0
                if stop or out_of_time:
                    log(args, "stopping: " + ("early stopping" if stop else "time/step limit"))
                    return
        state["epoch"] += 1
        state["batch"] = 0


def checkpoint(model, opt, state, dev, dev_text, tok, args):
    t0 = time.time()
    dev_loss, chrf, sample = evaluate(model, dev, dev_text, tok, args)
    improved = chrf > state["best_chrf"] or dev_loss < state["best_loss"]
    state["best_chrf"] = max(state["best_chrf"], chrf)
    state["best_loss"] = min(state["best_loss"], dev_loss)
    state["bad_evals"] = 0 if improved else state["bad_evals"] + 1
    state["history"].append({"step": state["step"], "elapsed_min": state["elapsed"] / 60,
                             "dev_ce": dev_loss, "dev_chrf": chrf})
    save(os.path.join(args.work, f"ckpt-{state['step']:07d}.pt"), model.state_dict())
    for old in sorted(glob.glob(os.path.join(args.work, "ckpt-*.pt")))[: -args.keep]:
        os.remove(old)
    save(os.path.join(args.work, "last.pt"), {"model": model.state_dict(), "opt": opt.state_dict(), "state": state})
    log(args, f"EVAL step {state['step']} elapsed {state['elapsed'] / 60:.1f} min dev_ce {dev_loss:.3f} "
              f"dev_chrF(greedy,{args.eval_sents}) {chrf:.2f} best {state['best_chrf']:.2f} "
              f"bad_evals {state['bad_evals']} enc_spread {sample[0]:.4f} (eval {time.time() - t0:.0f}s) sample {sample[1]!r}")
    return state["bad_evals"] >= args.patience


def average_states(states):
    """The element-wise mean of state dicts with the same keys, summed in float64, each tensor
    returned in its own dtype (`average` here and average_runs.py)."""
    total = {k: v.double() for k, v in states[0].items()}
    for sd in states[1:]:
        for k in total:
            total[k] += sd[k].double()
    return {k: (v / len(states)).to(states[0][k].dtype) for k, v in total.items()}


def average(args):
    paths = sorted(glob.glob(os.path.join(args.work, "ckpt-*.pt")))[-args.last:]
    avg = average_states([torch.load(p) for p in paths])
    with open(os.path.join(args.work, "config.json"), encoding="utf-8") as f:
        cfg = MarianConfig.from_json(f.name)
    from dataclasses import asdict
    # the layout models/tools/export_onnx.py reads: {"config": MarianConfig fields, "state_dict"}
    torch.save({"config": asdict(cfg), "state_dict": avg, "averaged": [os.path.basename(p) for p in paths]},
               os.path.join(args.work, "averaged.pt"))
    print(f"averaged {len(paths)} checkpoints: {[os.path.basename(p) for p in paths]}")


def test_align(args):
    """Tiny run: with guided alignment on, the head-0 attention must move toward the links."""
    torch.manual_seed(0)
    cfg = MarianConfig(vocab_size=20, d_model=32, encoder_layers=1, decoder_layers=2, encoder_attention_heads=2,
                       decoder_attention_heads=2, encoder_ffn_dim=64, decoder_ffn_dim=64, pad_token_id=19,
                       decoder_start_token_id=19, dropout=0.0)
    data = []
    rng = random.Random(0)
    for _ in range(64):
        n = rng.randint(3, 6)
        s = [rng.randint(2, 18) for _ in range(n)]
        t = list(reversed(s))  # target = reversed source: link t_j ↔ s_{n-1-j}
        data.append({"src": s + [0], "tgt": t + [0], "align": [(n - 1 - j, j) for j in range(n)] + [(n, n)]})
    results = {}
    for w in (0.0, 1.0):
        model = MarianMTModel(cfg)
        model.init_weights(seed=1)
        opt = torch.optim.Adam(model.parameters(), lr=3e-3)
        for _ in range(150):
            b = collate(data, list(range(64)), 19, True)
            ce, n, al = losses(model, b, 19, 0.1, w)
            loss = ce / n + w * al
            opt.zero_grad()
            loss.backward()
            opt.step()
        model.eval()
        with torch.no_grad():
            b = collate(data, list(range(64)), 19, True)
            _, _, al = losses(model, b, 19, 0.0, 1.0)
        results[w] = float(al)
        print(f"align weight {w}: alignment CE of head 0 after 150 steps = {float(al):.3f}")
    assert results[1.0] < 0.5 * results[0.0], results
    print("guided alignment check passed")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("cmd", choices=["train", "average", "test-align"])
    p.add_argument("--work", default=os.path.join(HERE, "work", "run1"))
    p.add_argument("--corpus", default=os.path.join(HERE, "work", "corpus"))
    p.add_argument("--vocab", default=os.path.join(HERE, "work", "vocab"))
    p.add_argument("--align", default=None)
    p.add_argument("--init", default=None, help="warm start: weights of an earlier run's checkpoint")
    p.add_argument("--align-weight", type=float, default=0.0)
    p.add_argument("--upsample", default="")
    p.add_argument("--sample", default="", help="per-epoch random subsampling, e.g. gettext=0.35")
    p.add_argument("--d-model", type=int, default=256)
    p.add_argument("--enc-layers", type=int, default=6)
    p.add_argument("--dec-layers", type=int, default=3)
    p.add_argument("--heads", type=int, default=8)
    p.add_argument("--ffn", type=int, default=1024)
    p.add_argument("--dropout", type=float, default=0.1)
    p.add_argument("--label-smoothing", type=float, default=0.1)
    p.add_argument("--lr", type=float, default=7e-4)
    p.add_argument("--warmup", type=int, default=800)
    p.add_argument("--batch-tokens", type=int, default=3000)
    p.add_argument("--max-minutes", type=float, default=110)
    p.add_argument("--max-steps", type=int, default=10 ** 9)
    p.add_argument("--eval-minutes", type=float, default=10)
    p.add_argument("--eval-sents", type=int, default=300)
    p.add_argument("--eval-stride", type=int, default=1, help="greedy chrF on every k-th dev pair")
    p.add_argument("--extra", help="directories (comma-separated) of more training pairs: train.{ar,en,src} (+ train.align)")
    p.add_argument("--concat", type=float, default=0.0,
                   help="per epoch, this fraction × the --concat-origins pairs of concatenated pairs")
    p.add_argument("--concat-origins", default="tatoeba,un,tico19")
    p.add_argument("--concat-max", type=int, default=3, help="pairs per concatenation, at most")
    p.add_argument("--patience", type=int, default=4)
    p.add_argument("--keep", type=int, default=5)
    p.add_argument("--last", type=int, default=4)
    p.add_argument("--log-every", type=int, default=50)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    {"train": train, "average": average, "test-align": test_align}[args.cmd](args)


if __name__ == "__main__":
    main()
