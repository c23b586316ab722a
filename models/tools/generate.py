"""Greedy and beam search for MarianMTModel, a port of Hugging Face transformers v4.46.3 generate().

The parity references of the Java decoder come from here, so every semantic choice follows
v4.46.3 and cites it (paths relative to src/transformers/ of that tag):
- generation/utils.py: ``GenerationMixin._prepare_generated_length`` (max_new_tokens),
  ``_get_logits_processor`` (which processors, in which order), ``_sample`` (greedy when
  do_sample=False), ``_beam_search``, ``compute_transition_scores``;
- generation/beam_search.py: ``BeamSearchScorer.process/finalize``, ``BeamHypotheses``;
- generation/logits_process.py: the processors.

Marian specifics: the decoder starts with ``decoder_start_token_id`` (= pad for OPUS-MT), eos is
``</s>`` = 0, pad is banned through ``bad_words_ids`` = [[pad]]. MarianMTModel's old
``adjust_logits_during_generation`` (pad = -inf *before* log_softmax) is NOT applied: it was
removed from generation in transformers PR #25294 (v4.32, "Generate: remove Marian hack"), so in
v4.46.3 pad is banned only by NoBadWordsLogitsProcessor, *after* log_softmax in beam search —
which is why beam scores are not renormalised over the vocabulary without pad.

Inputs are batches of source ids (each with its final ``</s>``), right-padded with pad and
attention mask 0, as MarianTokenizer pads (padding_side="right"). The encoder runs once per batch;
beam search repeats its output per beam (``_expand_inputs_for_generation``: repeat_interleave).
The decoder runs with the KV cache (``use_cache=True``, HF's default); ``use_cache=False`` recomputes
the whole prefix each step and exists only for the self-test.

Output per source: a list (n-best, best first) of {"tokens": ids after the decoder start token,
including the final eos when one was produced, never padding; "score": ...} where score is
- beam search: ``sequences_scores`` (sum of processed log-probs / generated_len ** length_penalty);
- greedy: sum over the generated tokens of log_softmax(processed logits)[token], what
  ``compute_transition_scores(normalize_logits=True)`` gives, summed.

Self-test: /usr/bin/python3 models/tools/generate.py --self-test
"""

import argparse
import math
import os
import sys
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Union

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from marian import MarianConfig, MarianMTModel  # noqa: E402


@dataclass
class GenerateOptions:
    """The generation_config fields this port honours (Hugging Face names and defaults)."""

    num_beams: int = 1
    max_length: int = 20
    min_length: int = 0
    max_new_tokens: Optional[int] = None
    length_penalty: float = 1.0
    early_stopping: Union[bool, str] = False
    no_repeat_ngram_size: int = 0
    repetition_penalty: float = 1.0
    num_return_sequences: int = 1
    bad_words_ids: Optional[List[List[int]]] = None
    forced_eos_token_id: Optional[int] = None
    renormalize_logits: bool = False

    def effective_max_length(self) -> int:
        # utils.py _prepare_generated_length: max_length = max_new_tokens + input_ids_length, where
        # for an encoder-decoder input_ids is the decoder prompt ([decoder_start]) of length 1.
        return self.max_length if self.max_new_tokens is None else self.max_new_tokens + 1

    def to_json(self) -> dict:
        return {
            "num_beams": self.num_beams,
            "max_length": self.max_length,
            "min_length": self.min_length,
            "max_new_tokens": self.max_new_tokens,
            "length_penalty": self.length_penalty,
            "early_stopping": self.early_stopping,
            "no_repeat_ngram_size": self.no_repeat_ngram_size,
            "repetition_penalty": self.repetition_penalty,
            "num_return_sequences": self.num_return_sequences,
            "bad_words_ids": self.bad_words_ids,
            "forced_eos_token_id": self.forced_eos_token_id,
        }


Processor = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]


# ---- logits_process.py ---------------------------------------------------------------------


