package dev.tarjama.eval;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Scores a sentence segmenter: a predicted boundary counts when the gold has a boundary at the
 * same offset (exact match, as in the usual sentence-boundary detection evaluation, e.g. Read et
 * al. 2012, "Sentence Boundary Detection: A Long Solved Problem?").
 *
 * <p>Boundaries are char offsets in the document, typically each sentence's exclusive end. Duplicate
 * offsets count once. Stateless and thread-safe.
 */
public final class BoundaryEvaluation {

  private BoundaryEvaluation() {}

  /**
   * Scores one document.
   *
   * @param gold the gold boundary offsets
   * @param predicted the predicted boundary offsets
   */
  public static BoundaryScore score(Collection<Integer> gold, Collection<Integer> predicted) {
    Set<Integer> goldSet = new HashSet<>(Objects.requireNonNull(gold, "gold"));
    Set<Integer> predictedSet = new HashSet<>(Objects.requireNonNull(predicted, "predicted"));
    int matched = 0;
    for (int offset : predictedSet) {
      if (goldSet.contains(offset)) {
        matched++;
      }
    }
    return new BoundaryScore(matched, predictedSet.size(), goldSet.size());
  }
}
