package dev.tarjama.align;

/**
 * The per-target-word computation shared by fast_align's E-step, its final Viterbi pass and the
 * alignment of new pairs: {@code p(a_j = i) · t(f_j | e_i)} for NULL (i = 0) and every source
 * position, in fast_align's order of operations ({@code UpdateFromPairs} in {@code fast_align.cc}).
 *
 * <p>Immutable; one instance per tension value. Thread-safe if the table is not being written.
 */
final class AlignmentScorer {

  private final TranslationTable table;
  private final boolean favorDiagonal;
  private final boolean nullWord;
  private final double nullProbability;
  private final double notNullProbability;
  private final double tension;

  AlignmentScorer(
      TranslationTable table,
      boolean favorDiagonal,
      boolean nullWord,
      double nullProbability,
      double tension) {
    this.table = table;
    this.favorDiagonal = favorDiagonal;
    this.nullWord = nullWord;
    this.nullProbability = nullProbability;
    this.notNullProbability = 1.0 - nullProbability;
    this.tension = tension;
  }

  boolean nullWord() {
    return nullWord;
  }

  /** Fills the table slots of one line: row j holds NULL's slot, then each source word's. */
  void lookUpSlots(int[] source, int[] target, int[] slots) {
    int width = source.length + 1;
    for (int j = 0; j < target.length; j++) {
      int base = j * width;
      slots[base] = table.slot(Vocabulary.NULL_ID, target[j]);
      for (int i = 0; i < source.length; i++) {
        slots[base + 1 + i] = table.slot(source[i], target[j]);
      }
    }
  }

  /**
   * Sets {@code probs[0..n]} for target position {@code j} (0-based) and returns their sum;
   * {@code probs[0]} is NULL's and is left alone without a NULL word. The line's slots start at
   * {@code slots[offset]}, laid out as {@link #lookUpSlots} fills them.
   */
  double score(int j, int m, int n, int[] slots, int offset, double[] probs) {
    int base = offset + j * (n + 1);
    double sum = 0;
    double probAi = 1.0 / (n + (nullWord ? 1 : 0));
    if (nullWord) {
      if (favorDiagonal) {
        probAi = nullProbability;
      }
      probs[0] = table.prob(slots[base]) * probAi;
      sum += probs[0];
    }
    double az = 0;
    if (favorDiagonal) {
      az = DiagonalPrior.computeZ(j + 1, m, n, tension) / notNullProbability;
    }
    for (int i = 1; i <= n; i++) {
      if (favorDiagonal) {
        probAi = DiagonalPrior.unnormalizedProb(j + 1, i, m, n, tension) / az;
      }
      probs[i] = table.prob(slots[base + i]) * probAi;
      sum += probs[i];
    }
    return sum;
  }

  /**
   * The Viterbi choice for one target word: 0 for NULL, else the 1-based source position. A source
   * position must be strictly more probable to win, so the first maximum wins and NULL wins ties.
   */
  int best(int n, double[] probs) {
    double max = -1;
    int best = -1;
    if (nullWord) {
      best = 0;
      max = probs[0];
    }
    for (int i = 1; i <= n; i++) {
      if (probs[i] > max) {
        best = i;
        max = probs[i];
      }
    }
    return best;
  }
}
