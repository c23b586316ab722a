package dev.tarjama.decode;

/**
 * Bans every token that would repeat an n-gram already in the row (start token included): the
 * tokens that followed an earlier occurrence of the row's last {@code n - 1} tokens. Hugging Face
 * {@code NoRepeatNGramLogitsProcessor} (from fairseq's {@code no_repeat_ngram_size}).
 */
final class NoRepeatNGram implements LogitsProcessor {

  private final int size;

  NoRepeatNGram(int size) {
    this.size = size;
  }

  @Override
  public void process(int[] history, int length, float[] scores, int offset) {
    if (length + 1 < size) {
      return;
    }
    int prefixStart = length + 1 - size;
    for (int start = 0; start + size <= length; start++) {
      if (matches(history, start, prefixStart, size - 1)) {
        scores[offset + history[start + size - 1]] = Float.NEGATIVE_INFINITY;
      }
    }
  }

  private static boolean matches(int[] history, int first, int second, int count) {
    for (int i = 0; i < count; i++) {
      if (history[first + i] != history[second + i]) {
        return false;
      }
    }
    return true;
  }
}
