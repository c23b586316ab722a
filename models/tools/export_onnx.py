"""Export a MarianMTModel (models/tools/marian.py) to ONNX in the layouts Hugging Face Optimum writes.

Layouts (see FIXTURE-SPEC.md at the project root of the worktrees, and issue 2):
- ``split``: encoder_model.onnx, decoder_model.onnx, decoder_with_past_model.onnx;
- ``merged``: encoder_model.onnx, decoder_model_merged.onnx (an ``If`` on ``use_cache_branch``
  whose two branches share one copy of every weight);
- ``subfolder``: the merged files under ``onnx/`` (the transformers.js layout), optionally with
  the ``*_quantized.onnx`` variants made by quantize_int8.py.
Every layout also gets config.json, generation_config.json and the tokenizer files.

ONNX names are Optimum's for Marian: encoder ``input_ids``/``attention_mask`` →
``last_hidden_state``; decoders ``encoder_attention_mask``, ``input_ids``,
``encoder_hidden_states``, ``past_key_values.{i}.{decoder,encoder}.{key,value}`` →
``logits``, ``present.{i}.{decoder,encoder}.{key,value}``; with ``attentions`` the decoders
also output ``cross_attentions.{i}`` (softmax probabilities [batch, heads, dec_seq, src_seq]).

The tied output projection: torch.onnx folds ``F.linear(h, shared.weight)`` into a second,
transposed copy of the embedding. ``tie_transposed_weights`` replaces that copy by a
``Transpose`` of the embedding, so each file stores the embedding once. ONNX Runtime would fold
that ``Transpose`` back into a 128 MiB copy at OPUS-MT size, once per ``If`` branch of the merged
decoder; ``gather_embedding_columns`` therefore makes the token lookup read the columns of the
projection ``[d, V]`` directly, ``Transpose(Gather(W, ids, axis=1), [1, 2, 0])``, so no copy of
the table exists at run time (bench/RESULTS.md, memory).

Run with Debian's python3:
    /usr/bin/python3 models/tools/export_onnx.py --checkpoint X.pt --out DIR --layout merged \
        --attentions [--tokenizer-dir D] [--quantize]
The checkpoint is a torch.save'd dict with "config" (MarianConfig fields) and "state_dict", or a
directory holding config.json and pytorch_model.bin (Hugging Face names).
"""

import argparse
import copy
import hashlib
import json
import os
import shutil
import sys
import tempfile
from typing import Dict, List, Optional

import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto
import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from marian import MarianConfig, MarianMTModel  # noqa: E402

OPSET = 14  # Trilu (torch.triu in the causal mask) needs opset 14; ORT 1.28 runs up to 21+.
TOKENIZER_FILES = ("source.spm", "target.spm", "vocab.json", "tokenizer_config.json")


class EncoderGraph(nn.Module):
    def __init__(self, model: MarianMTModel):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask):
        return self.model.encode(input_ids, attention_mask)


class DecoderGraph(nn.Module):
    """decoder_model (with_past=False) or decoder_with_past_model (with_past=True)."""

    def __init__(self, model: MarianMTModel, with_past: bool, attentions: bool):
        super().__init__()
        self.model = model
        self.with_past = with_past
        self.attentions = attentions

    def forward(self, encoder_attention_mask, input_ids, encoder_hidden_states, *past):
        layers = self.model.config.decoder_layers
        if self.with_past:
            self_past = [(past[4 * i], past[4 * i + 1]) for i in range(layers)]
            cross = [(past[4 * i + 2], past[4 * i + 3]) for i in range(layers)]
        else:
            self_past = None
            cross = self.model.cross_kv(encoder_hidden_states)
        logits, caches, attentions = self.model.decode(input_ids, encoder_attention_mask, cross, self_past)
        outputs = [logits]
        for i in range(layers):
            outputs += [caches[i][0], caches[i][1]]
            if not self.with_past:
                outputs += [cross[i][0], cross[i][1]]
        if self.attentions:
            outputs += attentions
        return tuple(outputs)


def past_names(layers: int, prefix: str) -> List[str]:
    names = []
    for i in range(layers):
        for kind in ("decoder", "encoder"):
            names += [f"{prefix}.{i}.{kind}.key", f"{prefix}.{i}.{kind}.value"]
    return names


def _export(module, args, path, input_names, output_names, dynamic_axes):
    torch.onnx.export(
        module,
        args,
        path,
        input_names=input_names,
        output_names=output_names,
        dynamic_axes=dynamic_axes,
        opset_version=OPSET,
        do_constant_folding=True,
    )


