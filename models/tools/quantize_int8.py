"""Weights-only int8 quantisation of exported Marian graphs, by rewriting the ONNX graph.

Debian has no onnxruntime for Python, so ORT's quantize_dynamic is not available; this script
does the same kind of rewrite with the onnx package alone. Each large float weight initializer
is stored as int8 with one float scale per output channel (symmetric, zero point 0):
``scale[n] = max|W[:, n]| / 127`` (``/ 63`` with 7-bit weights), ``q = round(W / scale)``.

Two formats for the MatMul weights (``--format``):

- ``integer`` (default; what the benchmark should run): ORT's dynamic-quantisation operator
  form, as ``onnxruntime.quantization.quantize_dynamic`` writes it:
  ``DynamicQuantizeLinear(x) → MatMulInteger(x_q, W_q, x_zp, W_zp) → Cast(float) →
  Mul(·, x_scale * W_scale)``, with the following bias ``Add`` left in place. ONNX Runtime's
  level-2 optimiser fuses exactly this pattern (core/optimizer/matmul_integer_to_float.cc, then
  dynamic_quantize_matmul_fusion.cc) into one ``DynamicQuantizeMatMul`` kernel: an int8 GEMM of
  MLAS on pre-packed weights, with per-column scales and the bias folded in. Checked by dumping
  ORT's optimised graph of a fixture-sized decoder: no MatMulInteger is left; 11 weights run as
  DynamicQuantizeMatMul and 10 as MatMulIntegerToFloat (ORT's common-subexpression pass merges
  the DynamicQuantizeLinear of projections that share an input, e.g. q/k/v, so one
  quantisation of the activations serves several int8 GEMMs). It is the fastest form measured
  below. Its numbers are not those of the float model with rounded weights: the activations are quantised
  to uint8 at run time (per tensor), and on AVX2 without VNNI the u8×s8 kernel (VPMADDUBSW) can
  saturate 16-bit pair sums (ORT's quantisation docs); 7-bit weights (the default for this
  format, see below) avoid that. Quality must be measured (chrF), not proven bit-exact.
- ``dequantize``: ``DequantizeLinear(W_q, scale, 0, axis=1) → MatMul``. Exactly the float model
  with weights replaced by ``q * scale`` (float32 products, as PyTorch computes them), so the
  parity fixture checks it against PyTorch up to float rounding. ONNX Runtime 1.28 does not run
  it that way by default: its level-2 optimiser fuses DequantizeLinear + MatMul into
  ``MatMulNBits`` (8 bits), whose default accuracy level 4 also quantises the activations (logits
  move by ~1e-4 on the fixture); the session config entry
  ``session.qdq_matmulnbits_accuracy_level=1`` (or ``session.disable_quant_qdq=1``) restores
  float32 arithmetic. Use it for parity, ``integer`` for speed.

Measured with bench_int8.py on the OPUS-MT-shaped random model (random_model.py), ORT 1.28 Java,
1 thread, on this project's 2-core AVX2 machine while it was heavily shared (load average ~13, so
ratios, not absolute times, mean something), one decoder step with past 16, source 32:
rows 16: float32 204 ms, integer 130 ms, dequantize (MatMulNBits) 1811 ms;
rows 64: float32 666 ms, integer 409 ms. Encoder (rows 16 × 32 tokens): float32 1530 ms,
integer 915 ms, dequantize 2715 ms. So ``integer`` is the fast form (about 1.6× float32 here);
the 8-bit MatMulNBits path is far slower than float32 on this CPU. The largest logit difference
from float32 (rows 16, random activations) was 0.25 for ``integer`` with 8-bit weights, 0.057
with 7-bit weights (--reduce-range; 177 ms against 340 ms float32 in a second run) and 0.024 for
``dequantize``: the 8-bit integer kernel saturates on this AVX2 machine without VNNI, as ORT's
documentation warns. So ``integer`` uses 7-bit weights by default (``--full-range`` for 8 bits
on VNNI machines); ``dequantize`` uses 8 bits. The chrF cost must still be measured on real
text before shipping an integer model.

Token embedding tables (``Gather`` on a weight, directly, through the ``Transpose`` that
older exports put on the tied output projection, or as export_onnx.py's column ``Gather`` on it)
are stored once as int8 too: the rows are
gathered as int8 and then scaled, ``Cast(Gather(W_q, ids)) * Gather(scale, ids)[..., None]``, so
no float copy of the table is ever made and the values equal ``q * scale`` exactly. Position
tables, biases and LayerNorm parameters stay float.

    /usr/bin/python3 models/tools/quantize_int8.py IN.onnx OUT.onnx [--format integer|dequantize]
"""

