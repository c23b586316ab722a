package dev.tarjama.model;

import static dev.tarjama.model.OnnxProto.ATTRIBUTE_GRAPH;
import static dev.tarjama.model.OnnxProto.ATTRIBUTE_NAME;
import static dev.tarjama.model.OnnxProto.GRAPH_NODE;
import static dev.tarjama.model.OnnxProto.GRAPH_OUTPUT;
import static dev.tarjama.model.OnnxProto.NODE_ATTRIBUTE;
import static dev.tarjama.model.OnnxProto.NODE_NAME;
import static dev.tarjama.model.OnnxProto.NODE_OP_TYPE;
import static dev.tarjama.model.OnnxProto.NODE_OUTPUT;
import static dev.tarjama.model.OnnxProto.floatTensor;
import static dev.tarjama.model.OnnxProto.graphField;
import static dev.tarjama.model.OnnxProto.identity;

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
    Field graphField = graphField(root, fileName);
    ProtoMessage graph = ProtoMessage.message(graphField);
    List<String> plain = softmaxOutputs(graph, layers);
    if (plain.stream().allMatch(name -> !name.isEmpty())) {
      for (int layer = 0; layer < layers; layer++) {
        String output = OnnxNames.crossAttentionName(layer);
        graph.add(GRAPH_NODE, identity(plain.get(layer), output, "tarjama/" + output));
        graph.add(GRAPH_OUTPUT, floatTensor(output));
      }
    } else if (!rewriteBranches(graph, layers)) {
      throw new ModelException(
          fileName
              + " has no cross_attentions outputs and no Softmax node named"
              + " '.../layers.{i}/encoder_attn/Softmax' for every one of its "
              + layers
              + " decoder layers, neither at the top level nor in the branches of an If node");
    }
    root.replace(graphField, graph);
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
        outputs.forEach(name -> branch.add(GRAPH_OUTPUT, floatTensor(name)));
        attribute.replace(graphField, branch);
        newGraphs.add(attribute);
      }
      for (int b = 0; b < 2; b++) {
        node.replace(branchFields.get(b), newGraphs.get(b));
      }
      for (int layer = 0; layer < layers; layer++) {
        node.add(NODE_OUTPUT, OnnxNames.crossAttentionName(layer));
        graph.add(GRAPH_OUTPUT, floatTensor(OnnxNames.crossAttentionName(layer)));
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
}