def export_encoder(model: MarianMTModel, path: str) -> None:
    ids = torch.tensor([[5, 6, 7, 0], [8, 9, 0, model.config.pad_token_id]])
    mask = torch.tensor([[1, 1, 1, 1], [1, 1, 1, 0]])
    _export(
        EncoderGraph(model),
        (ids, mask),
        path,
        ["input_ids", "attention_mask"],
        ["last_hidden_state"],
        {
            "input_ids": {0: "batch_size", 1: "encoder_sequence_length"},
            "attention_mask": {0: "batch_size", 1: "encoder_sequence_length"},
            "last_hidden_state": {0: "batch_size", 1: "encoder_sequence_length"},
        },
    )
    tie_transposed_weights_file(path)


def export_decoder(model: MarianMTModel, path: str, with_past: bool, attentions: bool) -> None:
    c = model.config
    b, s = 2, 4
    heads, head_dim = c.decoder_attention_heads, c.d_model // c.decoder_attention_heads
    mask = torch.tensor([[1, 1, 1, 1], [1, 1, 1, 0]])
    hidden = torch.randn(b, s, c.d_model)
    inputs = ["encoder_attention_mask", "input_ids", "encoder_hidden_states"]
    axes = {
        "encoder_attention_mask": {0: "batch_size", 1: "encoder_sequence_length"},
        "input_ids": {0: "batch_size", 1: "decoder_sequence_length"},
        "encoder_hidden_states": {0: "batch_size", 1: "encoder_sequence_length"},
        "logits": {0: "batch_size", 1: "decoder_sequence_length"},
    }
    args = [mask, None, hidden]
    past_len = 3
    if with_past:
        # One new position per step, as Optimum's decoder_with_past_model is used.
        args[1] = torch.tensor([[11], [12]])
        for name in past_names(c.decoder_layers, "past_key_values"):
            length = past_len if ".decoder." in name else s
            args.append(torch.randn(b, heads, length, head_dim))
            inputs.append(name)
            seq = "past_decoder_sequence_length" if ".decoder." in name else "encoder_sequence_length_out"
            axes[name] = {0: "batch_size", 2: seq}
    else:
        args[1] = torch.tensor([[c.decoder_start_token_id, 11, 13], [c.decoder_start_token_id, 12, 14]])
    outputs = ["logits"]
    for name in past_names(c.decoder_layers, "present"):
        if with_past and ".encoder." in name:
            continue
        outputs.append(name)
        if ".decoder." in name:
            seq = "past_decoder_sequence_length + 1" if with_past else "decoder_sequence_length"
        else:
            seq = "encoder_sequence_length_out"
        axes[name] = {0: "batch_size", 2: seq}
    if attentions:
        for i in range(c.decoder_layers):
            name = f"cross_attentions.{i}"
            outputs.append(name)
            axes[name] = {0: "batch_size", 2: "decoder_sequence_length", 3: "encoder_sequence_length"}
    _export(DecoderGraph(model, with_past, attentions), tuple(args), path, inputs, outputs, axes)
    restore_unused_inputs(path, inputs, args, axes)
    tie_transposed_weights_file(path)


def restore_unused_inputs(path: str, names: List[str], args, axes) -> None:
    """torch.onnx drops inputs the graph never reads (encoder_hidden_states in the with-past
    decoder); Optimum's graphs declare them, and a runtime that feeds every declared input needs
    the same list, so put them back in the order of ``names``."""
    m = onnx.load(path)
    present = {i.name for i in m.graph.input}
    if all(n in present for n in names):
        return
    by_name = {i.name: i for i in m.graph.input}
    new_inputs = []
    for name, arg in zip(names, args):
        if name in by_name:
            new_inputs.append(by_name[name])
            continue
        elem = TensorProto.INT64 if arg.dtype == torch.int64 else TensorProto.FLOAT
        shape = [axes.get(name, {}).get(d, arg.shape[d]) for d in range(arg.dim())]
        new_inputs.append(helper.make_tensor_value_info(name, elem, shape))
    del m.graph.input[:]
    m.graph.input.extend(new_inputs)
    onnx.save(m, path)


def _digest(array: np.ndarray) -> str:
    return hashlib.sha1(np.ascontiguousarray(array).tobytes() + str(array.dtype).encode() + str(array.shape).encode()).hexdigest()


