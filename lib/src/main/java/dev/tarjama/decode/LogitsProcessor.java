package dev.tarjama.decode;

/**
 * One rule that changes the scores of a row before the next token is chosen: a Hugging Face {@code
 * LogitsProcessor}, applied row by row.
 *
 * <p>Greedy search applies it to the raw logits, beam search to their log-softmax. Instances are
 * created per search and may keep scratch state, so they are not thread-safe.
 */
interface LogitsProcessor {

  /**
   * Changes the scores of one row in place.
   *
   * @param history the row's decoder tokens, start token first (Hugging Face {@code input_ids})
   * @param length the number of valid tokens in {@code history}
   * @param scores the scores of all rows, row-major
   * @param offset where this row's {@code vocabSize} scores begin
   */
  void process(int[] history, int length, float[] scores, int offset);
}