def repetition_penalty(penalty: float) -> Processor:
    # RepetitionPenaltyLogitsProcessor.__call__: gather the scores of every token in input_ids
    # (the decoder start token included), multiply negatives / divide positives, scatter back.
    def apply(input_ids, scores):
        score = torch.gather(scores, 1, input_ids)
        score = torch.where(score < 0, score * penalty, score / penalty)
        return scores.scatter(1, input_ids, score)

    return apply


def no_repeat_ngram(size: int) -> Processor:
    # NoRepeatNGramLogitsProcessor with _get_ngrams/_get_generated_ngrams/_calc_banned_ngram_tokens:
    # n-grams are taken over the whole input_ids row (decoder start included); nothing is banned
    # while cur_len + 1 < size.
    def apply(input_ids, scores):
        cur_len = input_ids.shape[-1]
        processed = scores.clone()
        if cur_len + 1 < size:
            return processed
        for row in range(input_ids.shape[0]):
            tokens = input_ids[row].tolist()
            seen: Dict[tuple, List[int]] = {}
            for ngram in zip(*[tokens[i:] for i in range(size)]):
                seen[tuple(ngram[:-1])] = seen.get(tuple(ngram[:-1]), []) + [ngram[-1]]
            banned = seen.get(tuple(tokens[cur_len + 1 - size : cur_len]), [])
            processed[row, banned] = -float("inf")
        return processed

    return apply


def no_bad_words(bad_words_ids: List[List[int]], eos_token_id: int) -> Processor:
    # NoBadWordsLogitsProcessor.__init__ drops bad sequences equal to [eos]; it is a
    # SequenceBiasLogitsProcessor with bias -inf: single tokens always, longer sequences when the
    # row ends with their prefix. The bias is added (scores + bias), so banned entries become -inf.
    sequences = [list(s) for s in bad_words_ids if list(s) != [eos_token_id]]

    def apply(input_ids, scores):
        bias = torch.zeros_like(scores)
        for seq in sequences:
            if len(seq) == 1:
                bias[:, seq[0]] = -float("inf")
        for seq in sequences:
            if len(seq) == 1 or len(seq) > input_ids.shape[1]:
                continue
            prefix = torch.tensor(seq[:-1], dtype=input_ids.dtype)
            matching = torch.eq(input_ids[:, -(len(seq) - 1) :], prefix).prod(dim=1).bool()
            bias[:, seq[-1]] += torch.where(matching, torch.tensor(-float("inf")), torch.tensor(0.0))
        return scores + bias

    return apply


def min_length(length: int, eos_token_id: int) -> Processor:
    # MinLengthLogitsProcessor: eos is -inf while input_ids.shape[-1] (decoder start included)
    # is below min_length.
    def apply(input_ids, scores):
        if input_ids.shape[-1] < length:
            processed = scores.clone()
            processed[:, eos_token_id] = -math.inf
            return processed
        return scores

    return apply


def forced_eos(max_length: int, eos_token_id: int) -> Processor:
    # ForcedEOSTokenLogitsProcessor: when input_ids.shape[-1] == max_length - 1 every token but
    # eos is -inf and eos is 0.
    def apply(input_ids, scores):
        if input_ids.shape[-1] == max_length - 1:
            processed = torch.full_like(scores, -math.inf)
            processed[:, eos_token_id] = 0
            return processed
        return scores

    return apply


def logits_processors(opts: GenerateOptions, eos_token_id: int) -> List[Processor]:
    """The processors of utils.py _get_logits_processor that apply to Marian, in its order."""
    processors = []
    if opts.repetition_penalty is not None and opts.repetition_penalty != 1.0:
        processors.append(repetition_penalty(opts.repetition_penalty))
    if opts.no_repeat_ngram_size is not None and opts.no_repeat_ngram_size > 0:
        processors.append(no_repeat_ngram(opts.no_repeat_ngram_size))
    if opts.bad_words_ids is not None:
        processors.append(no_bad_words(opts.bad_words_ids, eos_token_id))
    if opts.min_length is not None and opts.min_length > 0:
        processors.append(min_length(opts.min_length, eos_token_id))
    if opts.forced_eos_token_id is not None:
        processors.append(forced_eos(opts.effective_max_length(), opts.forced_eos_token_id))
    if opts.renormalize_logits:
        # LogitNormalization is appended last when renormalize_logits=True.
        processors.append(lambda input_ids, scores: scores.log_softmax(dim=-1))
    return processors


