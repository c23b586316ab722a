"""Writes lib/src/main/resources/dev/tarjama/model/gather_rows.onnx: one Gather on axis 0, so the
decoder cache is reordered inside ONNX Runtime (output tensors stay native, no Java copies).

Inputs: ``data`` float32 [rows, heads, length, head_dim] (any dims), ``indices`` int64 [new_rows].
Output: ``gathered`` = data[indices]. Opset 13, IR version 7 (ONNX Runtime 1.28 reads both).

    /usr/bin/python3 models/tools/make_gather_rows.py [OUT]
"""

import os
import sys

import onnx
from onnx import TensorProto, helper

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "lib", "src", "main", "resources", "dev", "tarjama", "model", "gather_rows.onnx")


def build() -> onnx.ModelProto:
    data = helper.make_tensor_value_info("data", TensorProto.FLOAT, ["rows", "d1", "d2", "d3"])
    indices = helper.make_tensor_value_info("indices", TensorProto.INT64, ["new_rows"])
    out = helper.make_tensor_value_info("gathered", TensorProto.FLOAT, ["new_rows", "d1", "d2", "d3"])
    node = helper.make_node("Gather", ["data", "indices"], ["gathered"], axis=0)
    graph = helper.make_graph([node], "gather_rows", [data, indices], [out])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="tarjama")
    model.ir_version = 7
    onnx.checker.check_model(model)
    return model


if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 else OUT
    os.makedirs(os.path.dirname(path), exist_ok=True)
    onnx.save(build(), path)
    print(f"{path}\t{os.path.getsize(path)} bytes")