import argparse
from typing import Dict, List, Optional, Tuple

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

MIN_ELEMENTS = 256  # smaller weights stay float: their int8 form would not save anything


def quantize_array(w: np.ndarray, axis: int, reduce_range: bool = False) -> Tuple[np.ndarray, np.ndarray]:
    """Symmetric per-channel int8 along ``axis`` (the kept axis); returns (q, scale)."""
    qmax = 63.0 if reduce_range else 127.0
    reduce_axes = tuple(a for a in range(w.ndim) if a != axis)
    amax = np.abs(w).max(axis=reduce_axes).astype(np.float32)
    scale = (amax / np.float32(qmax)).astype(np.float32)
    scale[scale == 0] = np.float32(1.0)
    shape = [1] * w.ndim
    shape[axis] = -1
    q = np.clip(np.rint(w / scale.reshape(shape)), -qmax, qmax).astype(np.int8)
    return q, scale


def dequantize_array(q: np.ndarray, scale: np.ndarray, axis: int) -> np.ndarray:
    shape = [1] * q.ndim
    shape[axis] = -1
    return q.astype(np.float32) * scale.reshape(shape)


def _graphs(graph: onnx.GraphProto):
    yield graph
    for node in graph.node:
        for attr in node.attribute:
            if attr.type == onnx.AttributeProto.GRAPH:
                yield from _graphs(attr.g)


def _consumers(graph: onnx.GraphProto) -> Dict[str, List[Tuple[onnx.GraphProto, onnx.NodeProto, int]]]:
    uses: Dict[str, List] = {}
    for g in _graphs(graph):
        for node in g.node:
            for i, name in enumerate(node.input):
                uses.setdefault(name, []).append((g, node, i))
    return uses


def _plan(model: onnx.ModelProto):
    """Which initializers to quantise and how: name → ("matmul" | "table", uses)."""
    uses = _consumers(model.graph)
    plan = {}
    for init in model.graph.initializer:
        if init.data_type != TensorProto.FLOAT or len(init.dims) != 2 or np.prod(init.dims) < MIN_ELEMENTS:
            continue
        if "position" in init.name:
            continue
        consumers = uses.get(init.name, [])
        if not consumers:
            continue
        ok = True
        for g, node, i in consumers:
            if node.op_type == "MatMul" and i == 1:
                continue
            if node.op_type == "Gather" and i == 0:
                continue
            if node.op_type == "Transpose" and list(node.attribute[0].ints) == [1, 0]:
                if all(n.op_type == "Gather" and j == 0 for _, n, j in uses.get(node.output[0], [])):
                    continue
            ok = False
        if ok:
            plan[init.name] = consumers
    return plan, uses


def _scaled_gather(gather: onnx.NodeProto, table_q: str, scale: str, tag: str) -> List[onnx.NodeProto]:
    """Nodes replacing Gather(table, ids): Cast(Gather(table_q, ids)) * Unsqueeze(Gather(scale, ids), -1)."""
    ids, out = gather.input[1], gather.output[0]
    axes = f"{tag}/axes"
    return [
        helper.make_node("Constant", [], [axes], name=f"{tag}/AxesConstant",
                         value=numpy_helper.from_array(np.array([-1], dtype=np.int64))),
        helper.make_node("Gather", [table_q, ids], [f"{tag}/rows_q"], name=f"{tag}/GatherQ", axis=0),
        helper.make_node("Cast", [f"{tag}/rows_q"], [f"{tag}/rows"], name=f"{tag}/Cast", to=TensorProto.FLOAT),
        helper.make_node("Gather", [scale, ids], [f"{tag}/row_scale"], name=f"{tag}/GatherScale", axis=0),
        helper.make_node("Unsqueeze", [f"{tag}/row_scale", axes], [f"{tag}/row_scale_1"], name=f"{tag}/Unsqueeze"),
        helper.make_node("Mul", [f"{tag}/rows", f"{tag}/row_scale_1"], [out], name=f"{tag}/Mul"),
    ]


