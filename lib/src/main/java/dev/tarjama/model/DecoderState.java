package dev.tarjama.model;

/**
 * The decoding state of one batch: encoder states, key/value cache and the rows being decoded.
 *
 * <p>Not thread-safe: one search owns it. Closing it releases the native tensors it holds.
 */
public interface DecoderState extends AutoCloseable {

  /** Number of rows currently decoded. */
  int rows();

  /**
   * Runs one decoder step.
   *
   * @param tokens the last token of each row ({@code rows()} values); the first step feeds the
   *     decoder start token
   * @return raw logits, row-major {@code [rows()][vocabSize]}; the caller may change the array,
   *     which stays valid until the next call of {@code step} on this state: an implementation
   *     may reuse it for the next step's logits
   */
  float[] step(int[] tokens);

  /**
   * Reorders the rows after a search step: new row {@code i} continues old row {@code origins[i]}.
   * {@code origins} may be shorter than {@code rows()} (finished rows dropped) and may repeat a row
   * (a beam that spawned two hypotheses). Encoder states follow the rows.
   */
  void reorder(int[] origins);

  /** Releases the native resources; idempotent. */
  @Override
  void close();
}
