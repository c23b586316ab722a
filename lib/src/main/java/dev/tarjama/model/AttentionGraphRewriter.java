package dev.tarjama.model;

import dev.tarjama.model.ProtoMessage.Field;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a decoder graph that has no {@code cross_attentions.{i}} outputs so that it has them, in
 * memory, before ONNX Runtime loads it: no re-export needed.
 *
 * <p>How: in the ONNX {@code ModelProto} (field 7 {@code graph}), find for each decoder layer
 * {@code i} the node with op type {@code Softmax} whose name ends with {@code
 * layers.{i}/encoder_attn/Softmax} (the path torch's exporter gives the cross-attention softmax,
 * e.g. {@code /model/decoder/layers.0/encoder_attn/Softmax}; Optimum's merger prefixes it with the
 * branch name, {@code no_past//layers.0/encoder_attn/Softmax}). In a plain graph an {@code
 * Identity} node copies its output to {@code cross_attentions.{i}}, which becomes a graph output
 * (GraphProto field 1 {@code node}, field 12 {@code output}). In Optimum's merged decoder the
 * layers live in the two branches ({@code then_branch}, {@code else_branch}: attribute field 6
 * {@code g}) of the top-level {@code If} node: each branch gets its softmax outputs as extra branch
 * outputs, the {@code If} node gets as many extra outputs named {@code cross_attentions.{i}}
 * (NodeProto field 2), and the top-level graph declares them. Outputs are typed float tensors
 * without a shape. Nothing else in the model is decoded or changed.
 */
final class AttentionGraphRewriter {
  private static final int MODEL_GRAPH = 7;
  private static final int GRAPH_NODE = 1;
  private static final int GRAPH_OUTPUT = 12;
  private static final int NODE_INPUT = 1;
  private static final int NODE_OUTPUT = 2;
  private static final int NODE_NAME = 3;
  private static final int NODE_OP_TYPE = 4;
  private static final int NODE_ATTRIBUTE = 5;
  private static final int ATTRIBUTE_NAME = 1;
  private static final int ATTRIBUTE_GRAPH = 6;
  private static final int VALUE_INFO_NAME = 1;
  private static final int VALUE_INFO_TYPE = 2;
  private static final int TYPE_TENSOR = 1;
  private static final int TENSOR_ELEM_TYPE = 1;
  private static final int FLOAT = 1;

  private AttentionGraphRewriter() {}

  /**
   * Returns the model with {@code cross_attentions.0 .. layers-1} outputs.
   *
   * @param model the model file's bytes, from index 0 to the limit (a memory-mapped file, say: only
   *     read, and only until this method returns)
   * @return the rewritten model in a direct buffer, which ONNX Runtime reads in place
   * @throws ModelException if a layer's cross-attention softmax cannot be found
   */
  static ByteBuffer exposeCrossAttention(ByteBuffer model, int layers, String fileName) {
    ProtoMessage root = ProtoMessage.parse(model);
    List<Field> graphs = root.fields(MODEL_GRAPH);
    if (graphs.size() != 1) {
      throw new ModelException(fileName + " holds no ONNX graph");
    }
    ProtoMessage graph = ProtoMessage.message(graphs.get(0));
    List<String> plain = softmaxOutputs(graph, layers);
    if (plain.stream().allMatch(name -> !name.isEmpty())) {
      for (int layer = 0; layer < layers; layer++) {
        ProtoMessage identity = ProtoMessage.empty();
        identity.add(NODE_INPUT, plain.get(layer));
        identity.add(NODE_OUTPUT, OnnxNames.crossAttentionName(layer));
        identity.add(NODE_NAME, "tarjama/cross_attentions." + layer);
        identity.add(NODE_OP_TYPE, "Identity");
        graph.add(GRAPH_NODE, identity);
        graph.add(GRAPH_OUTPUT, floatOutput(OnnxNames.crossAttentionName(layer)));
      }
    } else if (!rewriteBranches(graph, layers)) {
      throw new ModelException(
          fileName
              + " has no cross_attentions outputs and no Softmax node named"
              + " '.../layers.{i}/encoder_attn/Softmax' for every one of its "
              + layers
              + " decoder layers, neither at the top level nor in the branches of an If node");
    }
    root.replace(graphs.get(0), graph);
    return root.toDirectBuffer();
  }

  /** Adds the softmax outputs to both branches of the If node; false if there is none to edit. */
  private static boolean rewriteBranches(ProtoMessage graph, int layers) {
    for (Field nodeField : graph.fields(GRAPH_NODE)) {
      ProtoMessage node = ProtoMessage.message(nodeField);
      if (!node.string(NODE_OP_TYPE).equals("If")) {
        continue;
      }
      List<Field> attributes = node.fields(NODE_ATTRIBUTE);
      List<Field> branchFields = new ArrayList<>();
      List<ProtoMessage> branches = new ArrayList<>();
      for (Field attributeField : attributes) {
        ProtoMessage attribute = ProtoMessage.message(attributeField);
        String name = attribute.string(ATTRIBUTE_NAME);
        if (name.equals("then_branch") || name.equals("else_branch")) {
          branchFields.add(attributeField);
          branches.add(attribute);
        }
      }
      if (branches.size() != 2) {
        continue;
      }
      List<ProtoMessage> newGraphs = new ArrayList<>();
      for (ProtoMessage attribute : branches) {
        Field graphField = attribute.fields(ATTRIBUTE_GRAPH).get(0);
        ProtoMessage branch = ProtoMessage.message(graphField);
        List<String> outputs = softmaxOutputs(branch, layers);
        if (outputs.stream().anyMatch(String::isEmpty)) {
          return false;
        }
        outputs.forEach(name -> branch.add(GRAPH_OUTPUT, floatOutput(name)));
        attribute.replace(graphField, branch);
        newGraphs.add(attribute);
      }
      for (int b = 0; b < 2; b++) {
        node.replace(branchFields.get(b), newGraphs.get(b));
      }
      for (int layer = 0; layer < layers; layer++) {
        node.add(NODE_OUTPUT, OnnxNames.crossAttentionName(layer));
        graph.add(GRAPH_OUTPUT, floatOutput(OnnxNames.crossAttentionName(layer)));
      }
      graph.replace(nodeField, node);
      return true;
    }
    return false;
  }

  /** Output name of each layer's cross-attention softmax in this graph; "" where none is found. */
  private static List<String> softmaxOutputs(ProtoMessage graph, int layers) {
    List<String> outputs = new ArrayList<>();
    for (int layer = 0; layer < layers; layer++) {
      outputs.add("");
    }
    for (Field nodeField : graph.fields(GRAPH_NODE)) {
      ProtoMessage node = ProtoMessage.message(nodeField);
      if (!node.string(NODE_OP_TYPE).equals("Softmax")) {
        continue;
      }
      String name = node.string(NODE_NAME);
      for (int layer = 0; layer < layers; layer++) {
        if (name.endsWith("layers." + layer + "/encoder_attn/Softmax")) {
          outputs.set(layer, node.strings(NODE_OUTPUT).get(0));
        }
      }
    }
    return outputs;
  }

  private static ProtoMessage floatOutput(String name) {
    ProtoMessage tensor = ProtoMessage.empty();
    tensor.addVarint(TENSOR_ELEM_TYPE, FLOAT);
    ProtoMessage type = ProtoMessage.empty();
    type.add(TYPE_TENSOR, tensor);
    ProtoMessage valueInfo = ProtoMessage.empty();
    valueInfo.add(VALUE_INFO_NAME, name);
    valueInfo.add(VALUE_INFO_TYPE, type);
    return valueInfo;
  }
}
