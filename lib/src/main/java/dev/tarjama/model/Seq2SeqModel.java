package dev.tarjama.model;

/**
 * An encoder-decoder translation model that a search drives one decoder step at a time.
 *
 * <p>Implementations are thread-safe: each call to {@link #start} returns independent state.
 */
public interface Seq2SeqModel {

  /** Width of the logits that {@link DecoderState#step} returns. */
  int vocabSize();

  /**
   * Encodes a batch of sources once and returns the state for decoding them.
   *
   * <p>Row {@code s * rowsPerSource + r} of the returned state decodes source {@code s}; all {@code
   * rowsPerSource} rows of a source share its encoder states. Sources may have different lengths;
   * the implementation pads them and masks the padding.
   *
   * @param sourceIds token ids of each source, each ending with the end-of-sentence id
   * @param rowsPerSource beams per source; 1 for greedy search
   * @return decoding state; the caller owns it and must close it
   */
  DecoderState start(int[][] sourceIds, int rowsPerSource);
}
