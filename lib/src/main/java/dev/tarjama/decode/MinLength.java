package dev.tarjama.decode;

/**
 * Bans eos while the row, start token included, is shorter than the minimum length: Hugging Face
 * {@code MinLengthLogitsProcessor}.
 */
final class MinLength implements LogitsProcessor {

  private final int minLength;
  private final int eosId;

  MinLength(int minLength, int eosId) {
    this.minLength = minLength;
    this.eosId = eosId;
  }

  @Override
  public void process(int[] history, int length, float[] scores, int offset) {
    if (length < minLength) {
      scores[offset + eosId] = Float.NEGATIVE_INFINITY;
    }
  }
}
