package dev.tarjama.decode;

/** Row operations on float score arrays laid out row-major, {@code [rows][vocabSize]}. */
final class Scores {

  private Scores() {}

  /**
   * Replaces a row by its log-softmax, {@code x - max - log(sum(exp(x - max)))} as {@code
   * torch.log_softmax} computes it; the sum is kept in double.
   */
  static void logSoftmax(float[] scores, int offset, int length) {
    float max = max(scores, offset, length);
    double logSum = Math.log(sumExp(scores, offset, length, max));
    for (int i = offset; i < offset + length; i++) {
      scores[i] = (float) ((scores[i] - max) - logSum);
    }
  }

  /** The log-softmax of one entry of a row, without changing the row. */
  static double logSoftmaxAt(float[] scores, int offset, int length, int index) {
    float max = max(scores, offset, length);
    return (scores[offset + index] - max) - Math.log(sumExp(scores, offset, length, max));
  }

  /** The index within the row of its largest value, the first one on ties, as torch.argmax. */
  static int argmax(float[] scores, int offset, int length) {
    int best = 0;
    for (int i = 1; i < length; i++) {
      if (scores[offset + i] > scores[offset + best]) {
        best = i;
      }
    }
    return best;
  }

  private static float max(float[] scores, int offset, int length) {
    float max = Float.NEGATIVE_INFINITY;
    for (int i = offset; i < offset + length; i++) {
      if (scores[i] > max) {
        max = scores[i];
      }
    }
    return max;
  }

  /**
   * The sum of {@code exp(x - max)} over a row. Entries at {@code -Infinity} (banned tokens, and
   * every id outside a lexical shortlist) add exactly 0 and are skipped: the exp call is most of
   * a search step's Java time.
   */
  private static double sumExp(float[] scores, int offset, int length, float max) {
    double sum = 0;
    float floor = max - NEGLIGIBLE_BELOW_MAX;
    for (int i = offset; i < offset + length; i++) {
      float x = scores[i];
      if (x > floor) {
        sum += Math.exp(x - max);
      }
    }
    return sum;
  }

  /**
   * Entries more than this below the row's maximum are left out of the sum: each adds less than
   * {@code e^-64 = 1.6e-28} to a sum that is at least 1 (the maximum's own term), so even 10^6 of
   * them change it by less than 2e-22, far below float32 resolution (6e-8).
   */
  private static final float NEGLIGIBLE_BELOW_MAX = 64f;
}
