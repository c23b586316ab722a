package dev.tarjama.model;

/**
 * The cross-attention probabilities of every decoder layer and head for one forced-decoded pair:
 * row {@code t} is the decoder position that predicts target token {@code t}, column {@code s} the
 * source token {@code s} (end-of-sentence included). Immutable; accessors copy.
 */
public final class CrossAttention {
  private final int layers;
  private final int heads;
  private final int targetLength;
  private final int sourceLength;
  private final float[][] values;

  CrossAttention(int layers, int heads, int targetLength, int sourceLength, float[][] values) {
    this.layers = layers;
    this.heads = heads;
    this.targetLength = targetLength;
    this.sourceLength = sourceLength;
    this.values = values;
  }

  public int layers() {
    return layers;
  }

  public int heads() {
    return heads;
  }

  /** Target tokens, end-of-sentence included. */
  public int targetLength() {
    return targetLength;
  }

  /** Source tokens, end-of-sentence included. */
  public int sourceLength() {
    return sourceLength;
  }

  /** The probability head {@code head} of layer {@code layer} gives source {@code s} at {@code t}. */
  public float weight(int layer, int head, int t, int s) {
    if (layer < 0 || layer >= layers || head < 0 || head >= heads) {
      throw new IndexOutOfBoundsException("layer=" + layer + ", head=" + head);
    }
    if (t < 0 || t >= targetLength || s < 0 || s >= sourceLength) {
      throw new IndexOutOfBoundsException("t=" + t + ", s=" + s);
    }
    return values[layer][(head * targetLength + t) * sourceLength + s];
  }

  /**
   * The {@code [targetLength][sourceLength]} matrix of one head, or the mean of all heads when
   * {@code head} is -1, of one layer, or the mean of all layers when {@code layer} is -1; the
   * caller owns the arrays.
   */
  public float[][] matrix(int layer, int head) {
    if (head < -1 || head >= heads || layer < -1 || layer >= layers) {
      throw new IndexOutOfBoundsException("layer=" + layer + ", head=" + head);
    }
    float[][] matrix = new float[targetLength][sourceLength];
    int fromLayer = layer < 0 ? 0 : layer;
    int toLayer = layer < 0 ? layers : layer + 1;
    int from = head < 0 ? 0 : head;
    int to = head < 0 ? heads : head + 1;
    float share = 1f / ((to - from) * (toLayer - fromLayer));
    for (int l = fromLayer; l < toLayer; l++) {
      for (int h = from; h < to; h++) {
        for (int t = 0; t < targetLength; t++) {
          for (int s = 0; s < sourceLength; s++) {
            matrix[t][s] += values[l][(h * targetLength + t) * sourceLength + s] * share;
          }
        }
      }
    }
    return matrix;
  }
}
