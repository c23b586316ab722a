"""Recover a PyTorch checkpoint from a model directory that export_onnx.py wrote (merged layout).

Training checkpoints live in models/training/work/, which git ignores, so a fresh clone has only
the exported ONNX files. This reads the weights back out of them, so that a later training round
can start from the shipped model (train.py --init) on any machine.

torch.onnx stores most weight matrices transposed under generated names (``onnx::MatMul_647``)
and the output projection as a transposed copy of the embedding. The mapping from those names to
state_dict keys is learned, not written down: a model of the same config is filled with distinct
random values, exported with export_onnx.py into a temporary directory, and every initializer of
that export is matched by value to the parameter (or its transpose) it came from. The same names
are then read from the given directory. The result is checked by exporting it again: every
initializer must equal the given directory's bit for bit, or the script fails.

Run with Debian's python3:
    /usr/bin/python3 models/tools/onnx_to_checkpoint.py models/tarjama-ar-en OUT.pt
OUT.pt is {"config": MarianConfig fields, "state_dict"}, the layout train.py --init and
export_onnx.py --checkpoint read.
"""

import argparse
import os
import sys
import tempfile
from dataclasses import asdict
from typing import Dict, Tuple

import numpy as np
import onnx
from onnx import numpy_helper
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export_onnx import export  # noqa: E402
from marian import MarianConfig, MarianMTModel  # noqa: E402

FILES = ("encoder_model.onnx", "decoder_model_merged.onnx")


def initializers(path: str) -> Dict[str, np.ndarray]:
    """Top-level initializers of an ONNX file (the merged decoder's branches share these)."""
    return {i.name: numpy_helper.to_array(i) for i in onnx.load(path).graph.initializer}


def read_model_dir(model_dir: str) -> Dict[str, Dict[str, np.ndarray]]:
    """file name → its initializers, for the two files of the merged layout."""
    files = {}
    for name in FILES:
        path = os.path.join(model_dir, name)
        if not os.path.exists(path):
            raise FileNotFoundError(f"{path}: this tool reads the merged layout (encoder + merged decoder)")
        files[name] = initializers(path)
    return files


def learn_mapping(config: MarianConfig) -> Dict[Tuple[str, str], Tuple[str, bool]]:
    """(file, initializer name) → (state_dict key, transposed) for every weight-sized initializer."""
    torch.manual_seed(0)
    model = MarianMTModel(config)
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(torch.randn_like(p))  # distinct values everywhere: no zero biases or unit norms
    # the positional tables are buffers or parameters depending on the model code: match both
    state = model.state_dict()
    tensors = {k: v.detach().numpy() for k, v in state.items()}
    by_value: Dict[Tuple[tuple, bytes], Tuple[str, bool]] = {}
    for key, value in tensors.items():
        by_value.setdefault((value.shape, value.tobytes()), (key, False))
        if value.ndim == 2:
            t = np.ascontiguousarray(value.T)
            by_value.setdefault((t.shape, t.tobytes()), (key, True))
        if value.ndim == 1:  # final_logits_bias is stored [1, V] in the state_dict, [V] nowhere else
            by_value.setdefault(((1,) + value.shape, value.tobytes()), (key, False))
    mapping = {}
    with tempfile.TemporaryDirectory() as tmp:
        export(model, tmp, "merged", attentions=True)
        for name in FILES:
            for init, value in initializers(os.path.join(tmp, name)).items():
                if value.size <= 1:
                    continue  # constants of the graph (shapes, scales), not weights
                hit = by_value.get((value.shape, np.ascontiguousarray(value).tobytes()))
                if hit is None:
                    raise ValueError(f"{name}: initializer {init} {value.shape} matches no parameter")
                mapping[(name, init)] = hit
    found = {key for key, _ in mapping.values()}
    # tied weights (the token embeddings, lm_head) share storage with a key that was found
    found_storage = {state[k].data_ptr() for k in found}
    missing = {k for k in set(tensors) - found if state[k].data_ptr() not in found_storage}
    if missing:
        raise ValueError(f"parameters not found in the export: {sorted(missing)[:5]}")
    return mapping


def recover(model_dir: str, given: Dict[str, Dict[str, np.ndarray]]) -> MarianMTModel:
    """The model whose export ``given`` (read_model_dir of ``model_dir``) is."""
    config = MarianConfig.from_json(os.path.join(model_dir, "config.json"))
    mapping = learn_mapping(config)
    model = MarianMTModel(config)
    state = model.state_dict()
    loaded = {}
    for (name, init), (key, transposed) in mapping.items():
        values = given[name]
        if init not in values:
            raise ValueError(f"{os.path.join(model_dir, name)} has no initializer {init}: "
                             "exported by another torch version?")
        value = values[init].T if transposed else values[init]
        value = np.ascontiguousarray(value).reshape(state[key].shape)
        if key in loaded and not np.array_equal(loaded[key], value):
            raise ValueError(f"{key} differs between its copies in {model_dir}")
        loaded[key] = value
    with torch.no_grad():
        for key, value in loaded.items():
            state[key].copy_(torch.from_numpy(value.copy()))  # in place: tied weights follow
    model.eval()
    return model


def check_round_trip(model: MarianMTModel, given: Dict[str, Dict[str, np.ndarray]]) -> int:
    """Export ``model`` again; every initializer must equal ``given``'s. Returns the count."""
    compared = 0
    with tempfile.TemporaryDirectory() as tmp:
        export(model, tmp, "merged", attentions=True)
        again_all = read_model_dir(tmp)
    for name in FILES:
        again = again_all[name]
        if given[name].keys() != again.keys():
            raise ValueError(f"{name}: the re-export has other initializer names")
        for init, value in given[name].items():
            if not np.array_equal(value, again[init]):
                raise ValueError(f"{name}: initializer {init} differs after the round trip")
            compared += 1
    return compared


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("model_dir", help="directory with config.json, encoder_model.onnx, decoder_model_merged.onnx")
    p.add_argument("out", help="checkpoint to write ({config, state_dict})")
    args = p.parse_args(argv)
    given = read_model_dir(args.model_dir)
    model = recover(args.model_dir, given)
    compared = check_round_trip(model, given)
    torch.save({"config": asdict(model.config), "state_dict": model.state_dict(),
                "recovered_from": os.path.abspath(args.model_dir)}, args.out)
    print(f"{args.out}: {sum(p.numel() for p in model.parameters()):,} parameters; "
          f"re-export equal to {args.model_dir} in all {compared} initializers")


if __name__ == "__main__":
    main()
