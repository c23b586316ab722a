"""Check ONNX exports against the PyTorch reference by running them on ONNX Runtime (Java).

Debian's python3 has no onnxruntime and onnx 1.12 has no onnx.reference, so the graphs run on
the ONNX Runtime jar that Maven already fetched (~/.m2), through OrtRun.java (a single-file Java
program). ``check_export`` runs the encoder, the decoder without and with past (split or merged)
and compares every output with MarianMTModel; it returns the largest absolute differences.

    /usr/bin/python3 models/tools/ort_check.py --model-dir DIR --checkpoint X.pt
"""

import argparse
import glob
import os
import subprocess
import sys
import tempfile
from typing import Dict, Optional

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from marian import MarianMTModel  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def ort_jar() -> str:
    jars = sorted(glob.glob(os.path.expanduser("~/.m2/repository/com/microsoft/onnxruntime/onnxruntime/*/onnxruntime-*.jar")))
    jars = [j for j in jars if "sources" not in j and "javadoc" not in j]
    if not jars:
        raise FileNotFoundError("no ONNX Runtime jar under ~/.m2 (run the Maven build once)")
    return jars[-1]


def run_ort(model_path: str, inputs: Dict[str, np.ndarray]) -> Dict[str, np.ndarray]:
    """Run ``model_path`` on ONNX Runtime with ``inputs``; returns every output by name."""
    with tempfile.TemporaryDirectory() as tmp:
        lines = []
        for name, value in inputs.items():
            value = np.ascontiguousarray(value)
            dtype = {np.dtype("float32"): "float32", np.dtype("int64"): "int64", np.dtype("bool"): "bool"}[value.dtype]
            with open(os.path.join(tmp, name + ".bin"), "wb") as f:
                f.write(value.astype(value.dtype.newbyteorder("<")).tobytes())
            lines.append(f"{name} {dtype} {','.join(str(d) for d in value.shape)}")
        with open(os.path.join(tmp, "inputs.txt"), "w") as f:
            f.write("\n".join(lines) + "\n")
        subprocess.run(
            ["java", "-cp", ort_jar(), os.path.join(HERE, "OrtRun.java"), model_path, tmp],
            check=True,
        )
        outputs = {}
        if os.path.exists(os.path.join(tmp, "timing.txt")):
            with open(os.path.join(tmp, "timing.txt")) as f:
                outputs["timing"] = f.read().strip()
        with open(os.path.join(tmp, "outputs.txt")) as f:
            for line in f:
                name, kind, shape = (line.rstrip("\n").split(" ") + [""])[:3]
                dims = [int(d) for d in shape.split(",")] if shape else []
                dtype = np.float32 if kind == "FLOAT" else np.int64
                data = np.fromfile(os.path.join(tmp, f"out.{name}.bin"), dtype=dtype)
                outputs[name] = data.reshape(dims)
        return outputs


def _max_diff(a: np.ndarray, b) -> float:
    b = b.detach().numpy() if isinstance(b, torch.Tensor) else b
    if a.shape != b.shape:
        raise AssertionError(f"shape {a.shape} != {b.shape}")
    return float(np.max(np.abs(a - b))) if a.size else 0.0


