package dev.tarjama.model;

import static dev.tarjama.model.OnnxProto.ATTRIBUTE_GRAPH;
import static dev.tarjama.model.OnnxProto.ATTRIBUTE_INT;
import static dev.tarjama.model.OnnxProto.ATTRIBUTE_NAME;
import static dev.tarjama.model.OnnxProto.ATTRIBUTE_TYPE;
import static dev.tarjama.model.OnnxProto.ATTRIBUTE_TYPE_INT;
import static dev.tarjama.model.OnnxProto.GRAPH_INPUT;
import static dev.tarjama.model.OnnxProto.GRAPH_NODE;
import static dev.tarjama.model.OnnxProto.GRAPH_OUTPUT;
import static dev.tarjama.model.OnnxProto.INT64;
import static dev.tarjama.model.OnnxProto.NODE_ATTRIBUTE;
import static dev.tarjama.model.OnnxProto.NODE_INPUT;
import static dev.tarjama.model.OnnxProto.NODE_NAME;
import static dev.tarjama.model.OnnxProto.NODE_OP_TYPE;
import static dev.tarjama.model.OnnxProto.NODE_OUTPUT;
import static dev.tarjama.model.OnnxProto.VALUE_INFO_NAME;
import static dev.tarjama.model.OnnxProto.floatTensor;
import static dev.tarjama.model.OnnxProto.graphField;
import static dev.tarjama.model.OnnxProto.identity;
import static dev.tarjama.model.OnnxProto.tensorValue;

import dev.tarjama.model.ProtoMessage.Field;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Rewrites a decoder graph, in memory before ONNX Runtime loads it, so that its output layer
 * computes the logits of a given list of target ids only (the {@link LexicalShortlist} of a batch).
 *
 * <p>How: the output layer must be {@code Add(MatMul(h, W), bias)} (Marian's tied projection plus
 * {@code final_logits_bias}). The first-step graph (the split layout's {@code decoder_model}, or
 * the {@code else_branch} of Optimum's merged decoder, whose {@code If} takes {@code
 * then_branch} when {@code use_cache_branch} is true) gets an input {@code shortlist_ids} (int64,
 * one dimension) and two nodes, {@code Gather(W, shortlist_ids, axis=1)} and {@code Gather(bias,
 * shortlist_ids, axis=-1)}, which the MatMul and the Add read instead of {@code W} and {@code
 * bias}, and which leave the graph as {@code present_shortlist.weight} and {@code
 * present_shortlist.bias}. The cached-step graph reads them back as inputs {@code
 * past_shortlist.weight} and {@code past_shortlist.bias} (its merged branch passes them through,
 * as it does the encoder keys and values), so the columns are gathered once per batch, not once
 * per step. {@code logits[..., k]} is then the full model's {@code logits[..., shortlist_ids[k]]};
 * the declared shape of {@code logits} is dropped. The Gathers read only initializers and the new
 * input, so they go first in the node list, which ONNX keeps in topological order. Protobuf field
 * numbers are those of onnx.proto ({@link OnnxProto}). Nothing else in the model is changed.
 */
final class ShortlistGraphRewriter {
  /** The added input of the first step: the target ids whose logits the decoder computes. */
  static final String SHORTLIST_IDS = "shortlist_ids";

  /** The gathered projection columns {@code [d, ids]}: first-step output, cached-step input. */
  static final String PRESENT_WEIGHT = "present_shortlist.weight";

  static final String PRESENT_BIAS = "present_shortlist.bias";
  static final String PAST_WEIGHT = "past_shortlist.weight";
  static final String PAST_BIAS = "past_shortlist.bias";


  /** Which decoder a graph is. */
  enum Step {
    /** No cache: computes the cross-attention keys and values, and here the shortlist columns. */
    FIRST,
    /** With the cache of earlier steps. */
    CACHED,
    /** Optimum's merged decoder: an If node with one branch of each kind. */
    MERGED
  }

  private ShortlistGraphRewriter() {}

