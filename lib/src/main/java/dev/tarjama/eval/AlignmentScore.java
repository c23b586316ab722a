package dev.tarjama.eval;

/**
 * Alignment precision, recall and alignment error rate against sure and possible gold links (Och &
 * Ney 2003, "A Systematic Comparison of Various Statistical Alignment Models", Computational
 * Linguistics 29(1), section 5):
 *
 * <pre>
 * precision = |A ∩ P| / |A|      recall = |A ∩ S| / |S|
 * AER       = 1 − (|A ∩ S| + |A ∩ P|) / (|A| + |S|)
 * </pre>
 *
 * <p>where A is the predicted alignment, S the sure links and P the possible links (S ⊆ P). Counts
 * add up over sentences with {@link #plus}, which gives the corpus-level figures Och & Ney report.
 * An empty denominator gives 0, except that an empty alignment against an empty gold is perfect
 * (precision and recall 1, AER 0).
 *
 * @param aligned |A|, the predicted links
 * @param sure |S|, the sure gold links
 * @param alignedSure |A ∩ S|
 * @param alignedPossible |A ∩ P|
 */
public record AlignmentScore(int aligned, int sure, int alignedSure, int alignedPossible) {

  /** Checks the counts: |A ∩ S| <= |A ∩ P| <= |A| and |A ∩ S| <= |S|. */
  public AlignmentScore {
    if (alignedSure < 0 || alignedSure > alignedPossible || alignedPossible > aligned
        || alignedSure > sure) {
      throw new IllegalArgumentException(
          "need 0 <= alignedSure <= alignedPossible <= aligned and alignedSure <= sure; got aligned="
              + aligned + ", sure=" + sure + ", alignedSure=" + alignedSure + ", alignedPossible="
              + alignedPossible);
    }
  }

  /** {@code |A ∩ P| / |A|}. */
  public double precision() {
    return aligned == 0 ? (sure == 0 ? 1 : 0) : (double) alignedPossible / aligned;
  }

  /** {@code |A ∩ S| / |S|}. */
  public double recall() {
    return sure == 0 ? (aligned == 0 ? 1 : 0) : (double) alignedSure / sure;
  }

  /** {@code 1 − (|A ∩ S| + |A ∩ P|) / (|A| + |S|)}; lower is better. */
  public double errorRate() {
    int denominator = aligned + sure;
    return denominator == 0 ? 0 : 1 - (double) (alignedSure + alignedPossible) / denominator;
  }

  /** The counts of both, for corpus-level figures. */
  public AlignmentScore plus(AlignmentScore other) {
    return new AlignmentScore(
        aligned + other.aligned,
        sure + other.sure,
        alignedSure + other.alignedSure,
        alignedPossible + other.alignedPossible);
  }
}
