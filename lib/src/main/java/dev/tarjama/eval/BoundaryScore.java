package dev.tarjama.eval;

/**
 * Precision, recall and F1 of predicted sentence boundaries against gold boundaries.
 *
 * <p>Counts add up over documents with {@link #plus}, which gives micro-averaged scores. When a
 * denominator is 0 the ratio is 0, except that no gold and no predicted boundaries is a perfect
 * score (1, 1, 1).
 *
 * @param matched boundaries both predicted and gold (true positives)
 * @param predicted predicted boundaries
 * @param gold gold boundaries
 */
public record BoundaryScore(int matched, int predicted, int gold) {

  /** Checks that the counts are consistent: 0 <= matched <= min(predicted, gold). */
  public BoundaryScore {
    if (matched < 0 || matched > predicted || matched > gold) {
      throw new IllegalArgumentException(
          "need 0 <= matched <= predicted, gold; got matched=" + matched + ", predicted="
              + predicted + ", gold=" + gold);
    }
  }

  /** {@code matched / predicted}. */
  public double precision() {
    return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / predicted;
  }

  /** {@code matched / gold}. */
  public double recall() {
    return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) matched / gold;
  }

  /** The harmonic mean {@code 2PR / (P + R)}, 0 when P + R is 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The counts of both, for micro-averaging over documents. */
  public BoundaryScore plus(BoundaryScore other) {
    return new BoundaryScore(
        matched + other.matched, predicted + other.predicted, gold + other.gold);
  }
}
