"""A random-weight Marian model with exactly the shape of Helsinki-NLP/opus-mt-ar-en, for benchmarks.

Shape (opus-mt-ar-en config.json): d_model 512, 6 encoder + 6 decoder layers, 8 heads, FFN 2048,
vocabulary 62,834 (pad = decoder start = 62,833, eos = 0, unk = 1), max_position_embeddings 512,
swish, tied output projection with final_logits_bias. Weights: Normal(0, 0.02), seed fixed, as
Hugging Face's _init_weights. The tokenizer files are the parity fixture's source.spm/target.spm
with its vocab.json padded by unused pieces to 62,834 entries (<pad> last), so the model
translates real Arabic input into (meaningless) pieces at the real cost.

Writes into OUT (never commit it: ~430 MB of ONNX plus the ~300 MB PyTorch checkpoint):
config.json, generation_config.json, the tokenizer files, the merged layout (encoder_model.onnx,
decoder_model_merged.onnx; optionally the ``onnx/`` subfolder layout and int8 variants), and
``pytorch_model.bin`` (Hugging Face state-dict names) so the PyTorch reference runs on the same
weights (export_onnx.load_checkpoint and MarianConfig.from_json read it back).

    /usr/bin/python3 models/tools/random_model.py --out bench/work/opus-mt-shape [--attentions]
        [--layout merged|split|subfolder] [--quantize integer|dequantize]
"""

import argparse
import json
import os
import shutil
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from marian import MarianConfig, MarianMTModel  # noqa: E402
import export_onnx  # noqa: E402

OPUS_MT_AR_EN = dict(
    vocab_size=62834, d_model=512, encoder_layers=6, decoder_layers=6, encoder_attention_heads=8,
    decoder_attention_heads=8, encoder_ffn_dim=2048, decoder_ffn_dim=2048, max_position_embeddings=512,
    pad_token_id=62833, decoder_start_token_id=62833, eos_token_id=0, unk_token_id=1,
)
SEED = 62834
FIXTURE = os.path.join(ROOT, "lib", "src", "test", "resources", "fixture", "split")


def padded_vocab(fixture_vocab: dict, size: int) -> dict:
    """The fixture's vocabulary without <pad>, unused pieces up to size - 1, then <pad>."""
    vocab = {p: i for p, i in sorted(fixture_vocab.items(), key=lambda kv: kv[1]) if p != "<pad>"}
    i = 0
    while len(vocab) < size - 1:
        vocab.setdefault(f"<unused_{i}>", len(vocab))
        i += 1
    vocab["<pad>"] = size - 1
    return vocab


def build(out: str, layout: str, attentions: bool, quantize: str = None, fixture: str = FIXTURE) -> None:
    torch.manual_seed(SEED)
    config = MarianConfig(**OPUS_MT_AR_EN)
    model = MarianMTModel(config)
    model.init_weights(std=0.02, seed=SEED)
    model.eval()
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(fixture, "vocab.json"), encoding="utf-8") as f:
        vocab = padded_vocab(json.load(f), config.vocab_size)
    tokenizer_dir = os.path.join(out, ".tokenizer")
    os.makedirs(tokenizer_dir, exist_ok=True)
    export_onnx.write_json(os.path.join(tokenizer_dir, "vocab.json"), vocab)
    for name in ("source.spm", "target.spm", "tokenizer_config.json"):
        shutil.copyfile(os.path.join(fixture, name), os.path.join(tokenizer_dir, name))
    written = export_onnx.export(model, out, layout, attentions, tokenizer_dir, num_beams=4, max_length=512)
    shutil.rmtree(tokenizer_dir)
    if quantize:
        from quantize_int8 import quantize_file

        for path in written:
            quantize_file(path, path[: -len(".onnx")] + "_quantized.onnx", fmt=quantize)
    torch.save(model.state_dict(), os.path.join(out, "pytorch_model.bin"))
    for d, _, files in os.walk(out):
        for f in sorted(files):
            print(f"{os.path.join(d, f)}\t{os.path.getsize(os.path.join(d, f))} bytes")


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--out", required=True)
    p.add_argument("--layout", choices=["split", "merged", "subfolder"], default="merged")
    p.add_argument("--attentions", action="store_true", help="add cross_attentions.{i} outputs")
    p.add_argument("--quantize", choices=["integer", "dequantize"], help="also write *_quantized.onnx")
    p.add_argument("--fixture", default=FIXTURE, help="directory with the fixture's tokenizer files")
    a = p.parse_args(argv)
    build(a.out, a.layout, a.attentions, a.quantize, a.fixture)


if __name__ == "__main__":
    main()
