package dev.tarjama.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import dev.tarjama.model.OnnxNames.CacheKind;
import java.util.Map;

/**
 * The past keys and values of every decoder layer: self-attention ones that grow by one position
 * each step and cross-attention ones computed once from the source.
 *
 * <p>Owns its tensors: replacing or reordering a generation closes the one it replaces. The tensors
 * are kept as ONNX Runtime returned them, so a step that keeps every row copies nothing, and a
 * reorder gathers rows inside ONNX Runtime, never through Java arrays. Not
 * thread-safe.
 */
final class KvCache implements AutoCloseable {
  private static final CacheKind[] KINDS = CacheKind.values();

  private final int layers;
  private final OnnxTensor[] tensors;

  KvCache(int layers) {
    this.layers = layers;
    this.tensors = new OnnxTensor[layers * KINDS.length];
  }

  boolean isEmpty() {
    return tensors[0] == null;
  }

  /** Takes ownership of {@code tensor} and closes the one it replaces. */
  void replace(CacheKind kind, int layer, OnnxTensor tensor) {
    int slot = slot(kind, layer);
    OnnxTensor old = tensors[slot];
    tensors[slot] = tensor;
    if (old != null && old != tensor) {
      old.close();
    }
  }

  /** Adds the {@code past_key_values.*} inputs; the tensors stay owned by this cache. */
  void addPastInputs(Map<String, OnnxTensor> inputs) {
    for (int layer = 0; layer < layers; layer++) {
      for (CacheKind kind : KINDS) {
        inputs.put(kind.pastName(layer), tensors[slot(kind, layer)]);
      }
    }
  }

  /**
   * Keeps the rows in the given order (see {@link DecoderState#reorder}).
   *
   * @param includeEncoder whether the cross-attention entries change too; they do not when every
   *     new row decodes the same source as the old row it continues
   */
  void reorder(OnnxMarianModel model, int[] origins, boolean includeEncoder) throws OrtException {
    long[] rows = new long[origins.length];
    for (int i = 0; i < origins.length; i++) {
      rows[i] = origins[i];
    }
    try (OnnxTensor indices = Tensors.longs(model.env(), rows, rows.length)) {
      for (int layer = 0; layer < layers; layer++) {
        for (CacheKind kind : KINDS) {
          if (kind.isEncoder() && !includeEncoder) {
            continue;
          }
          replace(kind, layer, model.gatherRows(tensors[slot(kind, layer)], indices));
        }
      }
    }
  }

  @Override
  public void close() {
    for (int i = 0; i < tensors.length; i++) {
      if (tensors[i] != null) {
        tensors[i].close();
        tensors[i] = null;
      }
    }
  }

  private int slot(CacheKind kind, int layer) {
    return layer * KINDS.length + kind.ordinal();
  }
}