def apply_processors(processors: Sequence[Processor], input_ids, scores):
    for p in processors:
        scores = p(input_ids, scores)
    return scores


# ---- the decoder with its cache --------------------------------------------------------------


class DecoderSteps:
    """Runs the decoder one position at a time, owning the KV cache (HF's past_key_values)."""

    def __init__(self, model: MarianMTModel, encoder_hidden, mask, use_cache: bool = True):
        self.model = model
        self.mask = mask
        self.cross = model.cross_kv(encoder_hidden)
        self.use_cache = use_cache
        self.past = None

    def next_logits(self, decoder_ids: torch.Tensor) -> torch.Tensor:
        """Logits [rows, V] of the position after ``decoder_ids`` [rows, cur_len]."""
        if self.use_cache:
            new = decoder_ids if self.past is None else decoder_ids[:, -1:]
            logits, self.past, _ = self.model.decode(new, self.mask, self.cross, self.past)
        else:
            logits, _, _ = self.model.decode(decoder_ids, self.mask, self.cross)
        # _sample/_beam_search: outputs.logits[:, -1, :].clone().float()
        return logits[:, -1, :].float()

    def reorder(self, rows: torch.Tensor) -> None:
        # MarianMTModel._reorder_cache: index_select the self-attention cache on the beam origins.
        # The cross-attention cache is reordered too in HF, but rows of one sentence are equal.
        if self.past is not None:
            self.past = [(k.index_select(0, rows), v.index_select(0, rows)) for k, v in self.past]


def pad_batch(sources: List[List[int]], pad_id: int):
    width = max(len(s) for s in sources)
    ids = torch.full((len(sources), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(sources), width), dtype=torch.long)
    for i, s in enumerate(sources):
        ids[i, : len(s)] = torch.tensor(s, dtype=torch.long)
        mask[i, : len(s)] = 1
    return ids, mask


# ---- greedy: utils.py _sample with do_sample=False -------------------------------------------


def greedy(model, encoder_hidden, mask, opts: GenerateOptions, use_cache=True):
    c = model.config
    eos, pad = c.eos_token_id, c.pad_token_id
    max_length = opts.effective_max_length()
    processors = logits_processors(opts, eos)
    batch = encoder_hidden.shape[0]
    input_ids = torch.full((batch, 1), c.decoder_start_token_id, dtype=torch.long)
    steps = DecoderSteps(model, encoder_hidden, mask, use_cache)
    unfinished = torch.ones(batch, dtype=torch.long)
    scores = []
    while True:
        logits = steps.next_logits(input_ids)
        processed = apply_processors(processors, input_ids, logits)
        scores.append(processed)
        next_tokens = torch.argmax(processed, dim=-1)
        # finished rows continue with pad (has_eos_stopping_criteria)
        next_tokens = next_tokens * unfinished + pad * (1 - unfinished)
        input_ids = torch.cat([input_ids, next_tokens[:, None]], dim=-1)
        # stopping criteria: MaxLengthCriteria (cur_len >= max_length), EosTokenCriteria (last is eos)
        done = (next_tokens == eos) | torch.tensor(input_ids.shape[-1] >= max_length)
        unfinished = unfinished & ~done
        if unfinished.max() == 0:
            break
    results = []
    for row in range(batch):
        tokens, total = [], 0.0
        for step, token in enumerate(input_ids[row, 1:].tolist()):
            # compute_transition_scores(normalize_logits=True): log_softmax of each step's
            # processed scores, gathered at the chosen token; summed here up to eos.
            total += float(F.log_softmax(scores[step][row], dim=-1)[token])
            tokens.append(token)
            if token == eos:
                break
        results.append([{"tokens": tokens, "score": total}])
    return results


# ---- beam search: utils.py _beam_search with beam_search.py BeamSearchScorer ------------------


