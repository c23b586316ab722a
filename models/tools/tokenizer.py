"""A port of Hugging Face's MarianTokenizer (transformers v4.46.3, slow tokenizer) for the fixtures.

Encoding (``tok(text).input_ids``), as PreTrainedTokenizer.tokenize + MarianTokenizer:
1. the text is split on the special-token strings ``</s>``, ``<unk>``, ``<pad>`` (the added-tokens
   trie; they are AddedTokens without lstrip/rstrip), which become their own ids;
2. each other part goes through ``_tokenize``: a leading ``>>xx<<`` language code is kept as one
   piece and every ``>>.+<<`` is removed from the text (``remove_language_code``), then
   ``source.spm`` encodes it to pieces (``out_type=str``);
3. pieces map to ids through vocab.json, unknown pieces to ``<unk>``; ``</s>`` is appended.
Decoding (``decode(ids, skip_special_tokens=True)`` with clean_up_tokenization_spaces False):
ids → pieces via vocab.json, ``</s>``, ``<unk>`` and ``<pad>`` dropped, ``target.spm``
``decode_pieces``, "▁" → " ", strip (``convert_tokens_to_string``).
"""

import json
import os
import re
from typing import Dict, List

import sentencepiece as spm

SPECIAL = ("</s>", "<unk>", "<pad>")
LANGUAGE_CODE = re.compile(">>.+<<")
SPLIT = re.compile("(" + "|".join(re.escape(s) for s in SPECIAL) + ")")


def build_vocab(source_spm: str, target_spm: str) -> Dict[str, int]:
    """Joint vocabulary in the OPUS-MT layout: </s> = 0, <unk> = 1, source pieces, new target
    pieces (each in SentencePiece id order), <pad> last."""
    vocab = {"</s>": 0, "<unk>": 1}
    for path in (source_spm, target_spm):
        sp = spm.SentencePieceProcessor(model_file=path)
        for i in range(sp.get_piece_size()):
            if sp.is_control(i) or sp.is_unknown(i):
                continue
            vocab.setdefault(sp.id_to_piece(i), len(vocab))
    vocab["<pad>"] = len(vocab)
    return vocab


class MarianTokenizer:
    def __init__(self, directory: str):
        with open(os.path.join(directory, "vocab.json"), encoding="utf-8") as f:
            self.vocab: Dict[str, int] = json.load(f)
        self.decoder = {i: p for p, i in self.vocab.items()}
        self.source = spm.SentencePieceProcessor(model_file=os.path.join(directory, "source.spm"))
        self.target = spm.SentencePieceProcessor(model_file=os.path.join(directory, "target.spm"))
        self.eos_id = self.vocab["</s>"]
        self.unk_id = self.vocab["<unk>"]
        self.pad_id = self.vocab["<pad>"]
        self.special_ids = {self.eos_id, self.unk_id, self.pad_id}

    def _pieces(self, text: str, sp: spm.SentencePieceProcessor) -> List[str]:
        pieces = []
        for part in SPLIT.split(text):
            if not part:
                continue
            if part in SPECIAL:
                pieces.append(part)
                continue
            match = LANGUAGE_CODE.match(part)
            code = [match.group(0)] if match else []
            pieces += code + sp.encode(LANGUAGE_CODE.sub("", part), out_type=str)
        return pieces

    def encode(self, text: str) -> List[int]:
        """MarianTokenizer(text).input_ids: source pieces → ids, then </s>."""
        return [self.vocab.get(p, self.unk_id) for p in self._pieces(text, self.source)] + [self.eos_id]

    def encode_target(self, text: str) -> List[int]:
        """MarianTokenizer(text_target=text).input_ids (target.spm)."""
        return [self.vocab.get(p, self.unk_id) for p in self._pieces(text, self.target)] + [self.eos_id]

    def decode(self, ids: List[int]) -> str:
        """decode(ids, skip_special_tokens=True)."""
        pieces = [self.decoder.get(i, "<unk>") for i in ids if i not in self.special_ids]
        return self.target.decode_pieces(pieces).replace("\u2581", " ").strip()
