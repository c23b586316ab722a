"""Rewrite an exported decoder so its token lookup reads the tied output projection's columns.

Applies export_onnx.gather_embedding_columns to a file exported before that rewrite was part of
export_onnx.py (e.g. a model directory made earlier): ``Gather(Transpose(W), input_ids)`` becomes
``Transpose(Gather(W, input_ids, axis=1), [1, 2, 0])``. Same outputs; ONNX Runtime no longer
materialises a transposed copy of the vocabulary table per ``If`` branch (-120 MiB RSS at
OPUS-MT size, bench/RESULTS.md).

    /usr/bin/python3 models/tools/gather_embedding_columns.py IN.onnx OUT.onnx
"""

import argparse
import os
import sys

import onnx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import export_onnx  # noqa: E402


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("source")
    p.add_argument("target")
    a = p.parse_args(argv)
    model = onnx.load(a.source)
    removed = export_onnx.gather_embedding_columns(model.graph)
    onnx.checker.check_model(model)
    onnx.save(model, a.target)
    print(f"{a.target}: {removed} transposed table(s) removed")


if __name__ == "__main__":
    main()