class BeamHypotheses:
    """beam_search.py BeamHypotheses: the n-best list of one sentence."""

    def __init__(self, num_beams: int, length_penalty: float, early_stopping, max_length: int):
        self.length_penalty = length_penalty
        self.early_stopping = early_stopping
        self.max_length = max_length
        self.num_beams = num_beams
        self.beams = []
        self.worst_score = 1e9

    def __len__(self):
        return len(self.beams)

    def add(self, hyp: List[int], sum_logprobs: float, generated_len: int) -> None:
        # score = sum_logprobs / generated_len ** length_penalty (Python floats)
        score = sum_logprobs / (generated_len**self.length_penalty)
        if len(self) < self.num_beams or score > self.worst_score:
            self.beams.append((score, hyp))
            if len(self) > self.num_beams:
                sorted_next_scores = sorted([(s, idx) for idx, (s, _) in enumerate(self.beams)])
                del self.beams[sorted_next_scores[0][1]]
                self.worst_score = sorted_next_scores[1][0]
            else:
                self.worst_score = min(score, self.worst_score)

    def is_done(self, best_sum_logprobs: float, cur_len: int, decoder_prompt_len: int) -> bool:
        if len(self) < self.num_beams:
            return False
        if self.early_stopping is True:
            return True
        if self.early_stopping is False:
            # the heuristic: the best running score, normalised by the current length
            highest = best_sum_logprobs / (cur_len - decoder_prompt_len) ** self.length_penalty
            return self.worst_score >= highest
        # "never": the best attainable score, from max_length when length_penalty > 0
        if self.length_penalty > 0.0:
            if self.max_length <= decoder_prompt_len:
                raise ValueError("max_length is not larger than decoder prompt length")
            highest = best_sum_logprobs / (self.max_length - decoder_prompt_len) ** self.length_penalty
        else:
            highest = best_sum_logprobs / (cur_len - decoder_prompt_len) ** self.length_penalty
        return self.worst_score >= highest


def beam_search(model, encoder_hidden, mask, opts: GenerateOptions, use_cache=True):
    c = model.config
    eos, pad = c.eos_token_id, c.pad_token_id
    num_beams = opts.num_beams
    if opts.num_return_sequences > num_beams:
        raise ValueError("num_return_sequences has to be smaller or equal to num_beams")
    max_length = opts.effective_max_length()
    processors = logits_processors(opts, eos)
    batch = encoder_hidden.shape[0]
    # _expand_inputs_for_generation: repeat_interleave the encoder outputs and mask per beam
    encoder_hidden = encoder_hidden.repeat_interleave(num_beams, dim=0)
    mask = mask.repeat_interleave(num_beams, dim=0)
    steps = DecoderSteps(model, encoder_hidden, mask, use_cache)
    hyps = [BeamHypotheses(num_beams, opts.length_penalty, opts.early_stopping, max_length) for _ in range(batch)]
    done = [False] * batch
    input_ids = torch.full((batch * num_beams, 1), c.decoder_start_token_id, dtype=torch.long)
    decoder_prompt_len = input_ids.shape[-1]
    # only the first beam is live at the start, so the first step does not pick the same token
    # num_beams times
    beam_scores = torch.zeros((batch, num_beams), dtype=torch.float)
    beam_scores[:, 1:] = -1e9
    beam_scores = beam_scores.view((batch * num_beams,))
    while True:
        logits = steps.next_logits(input_ids)
        next_token_scores = F.log_softmax(logits, dim=-1)
        processed = apply_processors(processors, input_ids, next_token_scores)
        next_token_scores = processed + beam_scores[:, None].expand_as(processed)
        vocab_size = next_token_scores.shape[-1]
        next_token_scores = next_token_scores.view(batch, num_beams * vocab_size)
        # max(2, 1 + n_eos_tokens) * num_beams candidates, so that enough non-eos remain
        n_tokens_to_keep = max(2, 1 + 1) * num_beams
        next_token_scores, next_tokens = torch.topk(next_token_scores, n_tokens_to_keep, dim=1, largest=True, sorted=True)
        next_indices = torch.div(next_tokens, vocab_size, rounding_mode="floor")
        next_tokens = next_tokens % vocab_size
        beam_scores, beam_next_tokens, beam_idx = scorer_process(
            hyps, done, input_ids, next_token_scores, next_tokens, next_indices, pad, eos, num_beams, decoder_prompt_len
        )
        input_ids = torch.cat([input_ids[beam_idx, :], beam_next_tokens.unsqueeze(-1)], dim=-1)
        steps.reorder(beam_idx)
        # loop exit: beam_scorer.is_done or all(stopping_criteria): MaxLength (cur_len >=
        # max_length) or every row ending in eos (never true here: running beams never end in eos)
        if all(done) or input_ids.shape[-1] >= max_length or bool((input_ids[:, -1] == eos).all()):
            break
    return scorer_finalize(hyps, done, input_ids, beam_scores, num_beams, opts.num_return_sequences, max_length, eos, decoder_prompt_len)


