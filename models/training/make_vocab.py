"""Train source.spm / target.spm (SentencePiece unigram, as OPUS-MT) and the joint vocab.json.

Usage (/usr/bin/python3): make_vocab.py <corpus-dir> <out-dir> [source_size target_size]
vocab.json (MarianTokenizer format): "</s>" = 0, "<unk>" = 1, then the source model's pieces in
their order, then the target pieces not already present, "<pad>" last (= vocab_size - 1).
Also writes tokenizer_config.json and special_tokens_map.json as Hugging Face does for opus-mt.
"""

import json
import os
import sys

import sentencepiece as spm


def train(inp, prefix, size, coverage):
    spm.SentencePieceTrainer.train(
        input=inp, model_prefix=prefix, vocab_size=size, model_type="unigram",
        character_coverage=coverage, input_sentence_size=2000000, shuffle_input_sentence=True,
        unk_id=0, bos_id=1, eos_id=2, pad_id=-1, num_threads=1, minloglevel=2, seed_sentencepiece_size=200000,
    )


def main():
    corpus, out = sys.argv[1], sys.argv[2]
    ssize = int(sys.argv[3]) if len(sys.argv) > 3 else 6000
    tsize = int(sys.argv[4]) if len(sys.argv) > 4 else 6000
    os.makedirs(out, exist_ok=True)
    train(f"{corpus}/train.ar", f"{out}/source", ssize, 0.9995)
    train(f"{corpus}/train.en", f"{out}/target", tsize, 1.0)
    os.replace(f"{out}/source.model", f"{out}/source.spm")
    os.replace(f"{out}/target.model", f"{out}/target.spm")
    vocab = {"</s>": 0, "<unk>": 1}
    for name in ("source", "target"):
        sp = spm.SentencePieceProcessor(model_file=f"{out}/{name}.spm")
        for i in range(sp.get_piece_size()):
            if sp.is_control(i) or sp.is_unknown(i):
                continue
            vocab.setdefault(sp.id_to_piece(i), len(vocab))
        os.remove(f"{out}/{name}.vocab")
    vocab["<pad>"] = len(vocab)
    with open(f"{out}/vocab.json", "w", encoding="utf-8") as f:
        json.dump(vocab, f, ensure_ascii=False, indent=2)
    tok = {
        "source_lang": "ar", "target_lang": "en", "model_max_length": 512, "eos_token": "</s>",
        "unk_token": "<unk>", "pad_token": "<pad>", "separate_vocabs": False, "sp_model_kwargs": {},
        "tokenizer_class": "MarianTokenizer",
    }
    with open(f"{out}/tokenizer_config.json", "w", encoding="utf-8") as f:
        json.dump(tok, f, ensure_ascii=False, indent=2)
    with open(f"{out}/special_tokens_map.json", "w", encoding="utf-8") as f:
        json.dump({"eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<pad>"}, f, indent=2)
    print(f"vocab_size {len(vocab)}")


if __name__ == "__main__":
    main()