def tie_transposed_weights(graph: onnx.GraphProto) -> int:
    """Replace every 2-D initializer that equals the transpose of another by a Transpose node.

    Returns the number of initializers removed.
    """
    arrays = {t.name: numpy_helper.to_array(t) for t in graph.initializer if len(t.dims) == 2 and min(t.dims) > 1}
    by_digest = {_digest(a): n for n, a in arrays.items()}
    replaced = {}
    for name, array in arrays.items():
        original = by_digest.get(_digest(array.T))
        if original is not None and original != name and original not in replaced:
            replaced[name] = original
    if not replaced:
        return 0
    keep = [t for t in graph.initializer if t.name not in replaced]
    del graph.initializer[:]
    graph.initializer.extend(keep)
    nodes = [
        helper.make_node("Transpose", [original], [name], name=f"TiedTranspose_{i}", perm=[1, 0])
        for i, (name, original) in enumerate(sorted(replaced.items()))
    ]
    existing = list(graph.node)
    del graph.node[:]
    graph.node.extend(nodes + existing)
    return len(replaced)


def tie_transposed_weights_file(path: str) -> None:
    m = onnx.load(path)
    if tie_transposed_weights(m.graph) + gather_embedding_columns(m.graph):
        onnx.save(m, path)


def _subgraphs(graph: onnx.GraphProto):
    yield graph
    for node in graph.node:
        for attr in node.attribute:
            if attr.type == onnx.AttributeProto.GRAPH:
                yield from _subgraphs(attr.g)


def gather_embedding_columns(graph: onnx.GraphProto) -> int:
    """Replace ``Gather(Transpose(W, [1, 0]), input_ids)`` by ``Transpose(Gather(W, input_ids,
    axis=1), [1, 2, 0])`` in ``graph`` and its subgraphs, where W is an initializer and
    ``input_ids`` the rank-2 graph input: the same values, without the transposed table that
    ONNX Runtime's constant folding would otherwise materialise. Returns the number of Transposes
    removed (a Transpose that also feeds anything else is kept)."""
    inits = {t.name for g in _subgraphs(graph) for t in g.initializer}
    id_inputs = {i.name for i in graph.input if i.name == "input_ids" and len(i.type.tensor_type.shape.dim) == 2}
    removed = 0
    # Innermost graphs first: rebuilding a node list copies its messages, subgraphs included.
    for g in reversed(list(_subgraphs(graph))):
        old_nodes = list(g.node)
        uses: Dict[str, List[onnx.NodeProto]] = {}
        for node in old_nodes:
            for name in node.input:
                uses.setdefault(name, []).append(node)
        replace: Dict[int, List[onnx.NodeProto]] = {}
        for node in old_nodes:
            if node.op_type != "Transpose" or node.input[0] not in inits:
                continue
            if [list(a.ints) for a in node.attribute if a.name == "perm"] != [[1, 0]]:
                continue
            gathers = uses.get(node.output[0], [])
            if not gathers or not all(
                n.op_type == "Gather" and list(n.input).index(node.output[0]) == 0 and n.input[1] in id_inputs
                and all(a.i == 0 for a in n.attribute if a.name == "axis")
                for n in gathers
            ):
                continue
            replace[id(node)] = []
            for gather in gathers:
                columns = f"{gather.output[0]}/columns"
                replace[id(gather)] = [
                    helper.make_node("Gather", [node.input[0], gather.input[1]], [columns],
                                     name=f"{gather.name}/GatherColumns", axis=1),
                    helper.make_node("Transpose", [columns], [gather.output[0]],
                                     name=f"{gather.name}/TransposeColumns", perm=[1, 2, 0]),
                ]
            removed += 1
        if replace:
            nodes = [m for n in old_nodes for m in replace.get(id(n), [n])]
            del g.node[:]
            g.node.extend(nodes)
    return removed


def _rename_in_graph(graph: onnx.GraphProto, mapping: Dict[str, str]) -> None:
    for node in graph.node:
        for i, name in enumerate(node.input):
            node.input[i] = mapping.get(name, name)
        for i, name in enumerate(node.output):
            node.output[i] = mapping.get(name, name)
        for attr in node.attribute:
            if attr.type == onnx.AttributeProto.GRAPH:
                _rename_in_graph(attr.g, mapping)
    for value in list(graph.output) + list(graph.value_info):
        value.name = mapping.get(value.name, value.name)