  /**
   * Returns the model with the restricted output layer and its inputs and outputs.
   *
   * @param model the model file's bytes, from index 0 to the limit (a memory-mapped file, say:
   *     only read, and only until this method returns)
   * @param step which decoder the file is; {@link Step#MERGED} for a merged decoder
   * @return the rewritten model in a direct buffer, which ONNX Runtime reads in place
   * @throws ModelException if the graph's output layer does not have the expected form (e.g. an
   *     int8 decoder, whose MatMul is quantised)
   */
  static ByteBuffer restrictLogits(ByteBuffer model, Step step, String fileName) {
    ProtoMessage root = ProtoMessage.parse(model);
    Field graphField = graphField(root, fileName);
    ProtoMessage graph = ProtoMessage.message(graphField);
    boolean done =
        step == Step.MERGED
            ? rewriteBranches(graph)
            : rewriteGraph(graph, OnnxNames.LOGITS, step, "tarjama/shortlist/", false);
    if (!done) {
      throw new ModelException(
          fileName
              + " cannot take a lexical shortlist: its logits are not Add(MatMul(h, W), bias)"
              + (step == Step.MERGED ? " in both branches of an If node" : "")
              + " (a quantized decoder is not supported)");
    }
    if (step != Step.CACHED) {
      graph.add(GRAPH_INPUT, tensorValue(SHORTLIST_IDS, INT64, "shortlist_size"));
    }
    if (step != Step.FIRST) {
      graph.add(GRAPH_INPUT, floatTensor(PAST_WEIGHT));
      graph.add(GRAPH_INPUT, floatTensor(PAST_BIAS));
    }
    dropShape(graph, OnnxNames.LOGITS);
    root.replace(graphField, graph);
    return root.toDirectBuffer();
  }

  private static boolean rewriteBranches(ProtoMessage graph) {
    for (Field nodeField : graph.fields(GRAPH_NODE)) {
      ProtoMessage node = ProtoMessage.message(nodeField);
      int position = node.strings(NODE_OUTPUT).indexOf(OnnxNames.LOGITS);
      if (!node.string(NODE_OP_TYPE).equals("If") || position < 0) {
        continue;
      }
      int rewritten = 0;
      for (Field attributeField : node.fields(NODE_ATTRIBUTE)) {
        ProtoMessage attribute = ProtoMessage.message(attributeField);
        String name = attribute.string(ATTRIBUTE_NAME);
        if (!name.equals("then_branch") && !name.equals("else_branch")) {
          continue;
        }
        Step step = name.equals("else_branch") ? Step.FIRST : Step.CACHED;
        Field graphField = attribute.fields(ATTRIBUTE_GRAPH).get(0);
        ProtoMessage branch = ProtoMessage.message(graphField);
        List<Field> outputs = branch.fields(GRAPH_OUTPUT);
        if (outputs.size() <= position) {
          return false;
        }
        String logits = ProtoMessage.message(outputs.get(position)).string(VALUE_INFO_NAME);
        if (!rewriteGraph(branch, logits, step, "tarjama/shortlist/" + name + "/", true)) {
          return false;
        }
        dropShape(branch, logits);
        attribute.replace(graphField, branch);
        node.replace(attributeField, attribute);
        rewritten++;
      }
      if (rewritten != 2) {
        return false;
      }
      node.add(NODE_OUTPUT, PRESENT_WEIGHT);
      node.add(NODE_OUTPUT, PRESENT_BIAS);
      graph.replace(nodeField, node);
      graph.add(GRAPH_OUTPUT, floatTensor(PRESENT_WEIGHT));
      graph.add(GRAPH_OUTPUT, floatTensor(PRESENT_BIAS));
      return true;
    }
    return false;
  }

