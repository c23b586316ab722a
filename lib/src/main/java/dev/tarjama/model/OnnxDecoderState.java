package dev.tarjama.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession.Result;
import dev.tarjama.model.OnnxNames.CacheKind;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decoding state of one batch on ONNX Runtime: encoder states per source, the source of each row
 * and the {@link KvCache}.
 *
 * <p>When every row of a source feeds the same token to the first step (beam search starts all
 * beams from the decoder start token), that step runs on one row per source and its logits and
 * cache are then repeated for the other rows: the cross-attention keys and values, the costliest
 * part of the first step, are computed once per source instead of once per beam.
 *
 * <p>Not thread-safe; owned by one search. {@link #close} releases every tensor it holds.
 */
final class OnnxDecoderState implements DecoderState {
  private final OnnxMarianModel model;
  private final OrtEnvironment env;
  private final ModelConfig config;
  private final int sourceLength;
  private final KvCache cache;
  private final int sources;
  private final float[] hidden;
  private final long[] mask;
  private int[] rowSource;
  private OnnxTensor hiddenTensor;
  private OnnxTensor maskTensor;
  private boolean closed;

  /**
   * Native memory ONNX Runtime writes the logits into, and the array they are returned in: both
   * reused from step to step (16 MiB per step at 64 rows of OPUS-MT's vocabulary, which were two
   * fresh copies per step before: {@code getFloatBuffer} copies to the heap, then to an array).
   */
  private FloatBuffer logitsBuffer;

  private float[] logits;

  /** The batch's shortlist (ascending target ids), or null: the decoder computes every logit. */
  private final int[] shortlistIds;

  private OnnxTensor shortlistTensor;

  /** The projection columns and bias of the shortlist, output by the first step; or null. */
  private OnnxTensor shortlistWeight;

  private OnnxTensor shortlistBias;

  /**
   * @param hidden encoder output of each source, {@code [sources][sourceLength][dModel]}
   * @param mask source attention mask, {@code [sources][sourceLength]}
   * @param rowsPerSource decoder rows of each source: row {@code r} decodes source {@code r /
   *     rowsPerSource}
   * @param shortlistIds ascending target ids whose logits the (rewritten) decoder computes, or null
   *     for a decoder that computes them all
   */
  OnnxDecoderState(
      OnnxMarianModel model,
      float[] hidden,
      long[] mask,
      int sourceLength,
      int rowsPerSource,
      int[] shortlistIds) {
    this.shortlistIds = shortlistIds;
    this.model = model;
    this.env = model.env();
    this.config = model.config();
    this.sourceLength = sourceLength;
    this.cache = new KvCache(config.decoderLayers());
    this.hidden = hidden;
    this.mask = mask;
    this.sources = mask.length / sourceLength;
    this.rowSource = new int[sources * rowsPerSource];
    for (int r = 0; r < rowSource.length; r++) {
      rowSource[r] = r / rowsPerSource;
    }
  }

  @Override
  public int rows() {
    return rowSource.length;
  }

  @Override
  public float[] step(int[] tokens) {
    checkOpen();
    Objects.requireNonNull(tokens, "tokens");
    int rows = rows();
    if (tokens.length != rows) {
      throw new IllegalArgumentException(
          "tokens must hold one id per row: rows=" + rows + ", got " + tokens.length);
    }
    if (cache.isEmpty() && rows > sources && sameTokenPerSource(tokens)) {
      return firstStepPerSource(tokens);
    }
    return run(tokens);
  }

  private boolean sameTokenPerSource(int[] tokens) {
    for (int r = 0; r < tokens.length; r++) {
      if (rowSource[r] != r * sources / tokens.length || tokens[r] != tokens[firstRowOf(r)]) {
        return false;
      }
    }
    return true;
  }

  private int firstRowOf(int row) {
    return rowSource[row] * (rowSource.length / sources);
  }

  /** The first step on one row per source, its logits and cache then repeated for every row. */
  private float[] firstStepPerSource(int[] tokens) {
    int[] expanded = rowSource;
    int[] perSource = new int[sources];
    int[] sourceTokens = new int[sources];
    for (int s = 0; s < sources; s++) {
      perSource[s] = s;
      sourceTokens[s] = tokens[s * (expanded.length / sources)];
    }
    rowSource = perSource;
    float[] sourceLogits;
    try {
      sourceLogits = run(sourceTokens);
      cache.reorder(model, expanded, true);
    } catch (OrtException e) {
      throw new ModelException("cannot expand the decoder cache: " + e.getMessage(), e);
    } finally {
      rowSource = expanded;
      closeEncoderTensors();
    }
    int vocab = config.vocabSize();
    float[] rowLogits = new float[expanded.length * vocab];
    for (int r = 0; r < expanded.length; r++) {
      System.arraycopy(sourceLogits, expanded[r] * vocab, rowLogits, r * vocab, vocab);
    }
    logits = rowLogits;
    return rowLogits;
  }

  private float[] run(int[] tokens) {
    int rows = tokens.length;
    boolean first = cache.isEmpty();
    List<OnnxTensor> stepTensors = new ArrayList<>();
    try {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      long[] ids = new long[rows];
      for (int r = 0; r < rows; r++) {
        ids[r] = tokens[r];
      }
      inputs.put(OnnxNames.INPUT_IDS, keep(stepTensors, Tensors.longs(env, ids, rows, 1)));
      inputs.put(OnnxNames.ENCODER_ATTENTION_MASK, maskTensor());
      inputs.put(OnnxNames.ENCODER_HIDDEN_STATES, hiddenTensor());
      if (shortlistIds != null) {
        addShortlistInputs(inputs, stepTensors, first);
      }
      boolean merged = model.decoderInputs(first).contains(OnnxNames.USE_CACHE_BRANCH);
      if (merged) {
        inputs.put(
            OnnxNames.USE_CACHE_BRANCH,
            keep(stepTensors, OnnxTensor.createTensor(env, new boolean[] {!first})));
      }
      if (!first) {
        cache.addPastInputs(inputs);
      } else if (OnnxMarianModel.declaresPast(model.decoderInputs(true))) {
        addDummyPast(inputs, stepTensors, rows);
      }
      Map<String, OnnxTensor> pinned = new HashMap<>();
      if (model.logitsWidthChecked()) {
        pinned.put(OnnxNames.LOGITS, keep(stepTensors, logitsOutput(rows)));
      }
      Result result = model.runDecoder(first, inputs, pinned);
      return takeOutputs(result, first, rows, !pinned.isEmpty());
    } catch (OrtException e) {
      throw new ModelException(
          "decoder " + model.decoderFile(first) + " failed: " + e.getMessage(), e);
    } finally {
      stepTensors.forEach(OnnxTensor::close);
    }
  }

  /**
   * The merged decoder declares past inputs even for its first step, where its no-cache branch
   * ignores them; Optimum feeds zeros with one position, and so do we.
   */
  private void addDummyPast(Map<String, OnnxTensor> inputs, List<OnnxTensor> owned, int rows)
      throws OrtException {
    OnnxTensor zeros =
        keep(owned, Tensors.zeros(env, rows, config.decoderHeads(), 1, config.headDim()));
    for (int layer = 0; layer < config.decoderLayers(); layer++) {
      for (CacheKind kind : CacheKind.values()) {
        inputs.put(kind.pastName(layer), zeros);
      }
    }
  }

  /**
   * Reads the logits and moves the present keys and values into the cache. The result is not closed
   * as a whole: its values are closed one by one, the cache keeping those it needs, so the cache
   * never has to be copied.
   */
  private float[] takeOutputs(Result result, boolean first, int rows, boolean pinned) {
    Map<String, OnnxValue> outputs = new HashMap<>();
    result.forEach(entry -> outputs.put(entry.getKey(), entry.getValue()));
    try {
      OnnxTensor logitsTensor = (OnnxTensor) outputs.remove(OnnxNames.LOGITS);
      long[] shape = logitsTensor.getInfo().getShape();
      if (shape[shape.length - 1] != width()) {
        throw new ModelException(
            model.decoderFile(first)
                + " produces logits of width "
                + shape[shape.length - 1]
                + (shortlistIds == null
                    ? " but config.json says vocab_size=" + config.vocabSize()
                    : " but the batch's lexical shortlist holds " + width() + " ids"));
      }
      float[] logits = logitsArray(rows);
      FloatBuffer values = pinned ? logitsBuffer : logitsTensor.getFloatBuffer();
      if (shortlistIds == null) {
        values.get(0, logits);
      } else {
        scatter(values, rows, logits);
      }
      if (!pinned) {
        logitsTensor.close();
      }
      if (shortlistIds != null && first) {
        // Later steps' copies (the merged decoder passes them through) are closed with the rest.
        takeShortlistOutputs(outputs);
      }
      for (int layer = 0; layer < config.decoderLayers(); layer++) {
        for (CacheKind kind : CacheKind.values()) {
          OnnxValue present = outputs.remove(kind.presentName(layer));
          if (present == null) {
            continue;
          }
          if (kind.isEncoder() && !first) {
            present.close();
          } else {
            cache.replace(kind, layer, (OnnxTensor) present);
          }
        }
      }
      return logits;
    } finally {
      outputs.values().forEach(OnnxValue::close);
    }
  }

  @Override
  public void reorder(int[] origins) {
    checkOpen();
    Objects.requireNonNull(origins, "origins");
    int rows = rows();
    int[] newSource = new int[origins.length];
    boolean identity = origins.length == rows;
    for (int i = 0; i < origins.length; i++) {
      if (origins[i] < 0 || origins[i] >= rows) {
        throw new IllegalArgumentException(
            "origins[" + i + "]=" + origins[i] + " is not a row in [0, " + rows + ")");
      }
      newSource[i] = rowSource[origins[i]];
      identity &= origins[i] == i;
    }
    if (identity) {
      return;
    }
    boolean sameSources = java.util.Arrays.equals(newSource, rowSource);
    try {
      if (!cache.isEmpty()) {
        cache.reorder(model, origins, !sameSources);
      }
    } catch (OrtException e) {
      throw new ModelException("cannot reorder the decoder cache: " + e.getMessage(), e);
    }
    if (!sameSources) {
      closeEncoderTensors();
    }
    rowSource = newSource;
  }

  /**
   * The first step takes the shortlist's ids and returns its columns of the output layer; later
   * steps take those columns back. The merged decoder declares both kinds of input in every step;
   * a branch ignores the other's, which get a one-value placeholder.
   */
  private void addShortlistInputs(
      Map<String, OnnxTensor> inputs, List<OnnxTensor> stepTensors, boolean first)
      throws OrtException {
    inputs.put(ShortlistGraphRewriter.SHORTLIST_IDS, shortlistTensor());
    if (first) {
      OnnxTensor unused = keep(stepTensors, Tensors.zeros(env, 1, 1));
      inputs.put(ShortlistGraphRewriter.PAST_WEIGHT, unused);
      inputs.put(ShortlistGraphRewriter.PAST_BIAS, unused);
    } else {
      inputs.put(ShortlistGraphRewriter.PAST_WEIGHT, shortlistWeight);
      inputs.put(ShortlistGraphRewriter.PAST_BIAS, shortlistBias);
    }
  }

  /** Keeps the first step's shortlist columns for the later steps. */
  private void takeShortlistOutputs(Map<String, OnnxValue> outputs) {
    OnnxValue weight = outputs.remove(ShortlistGraphRewriter.PRESENT_WEIGHT);
    OnnxValue bias = outputs.remove(ShortlistGraphRewriter.PRESENT_BIAS);
    if (weight == null || bias == null) {
      throw new ModelException(
          "the decoder rewritten for a lexical shortlist has no output "
              + ShortlistGraphRewriter.PRESENT_WEIGHT);
    }
    shortlistWeight = (OnnxTensor) weight;
    shortlistBias = (OnnxTensor) bias;
  }

  /** Logits per row that the decoder computes: the vocabulary, or the batch's shortlist. */
  private int width() {
    return shortlistIds == null ? config.vocabSize() : shortlistIds.length;
  }

  /**
   * Spreads the shortlist's logits over full vocabulary rows, {@code -Infinity} elsewhere: the
   * ids outside the shortlist get probability 0 and are never selected.
   */
  private void scatter(FloatBuffer values, int rows, float[] logits) {
    int vocab = config.vocabSize();
    int width = shortlistIds.length;
    java.util.Arrays.fill(logits, 0, rows * vocab, Float.NEGATIVE_INFINITY);
    for (int r = 0; r < rows; r++) {
      for (int k = 0; k < width; k++) {
        logits[r * vocab + shortlistIds[k]] = values.get(r * width + k);
      }
    }
  }

  private OnnxTensor shortlistTensor() throws OrtException {
    if (shortlistTensor == null) {
      long[] ids = new long[shortlistIds.length];
      for (int k = 0; k < ids.length; k++) {
        ids[k] = shortlistIds[k];
      }
      shortlistTensor = Tensors.longs(env, ids, ids.length);
    }
    return shortlistTensor;
  }

  /** A logits tensor {@code [rows, 1, width]} over the reused native buffer; caller closes it. */
  private OnnxTensor logitsOutput(int rows) throws OrtException {
    int size = rows * width();
    if (logitsBuffer == null || logitsBuffer.capacity() < size) {
      logitsBuffer =
          ByteBuffer.allocateDirect(size * Float.BYTES)
              .order(ByteOrder.nativeOrder())
              .asFloatBuffer();
    }
    FloatBuffer view = logitsBuffer.duplicate().clear().limit(size).slice();
    return OnnxTensor.createTensor(env, view, new long[] {rows, 1, width()});
  }

  /** The array a step returns, reused while the row count stays the same. */
  private float[] logitsArray(int rows) {
    int size = rows * config.vocabSize();
    if (logits == null || logits.length != size) {
      logits = new float[size];
    }
    return logits;
  }

  private OnnxTensor hiddenTensor() throws OrtException {
    if (hiddenTensor == null) {
      // Straight into native memory: at beam 4 x 16 rows a Java copy would be another 20 MiB.
      FloatBuffer rowHidden =
          Tensors.gatherRowsDirect(hidden, sourceLength * config.dModel(), rowSource);
      long[] shape = {rows(), sourceLength, config.dModel()};
      hiddenTensor = OnnxTensor.createTensor(env, rowHidden, shape);
    }
    return hiddenTensor;
  }

  private OnnxTensor maskTensor() throws OrtException {
    if (maskTensor == null) {
      long[] rowMask =
          rows() == sources && isIdentity(rowSource)
              ? mask
              : Tensors.gatherRows(mask, sourceLength, rowSource);
      maskTensor = Tensors.longs(env, rowMask, rows(), sourceLength);
    }
    return maskTensor;
  }

  private static boolean isIdentity(int[] order) {
    for (int i = 0; i < order.length; i++) {
      if (order[i] != i) {
        return false;
      }
    }
    return true;
  }

  private static OnnxTensor keep(List<OnnxTensor> owned, OnnxTensor tensor) {
    owned.add(tensor);
    return tensor;
  }

  private void closeEncoderTensors() {
    if (hiddenTensor != null) {
      hiddenTensor.close();
      hiddenTensor = null;
    }
    if (maskTensor != null) {
      maskTensor.close();
      maskTensor = null;
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("decoder state is closed");
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    cache.close();
    closeEncoderTensors();
    for (OnnxTensor tensor : new OnnxTensor[] {shortlistTensor, shortlistWeight, shortlistBias}) {
      if (tensor != null) {
        tensor.close();
      }
    }
  }
}