def _gather_axis(node: onnx.NodeProto) -> int:
    return next((a.i for a in node.attribute if a.name == "axis"), 0)


def _scaled_column_gather(gather: onnx.NodeProto, table_q: str, scale: str, tag: str) -> List[onnx.NodeProto]:
    """Nodes replacing Gather(W, ids, axis=1) on the tied projection [d, V] (export_onnx's
    gather_embedding_columns): Cast(Gather(W_q, ids, axis=1)) * Gather(scale, ids); the column
    scales [ids...] broadcast over the leading d axis."""
    ids, out = gather.input[1], gather.output[0]
    return [
        helper.make_node("Gather", [table_q, ids], [f"{tag}/columns_q"], name=f"{tag}/GatherQ", axis=1),
        helper.make_node("Cast", [f"{tag}/columns_q"], [f"{tag}/columns"], name=f"{tag}/Cast", to=TensorProto.FLOAT),
        helper.make_node("Gather", [scale, ids], [f"{tag}/column_scale"], name=f"{tag}/GatherScale", axis=0),
        helper.make_node("Mul", [f"{tag}/columns", f"{tag}/column_scale"], [out], name=f"{tag}/Mul"),
    ]


def _dynamic_matmul(node: onnx.NodeProto, q_name: str, s_name: str, z_name: str, tag: str) -> List[onnx.NodeProto]:
    """Nodes replacing MatMul(x, W) in the form ORT fuses into DynamicQuantizeMatMul."""
    x, out = node.input[0], node.output[0]
    return [
        helper.make_node("DynamicQuantizeLinear", [x], [f"{tag}/x_q", f"{tag}/x_scale", f"{tag}/x_zp"],
                         name=f"{tag}/DynamicQuantizeLinear"),
        helper.make_node("MatMulInteger", [f"{tag}/x_q", q_name, f"{tag}/x_zp", z_name], [f"{tag}/acc"],
                         name=f"{tag}/MatMulInteger"),
        helper.make_node("Cast", [f"{tag}/acc"], [f"{tag}/acc_f"], name=f"{tag}/Cast", to=TensorProto.FLOAT),
        helper.make_node("Mul", [f"{tag}/x_scale", s_name], [f"{tag}/scale"], name=f"{tag}/ScaleMul"),
        helper.make_node("Mul", [f"{tag}/acc_f", f"{tag}/scale"], [out], name=f"{tag}/Mul"),
    ]


