package dev.tarjama.model;

import dev.tarjama.model.ProtoMessage.Field;
import java.util.List;

/**
 * The protobuf field numbers of onnx.proto that the graph rewriters read and write, and the small
 * messages they build from them. One place for the schema, so that {@link AttentionGraphRewriter}
 * and {@link ShortlistGraphRewriter} cannot disagree about it.
 */
final class OnnxProto {
  static final int MODEL_GRAPH = 7;

  static final int GRAPH_NODE = 1;
  static final int GRAPH_INPUT = 11;
  static final int GRAPH_OUTPUT = 12;

  static final int NODE_INPUT = 1;
  static final int NODE_OUTPUT = 2;
  static final int NODE_NAME = 3;
  static final int NODE_OP_TYPE = 4;
  static final int NODE_ATTRIBUTE = 5;

  static final int ATTRIBUTE_NAME = 1;
  static final int ATTRIBUTE_INT = 3;
  static final int ATTRIBUTE_GRAPH = 6;
  static final int ATTRIBUTE_TYPE = 20;

  /** {@code AttributeProto.AttributeType.INT}. */
  static final int ATTRIBUTE_TYPE_INT = 2;

  static final int VALUE_INFO_NAME = 1;
  static final int VALUE_INFO_TYPE = 2;
  static final int TYPE_TENSOR = 1;
  static final int TENSOR_ELEM_TYPE = 1;
  static final int TENSOR_SHAPE = 2;
  static final int SHAPE_DIM = 1;
  static final int DIM_PARAM = 2;

  /** {@code TensorProto.DataType.FLOAT}. */
  static final int FLOAT = 1;

  /** {@code TensorProto.DataType.INT64}. */
  static final int INT64 = 7;

  private OnnxProto() {}

  /**
   * The model's one graph field.
   *
   * @throws ModelException naming the file if the model holds no graph or more than one
   */
  static Field graphField(ProtoMessage model, String fileName) {
    List<Field> graphs = model.fields(MODEL_GRAPH);
    if (graphs.size() != 1) {
      throw new ModelException(fileName + " holds no ONNX graph");
    }
    return graphs.get(0);
  }

  /** A node {@code output = Identity(input)}. */
  static ProtoMessage identity(String input, String output, String name) {
    ProtoMessage node = ProtoMessage.empty();
    node.add(NODE_INPUT, input);
    node.add(NODE_OUTPUT, output);
    node.add(NODE_NAME, name);
    node.add(NODE_OP_TYPE, "Identity");
    return node;
  }

  /** A float tensor value without a declared shape. */
  static ProtoMessage floatTensor(String name) {
    return tensorValue(name, FLOAT, null);
  }

  /** A tensor value of an element type, one dimension named {@code dim}, or no shape if null. */
  static ProtoMessage tensorValue(String name, int elementType, String dim) {
    ProtoMessage tensor = ProtoMessage.empty();
    tensor.addVarint(TENSOR_ELEM_TYPE, elementType);
    if (dim != null) {
      ProtoMessage dimension = ProtoMessage.empty();
      dimension.add(DIM_PARAM, dim);
      ProtoMessage shape = ProtoMessage.empty();
      shape.add(SHAPE_DIM, dimension);
      tensor.add(TENSOR_SHAPE, shape);
    }
    ProtoMessage type = ProtoMessage.empty();
    type.add(TYPE_TENSOR, tensor);
    ProtoMessage info = ProtoMessage.empty();
    info.add(VALUE_INFO_NAME, name);
    info.add(VALUE_INFO_TYPE, type);
    return info;
  }
}