def merge_decoders(no_past: onnx.ModelProto, with_past: onnx.ModelProto) -> onnx.ModelProto:
    """decoder_model_merged: one ``If`` on ``use_cache_branch`` (then = with past, else = without).

    As Optimum's optimum/onnx/graph_transformations.py merge_decoders: the inputs are the union
    of both graphs' inputs plus ``use_cache_branch`` (bool [1]); identical initializers of the
    two graphs are stored once, in the outer graph, where both branches read them; the with-past
    branch outputs empty constants as ``present.{i}.encoder.*`` (as Optimum does) so both
    branches have the same outputs. Unlike Optimum we also prefix every value computed inside a
    branch with the branch name, so no name is defined twice in the model.
    """
    no_past = copy.deepcopy(no_past)
    with_past = copy.deepcopy(with_past)
    initializers: Dict[str, TensorProto] = {}
    by_digest: Dict[str, str] = {}
    for prefix, model in (("no_past", no_past), ("with_past", with_past)):
        mapping = {}
        for t in model.graph.initializer:
            digest = _digest(numpy_helper.to_array(t))
            if digest in by_digest:
                mapping[t.name] = by_digest[digest]
                continue
            shared_name = t.name if t.name not in initializers else f"{prefix}/{t.name}"
            by_digest[digest] = shared_name
            mapping[t.name] = shared_name
            t2 = copy.deepcopy(t)
            t2.name = shared_name
            initializers[shared_name] = t2
        graph_inputs = {i.name for i in model.graph.input}
        for node in model.graph.node:
            for out in node.output:
                if out and out not in mapping:
                    mapping[out] = f"{prefix}/{out}"
        for out in model.graph.output:
            if out.name in graph_inputs:
                continue
            mapping.setdefault(out.name, f"{prefix}/{out.name}")
        _rename_in_graph(model.graph, mapping)
        for node in model.graph.node:
            node.name = f"{prefix}/{node.name}" if node.name else ""
        del model.graph.initializer[:]

    # The with-past branch gets empty constants for the encoder presents, as Optimum's
    # _unify_onnx_outputs gives it: the first dynamic axis 0, the other dynamic axes 1. (Copies of
    # the past encoder inputs, as this script made before, cost a copy of the whole cross-attention
    # cache at every step: 250 MiB at OPUS-MT size, beam 4 x 16 sources of 159 pieces.)
    wp_outputs = {o.name.split("/", 1)[1]: o for o in with_past.graph.output}
    np_outputs = [o.name.split("/", 1)[1] for o in no_past.graph.output]
    np_values = {o.name.split("/", 1)[1]: o for o in no_past.graph.output}
    ordered = []
    for name in np_outputs:
        if name in wp_outputs:
            ordered.append(wp_outputs[name])
            continue
        branch_name = f"with_past/{name}"
        source = np_values[name]
        dims, dynamic_seen = [], False
        for d in source.type.tensor_type.shape.dim:
            if d.dim_param or not d.dim_value:
                dims.append(1 if dynamic_seen else 0)
                dynamic_seen = True
            else:
                dims.append(d.dim_value)
        if not dynamic_seen:
            raise ValueError(f"{name}: expected a dynamic axis to make an empty dummy output, got {dims}")
        empty = helper.make_tensor("empty", source.type.tensor_type.elem_type, dims, [])
        with_past.graph.node.append(
            helper.make_node("Constant", [], [branch_name], name=f"with_past/Empty_{name}", value=empty)
        )
        value = copy.deepcopy(source)
        value.name = branch_name
        ordered.append(value)
    del with_past.graph.output[:]
    with_past.graph.output.extend(ordered)

    all_inputs, seen = [], set()
    for model in (no_past, with_past):
        for i in model.graph.input:
            if i.name not in seen:
                seen.add(i.name)
                all_inputs.append(i)
    use_cache = helper.make_tensor_value_info("use_cache_branch", TensorProto.BOOL, [1])
    then_branch = helper.make_graph(list(with_past.graph.node), "with_past", [], list(with_past.graph.output))
    else_branch = helper.make_graph(list(no_past.graph.node), "no_past", [], list(no_past.graph.output))
    if_node = helper.make_node(
        "If", ["use_cache_branch"], np_outputs, name="optimum::if", then_branch=then_branch, else_branch=else_branch
    )
    outputs = []
    for o in no_past.graph.output:
        # The no-past shapes, with the one length that differs between the branches renamed:
        # a decoder present holds past + new positions.
        name = o.name.split("/", 1)[1]
        dims = [d.dim_param or d.dim_value for d in o.type.tensor_type.shape.dim]
        if name.startswith("present.") and ".decoder." in name:
            dims[2] = "past_decoder_sequence_length + decoder_sequence_length"
        outputs.append(helper.make_tensor_value_info(name, o.type.tensor_type.elem_type, dims))
    graph = helper.make_graph([if_node], "merged", all_inputs + [use_cache], outputs, list(initializers.values()))
    merged = helper.make_model(graph, producer_name="tarjama-export", opset_imports=list(no_past.opset_import))
    merged.ir_version = no_past.ir_version
    onnx.checker.check_model(merged)
    return merged


