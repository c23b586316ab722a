package dev.tarjama.decode;

import java.util.Arrays;

/**
 * When the row is one token short of the maximum length, sets every score to minus infinity and the
 * eos score to 0, so the last token is eos: Hugging Face {@code ForcedEOSTokenLogitsProcessor}.
 */
final class ForcedEos implements LogitsProcessor {

  private final int maxLength;
  private final int eosId;
  private final int vocabSize;

  ForcedEos(int maxLength, int eosId, int vocabSize) {
    this.maxLength = maxLength;
    this.eosId = eosId;
    this.vocabSize = vocabSize;
  }

  @Override
  public void process(int[] history, int length, float[] scores, int offset) {
    if (length == maxLength - 1) {
      Arrays.fill(scores, offset, offset + vocabSize, Float.NEGATIVE_INFINITY);
      scores[offset + eosId] = 0f;
    }
  }
}