def check_export(model: MarianMTModel, model_dir: str, quantized: bool = False, seed: int = 3) -> Dict[str, float]:
    """Compare an export (any layout) with ``model``; returns the max |diff| per output group.

    Inputs: a padded batch of two sources (lengths 7 and 4), three decoder tokens without past,
    then one token with the past from PyTorch.
    """
    c = model.config
    g = torch.Generator().manual_seed(seed)
    onnx_dir = os.path.join(model_dir, "onnx") if os.path.isdir(os.path.join(model_dir, "onnx")) else model_dir
    suffix = "_quantized.onnx" if quantized else ".onnx"
    ids = torch.randint(2, c.vocab_size - 1, (2, 7), generator=g)
    mask = torch.ones(2, 7, dtype=torch.long)
    ids[1, 4:] = c.pad_token_id
    mask[1, 4:] = 0
    dec = torch.randint(2, c.vocab_size - 1, (2, 3), generator=g)
    dec[:, 0] = c.decoder_start_token_id
    nxt = torch.randint(2, c.vocab_size - 1, (2, 1), generator=g)
    with torch.no_grad():
        enc = model.encode(ids, mask)
        cross = model.cross_kv(enc)
        logits, caches, attns = model.decode(dec, mask, cross)
        logits2, caches2, attns2 = model.decode(nxt, mask, cross, caches)
    diffs = {}
    out = run_ort(os.path.join(onnx_dir, "encoder_model" + suffix), {"input_ids": ids.numpy(), "attention_mask": mask.numpy()})
    diffs["encoder"] = _max_diff(out["last_hidden_state"], enc)
    enc_np = out["last_hidden_state"] if quantized else enc.numpy()
    base = {"encoder_attention_mask": mask.numpy(), "encoder_hidden_states": enc_np}
    past = {}
    for i in range(c.decoder_layers):
        past[f"past_key_values.{i}.decoder.key"] = caches[i][0].numpy()
        past[f"past_key_values.{i}.decoder.value"] = caches[i][1].numpy()
        past[f"past_key_values.{i}.encoder.key"] = cross[i][0].numpy()
        past[f"past_key_values.{i}.encoder.value"] = cross[i][1].numpy()
    merged = os.path.join(onnx_dir, "decoder_model_merged" + suffix)
    if os.path.exists(merged):
        dummy = {k: np.zeros((2, c.decoder_attention_heads, 1, c.d_model // c.decoder_attention_heads), np.float32) for k in past}
        first = run_ort(merged, {**base, "input_ids": dec.numpy(), **dummy, "use_cache_branch": np.array([False])})
        second = run_ort(merged, {**base, "input_ids": nxt.numpy(), **past, "use_cache_branch": np.array([True])})
    else:
        first = run_ort(os.path.join(onnx_dir, "decoder_model" + suffix), {**base, "input_ids": dec.numpy()})
        second = run_ort(os.path.join(onnx_dir, "decoder_with_past_model" + suffix), {**base, "input_ids": nxt.numpy(), **past})
    diffs["logits_no_past"] = _max_diff(first["logits"], logits)
    diffs["logits_with_past"] = _max_diff(second["logits"], logits2)
    d1, d2, d3 = 0.0, 0.0, 0.0
    for i in range(c.decoder_layers):
        d1 = max(d1, _max_diff(first[f"present.{i}.decoder.key"], caches[i][0]), _max_diff(first[f"present.{i}.decoder.value"], caches[i][1]))
        d1 = max(d1, _max_diff(first[f"present.{i}.encoder.key"], cross[i][0]), _max_diff(first[f"present.{i}.encoder.value"], cross[i][1]))
        d2 = max(d2, _max_diff(second[f"present.{i}.decoder.key"], caches2[i][0]), _max_diff(second[f"present.{i}.decoder.value"], caches2[i][1]))
        # The merged decoder's cached branch outputs empty encoder presents (as Optimum's merge
        # does: the cache keeps the first step's); a split decoder_with_past has none at all.
        enc_present = second.get(f"present.{i}.encoder.key")
        if enc_present is not None and enc_present.size:
            d2 = max(d2, _max_diff(enc_present, cross[i][0]))
        elif enc_present is not None:
            assert enc_present.shape[0] == 0, f"present.{i}.encoder.key of the cached branch: {enc_present.shape}"
        if f"cross_attentions.{i}" in first:
            d3 = max(d3, _max_diff(first[f"cross_attentions.{i}"], attns[i]), _max_diff(second[f"cross_attentions.{i}"], attns2[i]))
    diffs["presents_no_past"] = d1
    diffs["presents_with_past"] = d2
    diffs["cross_attentions"] = d3
    diffs["has_cross_attentions"] = float("cross_attentions.0" in first)
    return diffs


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--model-dir", required=True)
    p.add_argument("--checkpoint", required=True)
    p.add_argument("--quantized", action="store_true")
    a = p.parse_args(argv)
    from export_onnx import load_checkpoint

    for k, v in check_export(load_checkpoint(a.checkpoint), a.model_dir, a.quantized).items():
        print(f"{k}\t{v:.3g}")


if __name__ == "__main__":
    main()