def load_checkpoint(path: str) -> MarianMTModel:
    if os.path.isdir(path):
        config = MarianConfig.from_json(os.path.join(path, "config.json"))
        state = torch.load(os.path.join(path, "pytorch_model.bin"), map_location="cpu")
    else:
        raw = torch.load(path, map_location="cpu")
        config = MarianConfig(**raw["config"])
        state = raw["state_dict"]
    model = MarianMTModel(config)
    missing, unexpected = model.load_state_dict(state, strict=False)
    missing = [k for k in missing if "embed_positions" not in k and k != "lm_head.weight"]
    if missing:
        raise ValueError(f"checkpoint {path} lacks parameters {missing[:5]}")
    model.eval()
    return model


def generation_config(c: MarianConfig, num_beams: int = 4, max_length: int = 512) -> dict:
    """generation_config.json as Hugging Face writes it for OPUS-MT models."""
    return {
        "bad_words_ids": [[c.pad_token_id]],
        "bos_token_id": 0,
        "decoder_start_token_id": c.decoder_start_token_id,
        "eos_token_id": c.eos_token_id,
        "forced_eos_token_id": c.eos_token_id,
        "max_length": max_length,
        "num_beams": num_beams,
        "pad_token_id": c.pad_token_id,
    }


def write_json(path: str, value) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")


def export(
    model: MarianMTModel,
    out_dir: str,
    layout: str,
    attentions: bool,
    tokenizer_dir: Optional[str] = None,
    quantize: bool = False,
    num_beams: int = 4,
    max_length: int = 512,
) -> List[str]:
    """Export ``model`` into ``out_dir`` in ``layout`` (split, merged or subfolder).

    Returns the paths written. Tokenizer files are copied from ``tokenizer_dir`` when given.
    """
    if layout not in ("split", "merged", "subfolder"):
        raise ValueError(f"layout must be split, merged or subfolder, got {layout}")
    model.eval()
    os.makedirs(out_dir, exist_ok=True)
    onnx_dir = os.path.join(out_dir, "onnx") if layout == "subfolder" else out_dir
    os.makedirs(onnx_dir, exist_ok=True)
    written = []
    with torch.no_grad(), tempfile.TemporaryDirectory() as tmp:
        encoder = os.path.join(onnx_dir, "encoder_model.onnx")
        export_encoder(model, encoder)
        written.append(encoder)
        decoder_dir = onnx_dir if layout == "split" else tmp
        no_past = os.path.join(decoder_dir, "decoder_model.onnx")
        with_past = os.path.join(decoder_dir, "decoder_with_past_model.onnx")
        export_decoder(model, no_past, False, attentions)
        export_decoder(model, with_past, True, attentions)
        if layout == "split":
            written += [no_past, with_past]
        else:
            merged = merge_decoders(onnx.load(no_past), onnx.load(with_past))
            path = os.path.join(onnx_dir, "decoder_model_merged.onnx")
            onnx.save(merged, path)
            written.append(path)
    if quantize:
        from quantize_int8 import quantize_file

        for path in list(written):
            target = path[: -len(".onnx")] + "_quantized.onnx"
            quantize_file(path, target)
            written.append(target)
    c = model.config
    write_json(os.path.join(out_dir, "config.json"), c.to_hf_json())
    write_json(os.path.join(out_dir, "generation_config.json"), generation_config(c, num_beams, max_length))
    if tokenizer_dir:
        for name in TOKENIZER_FILES:
            source = os.path.join(tokenizer_dir, name)
            if os.path.exists(source):
                shutil.copyfile(source, os.path.join(out_dir, name))
    return written


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--checkpoint", required=True, help="torch.save'd {config, state_dict} or a HF directory")
    p.add_argument("--out", required=True)
    p.add_argument("--layout", choices=["split", "merged", "subfolder"], default="merged")
    p.add_argument("--attentions", action="store_true", help="add cross_attentions.{i} outputs")
    p.add_argument("--tokenizer-dir", help="directory with source.spm, target.spm, vocab.json, tokenizer_config.json")
    p.add_argument("--quantize", action="store_true", help="also write *_quantized.onnx (quantize_int8.py)")
    p.add_argument("--num-beams", type=int, default=4)
    p.add_argument("--max-length", type=int, default=512)
    a = p.parse_args(argv)
    model = load_checkpoint(a.checkpoint)
    tokenizer_dir = a.tokenizer_dir or (a.checkpoint if os.path.isdir(a.checkpoint) else None)
    for path in export(model, a.out, a.layout, a.attentions, tokenizer_dir, a.quantize, a.num_beams, a.max_length):
        print(f"{path}\t{os.path.getsize(path)} bytes")


if __name__ == "__main__":
    main()