  /**
   * Restricts the output layer that computes {@code logits} in this graph; false if not found.
   *
   * @param branch whether the graph is a branch of the merged decoder, whose outputs must match
   *     the other branch's: both then output the columns (the cached branch passes them through)
   */
  private static boolean rewriteGraph(
      ProtoMessage graph, String logits, Step step, String prefix, boolean branch) {
    Field addField = producer(graph, logits);
    if (addField == null) {
      return false;
    }
    ProtoMessage add = ProtoMessage.message(addField);
    List<String> addInputs = add.strings(NODE_INPUT);
    if (!add.string(NODE_OP_TYPE).equals("Add") || addInputs.size() != 2) {
      return false;
    }
    for (int i = 0; i < 2; i++) {
      Field matMulField = producer(graph, addInputs.get(i));
      if (matMulField == null
          || !ProtoMessage.message(matMulField).string(NODE_OP_TYPE).equals("MatMul")) {
        continue;
      }
      ProtoMessage matMul = ProtoMessage.message(matMulField);
      int biasInput = 1 - i;
      String weight;
      String bias;
      if (step == Step.FIRST) {
        weight = branch ? prefix + "weight" : PRESENT_WEIGHT;
        bias = branch ? prefix + "bias" : PRESENT_BIAS;
        graph.addFirst(
            GRAPH_NODE, gather(matMul.strings(NODE_INPUT).get(1), weight, 1, prefix + "Weight"));
        graph.addFirst(GRAPH_NODE, gather(addInputs.get(biasInput), bias, -1, prefix + "Bias"));
        if (!branch) {
          graph.add(GRAPH_OUTPUT, floatTensor(PRESENT_WEIGHT));
          graph.add(GRAPH_OUTPUT, floatTensor(PRESENT_BIAS));
        }
      } else {
        weight = PAST_WEIGHT;
        bias = PAST_BIAS;
      }
      graph.replace(matMulField, withInput(matMul, 1, weight));
      graph.replace(addField, withInput(add, biasInput, bias));
      if (branch) {
        String weightOut = passThrough(graph, weight, prefix + "weight_out");
        String biasOut = passThrough(graph, bias, prefix + "bias_out");
        graph.add(GRAPH_OUTPUT, floatTensor(weightOut));
        graph.add(GRAPH_OUTPUT, floatTensor(biasOut));
      }
      return true;
    }
    return false;
  }

  /**
   * The name under which a branch outputs {@code value}: itself if the branch computes it, else
   * (an outer-scope input) an Identity copy, since a branch output must be a branch value.
   */
  private static String passThrough(ProtoMessage graph, String value, String copy) {
    if (producer(graph, value) != null) {
      return value;
    }
    graph.add(GRAPH_NODE, identity(value, copy, copy + "/Identity"));
    return copy;
  }

  /**
   * Declares graph output {@code name} as a float tensor of unknown shape: its last dimension was
   * the vocabulary size, and ONNX Runtime checks a pre-allocated output against the declaration.
   */
  private static void dropShape(ProtoMessage graph, String name) {
    for (Field outputField : graph.fields(GRAPH_OUTPUT)) {
      if (ProtoMessage.message(outputField).string(VALUE_INFO_NAME).equals(name)) {
        graph.replace(outputField, floatTensor(name));
      }
    }
  }

  /** The node field that outputs {@code value}, or null. */
  private static Field producer(ProtoMessage graph, String value) {
    for (Field nodeField : graph.fields(GRAPH_NODE)) {
      if (ProtoMessage.message(nodeField).strings(NODE_OUTPUT).contains(value)) {
        return nodeField;
      }
    }
    return null;
  }

  /** A copy of the node with input {@code index} renamed. */
  private static ProtoMessage withInput(ProtoMessage node, int index, String input) {
    Field field = node.fields(NODE_INPUT).get(index);
    node.replaceString(field, input);
    return node;
  }

  private static ProtoMessage gather(String data, String output, long axis, String name) {
    ProtoMessage attribute = ProtoMessage.empty();
    attribute.add(ATTRIBUTE_NAME, "axis");
    attribute.addVarint(ATTRIBUTE_INT, axis);
    attribute.addVarint(ATTRIBUTE_TYPE, ATTRIBUTE_TYPE_INT);
    ProtoMessage node = ProtoMessage.empty();
    node.add(NODE_INPUT, data);
    node.add(NODE_INPUT, SHORTLIST_IDS);
    node.add(NODE_OUTPUT, output);
    node.add(NODE_NAME, name);
    node.add(NODE_OP_TYPE, "Gather");
    node.add(NODE_ATTRIBUTE, attribute);
    return node;
  }
}