def scorer_process(hyps, done, input_ids, next_scores, next_tokens, next_indices, pad, eos, num_beams, decoder_prompt_len):
    """BeamSearchScorer.process (num_beam_groups = 1, so group_size = num_beams)."""
    cur_len = input_ids.shape[-1] + 1  # the length once the new token is appended
    batch = len(hyps)
    next_beam_scores = torch.zeros((batch, num_beams), dtype=next_scores.dtype)
    next_beam_tokens = torch.zeros((batch, num_beams), dtype=next_tokens.dtype)
    next_beam_indices = torch.zeros((batch, num_beams), dtype=next_indices.dtype)
    for b, hyp in enumerate(hyps):
        if done[b]:
            # a finished sentence keeps num_beams dummy beams: pad tokens, score 0, origin 0
            next_beam_scores[b, :] = 0
            next_beam_tokens[b, :] = pad
            next_beam_indices[b, :] = 0
            continue
        beam_idx = 0
        for rank, (token, score, index) in enumerate(zip(next_tokens[b], next_scores[b], next_indices[b])):
            batch_beam_idx = b * num_beams + index
            if token.item() == eos:
                # an eos outside the top num_beams candidates is not a hypothesis
                if rank >= num_beams:
                    continue
                # the hypothesis is stored without its eos; finalize appends it
                hyp.add(input_ids[batch_beam_idx].tolist(), score.item(), generated_len=cur_len - decoder_prompt_len)
            else:
                next_beam_scores[b, beam_idx] = score
                next_beam_tokens[b, beam_idx] = token
                next_beam_indices[b, beam_idx] = batch_beam_idx
                beam_idx += 1
            if beam_idx == num_beams:
                break
        if beam_idx < num_beams:
            raise ValueError("fewer than num_beams non-eos candidates")
        done[b] = done[b] or hyp.is_done(next_scores[b].max().item(), cur_len, decoder_prompt_len)
    return next_beam_scores.view(-1), next_beam_tokens.view(-1), next_beam_indices.view(-1)


def scorer_finalize(hyps, done, input_ids, final_beam_scores, num_beams, keep, max_length, eos, decoder_prompt_len):
    """BeamSearchScorer.finalize: add the open beams of unfinished sentences, pick the n-best."""
    for b, hyp in enumerate(hyps):
        if done[b]:
            continue
        for k in range(num_beams):
            row = b * num_beams + k
            tokens = input_ids[row].tolist()
            hyp.add(tokens, final_beam_scores[row].item(), generated_len=len(tokens) - decoder_prompt_len)
    best = []
    for hyp in hyps:
        # sorted() is stable and pop() takes the last: among equal scores the later-added wins
        ordered = sorted(hyp.beams, key=lambda x: x[0])
        best.append([ordered.pop() for _ in range(keep)])
    # an eos is appended to a hypothesis shorter than min(longest + 1, max_length): those are
    # exactly the hypotheses that ended with eos (open beams have max_length tokens)
    sent_lengths = [len(h) for row in best for _, h in row]
    sent_max_len = min(max(sent_lengths) + 1, max_length)
    results = []
    for row in best:
        out = []
        for score, h in row:
            tokens = list(h[decoder_prompt_len:])
            if len(h) < sent_max_len:
                tokens.append(eos)
            # best_scores is a float32 tensor in finalize
            out.append({"tokens": tokens, "score": float(torch.tensor(score, dtype=torch.float32))})
        results.append(out)
    return results