def quantize_model(model: onnx.ModelProto, fmt: str = "integer", reduce_range: Optional[bool] = None) -> onnx.ModelProto:
    """Rewrite ``model`` in place (see the module doc); returns it.

    ``reduce_range`` (7-bit weights) defaults to True for ``integer`` and False for ``dequantize``.
    """
    if fmt not in ("integer", "dequantize"):
        raise ValueError(f"format must be integer or dequantize, got {fmt}")
    if reduce_range is None:
        reduce_range = fmt == "integer"
    plan, uses = _plan(model)
    inits = {t.name: t for t in model.graph.initializer}
    # Node rewrites are collected per node name and applied once per graph at the end, innermost
    # graphs first, because rebuilding a repeated field copies (and detaches) its messages.
    replace: Dict[str, List[onnx.NodeProto]] = {}
    prepend: List[onnx.NodeProto] = []
    new_inits = []
    counter = 0
    for name, consumers in plan.items():
        w = numpy_helper.to_array(inits[name])
        # MatMul weights are [in, out]: one scale per output column (axis 1). A table used only
        # by Gather is [rows, d]: one scale per row (axis 0). The tied projection [d, V] is both:
        # its columns are the vocabulary rows, so axis 1 serves the MatMul and the Gather.
        column_wise = any(n.op_type in ("MatMul", "Transpose") for _, n, _ in consumers)
        axis = 1 if column_wise else 0
        q, scale = quantize_array(w, axis, reduce_range)
        q_name, s_name, z_name = f"{name}_quantized", f"{name}_scale", f"{name}_zero_point"
        new_inits += [
            numpy_helper.from_array(q, q_name),
            numpy_helper.from_array(scale, s_name),
            numpy_helper.from_array(np.zeros(scale.shape, np.int8), z_name),
        ]
        dq_name = None
        for g, node, i in consumers:
            counter += 1
            tag = f"quant_{counter}"
            if node.op_type == "MatMul" and fmt == "dequantize":
                if dq_name is None:
                    dq_name = f"{name}_dequantized"
                    prepend.append(helper.make_node(
                        "DequantizeLinear", [q_name, s_name, z_name], [dq_name], name=f"{tag}/DequantizeLinear", axis=1))
                node.input[1] = dq_name
            elif node.op_type == "MatMul":
                replace[node.name] = _dynamic_matmul(node, q_name, s_name, z_name, tag)
            elif node.op_type == "Gather" and _gather_axis(node) == 1:
                replace[node.name] = _scaled_column_gather(node, q_name, s_name, tag)
            elif node.op_type == "Gather":
                replace[node.name] = _scaled_gather(node, q_name, s_name, tag)
            else:  # Transpose feeding Gathers: transpose the int8 table (ORT folds it at load)
                t_name = f"{node.output[0]}_quantized"
                replace[node.name] = [helper.make_node("Transpose", [q_name], [t_name], name=f"{tag}/TransposeQ", perm=[1, 0])]
                for _, gather, _ in uses[node.output[0]]:
                    counter += 1
                    replace[gather.name] = _scaled_gather(gather, t_name, s_name, f"quant_{counter}")
    names = [n.name for g in _graphs(model.graph) for n in g.node]
    if len(set(names)) != len(names) or "" in names:
        raise ValueError("quantize_int8 needs unique, non-empty node names")
    keep = [t for t in model.graph.initializer if t.name not in plan]
    del model.graph.initializer[:]
    model.graph.initializer.extend(keep + new_inits)
    graphs = list(_graphs(model.graph))  # graphs[0] is the main graph
    for index in reversed(range(len(graphs))):
        g = graphs[index]
        nodes = [m for n in g.node for m in replace.get(n.name, [n])]
        if index == 0:
            nodes = prepend + nodes
        del g.node[:]
        g.node.extend(nodes)
    # DequantizeLinear with per-axis scales needs opset 13; MatMulInteger 10; both within 14.
    onnx.checker.check_model(model)
    return model


def quantize_file(source: str, target: str, fmt: str = "integer", reduce_range: Optional[bool] = None) -> None:
    model = onnx.load(source)
    quantize_model(model, fmt, reduce_range)
    onnx.save(model, target)


def dequantized_state(state: Dict[str, "torch.Tensor"], reduce_range: bool = False) -> Dict[str, "torch.Tensor"]:
    """A Marian state dict with the values the ``dequantize`` graphs compute with.

    Linear weights [out, in] are MatMul weights [in, out] in the graph: per output channel.
    The shared embedding [V, d] is the tied projection [d, V]: per vocabulary row.
    """
    import torch

    out = dict(state)
    for name, value in state.items():
        if value.dim() != 2 or value.numel() < MIN_ELEMENTS or "position" in name:
            continue
        if name.endswith("proj.weight") or ".fc" in name or name.endswith("shared.weight") or name.endswith("embed_tokens.weight"):
            w = value.detach().numpy().T  # as in the graph: [in, out] or [d, V]
            q, scale = quantize_array(w, 1, reduce_range)
            out[name] = torch.from_numpy(np.ascontiguousarray(dequantize_array(q, scale, 1).T))
    return out


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("source")
    p.add_argument("target")
    p.add_argument("--format", choices=["integer", "dequantize"], default="integer")
    p.add_argument("--reduce-range", action="store_true", default=None,
                   help="7-bit weights (default for --format integer: no VPMADDUBSW saturation on AVX2)")
    p.add_argument("--full-range", dest="reduce_range", action="store_false", help="8-bit weights")
    a = p.parse_args(argv)
    quantize_file(a.source, a.target, a.format, a.reduce_range)


if __name__ == "__main__":
    main()
