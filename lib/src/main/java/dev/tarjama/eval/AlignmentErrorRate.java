package dev.tarjama.eval;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Scores a word alignment against gold sure and possible links; see {@link AlignmentScore} for
 * the formulas (Och & Ney 2003). Stateless and thread-safe.
 */
public final class AlignmentErrorRate {

  /**
   * A link between a source word and a target word, by 0-based word index.
   *
   * @param sourceWord the source word index, >= 0
   * @param targetWord the target word index, >= 0
   */
  public record Link(int sourceWord, int targetWord) {
    /** Checks that both indices are >= 0. */
    public Link {
      if (sourceWord < 0 || targetWord < 0) {
        throw new IllegalArgumentException(
            "word indices must be >= 0, got sourceWord=" + sourceWord + ", targetWord="
                + targetWord);
      }
    }
  }

  private AlignmentErrorRate() {}

  /**
   * Scores one sentence pair. Duplicate links count once; sure links are possible links too, as
   * Och & Ney define S ⊆ P, so a sure link missing from {@code possible} is added to it.
   *
   * @param sure the sure gold links S
   * @param possible the possible gold links P
   * @param alignment the predicted links A
   */
  public static AlignmentScore score(
      Collection<Link> sure, Collection<Link> possible, Collection<Link> alignment) {
    Set<Link> sureSet = new HashSet<>(Objects.requireNonNull(sure, "sure"));
    Set<Link> possibleSet = new HashSet<>(Objects.requireNonNull(possible, "possible"));
    possibleSet.addAll(sureSet);
    Set<Link> alignmentSet = new HashSet<>(Objects.requireNonNull(alignment, "alignment"));
    int alignedSure = 0;
    int alignedPossible = 0;
    for (Link link : alignmentSet) {
      if (sureSet.contains(link)) {
        alignedSure++;
      }
      if (possibleSet.contains(link)) {
        alignedPossible++;
      }
    }
    return new AlignmentScore(alignmentSet.size(), sureSet.size(), alignedSure, alignedPossible);
  }
}
