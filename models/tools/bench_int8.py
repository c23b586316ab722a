"""Time one decoder step and one encoder call of a merged export in float32 and both int8 formats.

Which int8 form does ONNX Runtime 1.28 (Java, CPU) run fastest? This script measures it on a
model directory (e.g. the OPUS-MT-shaped model of random_model.py): it writes the
quantized variants (integer, integer with 7-bit weights, dequantize) of quantize_int8.py next to the float files if missing, then times the merged
decoder's with-past branch (one new token, past length 16, source length 32) and the encoder
(source length 32) with OrtRun.java, and reports the largest logit difference from float32.

    /usr/bin/python3 models/tools/bench_int8.py --model-dir bench/work/opus-mt-shape [--rows 16 64]
        [--threads 1]
"""

import argparse
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ort_check  # noqa: E402
from marian import MarianConfig  # noqa: E402
from quantize_int8 import quantize_file  # noqa: E402

# name → (file suffix, quantize_int8 format, reduce_range)
VARIANTS = {
    "float32": (".onnx", None, False),
    "integer-8bit": ("_int8_integer.onnx", "integer", False),
    "integer-7bit": ("_int8_integer_7bit.onnx", "integer", True),
    "dequantize": ("_int8_dequantize.onnx", "dequantize", False),
}


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--model-dir", required=True)
    p.add_argument("--rows", type=int, nargs="+", default=[16, 64], help="batch × beams rows per step")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--repeat", type=int, default=20)
    p.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=list(VARIANTS))
    a = p.parse_args(argv)
    c = MarianConfig.from_json(os.path.join(a.model_dir, "config.json"))
    d = a.model_dir if os.path.exists(os.path.join(a.model_dir, "encoder_model.onnx")) else os.path.join(a.model_dir, "onnx")
    variants = {name: VARIANTS[name] for name in a.variants}
    for suffix, fmt, reduce_range in variants.values():
        for name in ("encoder_model", "decoder_model_merged"):
            target = os.path.join(d, name + suffix)
            if fmt and not os.path.exists(target):
                quantize_file(os.path.join(d, name + ".onnx"), target, fmt, reduce_range)
    os.environ["ORT_THREADS"] = str(a.threads)
    os.environ["ORT_REPEAT"] = str(a.repeat)
    rng = np.random.default_rng(0)
    heads, head_dim, src, past = c.decoder_attention_heads, c.d_model // c.decoder_attention_heads, 32, 16
    for rows in a.rows:
        ids = rng.integers(2, c.vocab_size - 1, (rows, src)).astype(np.int64)
        mask = np.ones_like(ids)
        inputs = {"encoder_attention_mask": mask, "input_ids": ids[:, :1].copy(),
                  "encoder_hidden_states": rng.standard_normal((rows, src, c.d_model)).astype(np.float32),
                  "use_cache_branch": np.array([True])}
        for i in range(c.decoder_layers):
            for kind, length in (("decoder", past), ("encoder", src)):
                for part in ("key", "value"):
                    inputs[f"past_key_values.{i}.{kind}.{part}"] = rng.standard_normal(
                        (rows, heads, length, head_dim)).astype(np.float32)
        reference = None
        for fmt, (suffix, _, _) in variants.items():
            out = ort_check.run_ort(os.path.join(d, "decoder_model_merged" + suffix), inputs)
            if reference is None:
                reference = out["logits"]
            diff = float(np.max(np.abs(out["logits"] - reference)))
            enc = ort_check.run_ort(os.path.join(d, "encoder_model" + suffix), {"input_ids": ids, "attention_mask": mask})
            print(f"rows {rows:3d} threads {a.threads} {fmt:10s} decoder step {out['timing']}; "
                  f"encoder {enc['timing']}; max |logit - float32| {diff:.3g}", flush=True)


if __name__ == "__main__":
    main()