# ---- entry point -------------------------------------------------------------------------------


@torch.no_grad()
def generate(model: MarianMTModel, sources: List[List[int]], opts: GenerateOptions, use_cache: bool = True):
    """Translate a batch of id lists; returns per source the n-best [{tokens, score}, ...]."""
    model.eval()
    if opts.num_beams == 1 and opts.num_return_sequences != 1:
        raise ValueError("greedy search returns one sequence (num_return_sequences must be 1)")
    ids, mask = pad_batch(sources, model.config.pad_token_id)
    encoder_hidden = model.encode(ids, mask)
    if opts.num_beams == 1:
        return greedy(model, encoder_hidden, mask, opts, use_cache)
    return beam_search(model, encoder_hidden, mask, opts, use_cache)


def self_test() -> None:
    """Cached decoding equals full recomputation: logits, and whole searches."""
    c = MarianConfig(vocab_size=60, d_model=32, encoder_layers=2, decoder_layers=2, encoder_attention_heads=4,
                     decoder_attention_heads=4, encoder_ffn_dim=64, decoder_ffn_dim=64, max_position_embeddings=64,
                     pad_token_id=59, decoder_start_token_id=59)
    model = MarianMTModel(c)
    model.init_weights(std=0.3, seed=7)
    model.final_logits_bias[0, 0] = 1.0
    model.eval()
    g = torch.Generator().manual_seed(1)
    sources = [torch.randint(2, 58, (n,), generator=g).tolist() + [0] for n in (5, 9, 1, 14)]
    worst = 0.0
    with torch.no_grad():
        ids, mask = pad_batch(sources, c.pad_token_id)
        enc = model.encode(ids, mask)
        dec = torch.randint(2, 58, (4, 12), generator=g)
        dec[:, 0] = c.decoder_start_token_id
        full, _, full_attn = model.decode(dec, mask, model.cross_kv(enc))
        steps = DecoderSteps(model, enc, mask)
        for t in range(1, 13):
            cached = steps.next_logits(dec[:, :t])
            worst = max(worst, float((cached - full[:, t - 1]).abs().max()))
    print(f"max |cached - full| logits over 12 steps: {worst:.3g}")
    assert worst < 1e-5, worst
    cases = [
        GenerateOptions(num_beams=1, max_length=16, bad_words_ids=[[59]], forced_eos_token_id=0),
        GenerateOptions(num_beams=4, max_length=16, bad_words_ids=[[59]], forced_eos_token_id=0, num_return_sequences=3),
        GenerateOptions(num_beams=5, max_length=16, early_stopping=True, length_penalty=0.6, no_repeat_ngram_size=2),
        GenerateOptions(num_beams=3, max_new_tokens=10, early_stopping="never", repetition_penalty=1.3, min_length=5),
        GenerateOptions(num_beams=1, max_length=12, no_repeat_ngram_size=3, repetition_penalty=1.5, min_length=4),
    ]
    for opts in cases:
        a = generate(model, sources, opts, use_cache=True)
        b = generate(model, sources, opts, use_cache=False)
        for x, y in zip(a, b):
            for hx, hy in zip(x, y):
                assert hx["tokens"] == hy["tokens"], (opts, hx, hy)
                assert abs(hx["score"] - hy["score"]) < 1e-4, (opts, hx, hy)
        eos_count = sum(h["tokens"][-1] == 0 for x in a for h in x)
        print(f"ok: beams={opts.num_beams} cached == uncached; {eos_count} hypotheses end in eos")
    print("self-test passed")


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--self-test", action="store_true")
    if p.parse_args().self_test:
        self_test()
    else:
        p.print_help()
