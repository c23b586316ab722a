package dev.tarjama.decode;

/**
 * Partial selection of the {@code k} largest scores, sorted, without sorting the whole vocabulary:
 * the step of {@code torch.topk(..., largest=True, sorted=True)} in Hugging Face's beam search.
 *
 * <p>Equal scores keep the order they were offered in (lower index first); {@code torch.topk} does
 * not specify an order for ties. NaN is never selected once {@code k} values are held. Reused
 * across steps; not thread-safe.
 */
final class TopK {

  private final int k;
  private final float[] values;
  private final int[] indices;
  private int count;

  TopK(int k) {
    this.k = k;
    this.values = new float[k];
    this.indices = new int[k];
  }

  void clear() {
    count = 0;
  }

  /** Number of values held, at most {@code k}. */
  int count() {
    return count;
  }

  /** The value of the given rank, 0 being the largest. */
  float value(int rank) {
    return values[rank];
  }

  /** The index offered with the value of the given rank. */
  int index(int rank) {
    return indices[rank];
  }

  /**
   * Offers {@code scores[offset + i] + add} with index {@code indexBase + i} for each {@code i <
   * length}. The addition is in float, as PyTorch adds the beam score to a float32 tensor.
   */
  void offer(float[] scores, int offset, int length, float add, int indexBase) {
    for (int i = 0; i < length; i++) {
      float value = scores[offset + i] + add;
      if (count == k && !(value > values[k - 1])) {
        continue;
      }
      insert(value, indexBase + i);
    }
  }

  private void insert(float value, int index) {
    int position = count < k ? count++ : k - 1;
    while (position > 0 && values[position - 1] < value) {
      values[position] = values[position - 1];
      indices[position] = indices[position - 1];
      position--;
    }
    values[position] = value;
    indices[position] = index;
  }
}
