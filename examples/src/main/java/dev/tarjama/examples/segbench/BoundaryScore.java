package dev.tarjama.examples.segbench;

import java.util.List;
import java.util.Set;

/**
 * Boundary precision, recall and F1 summed over the texts of a corpus (micro average).
 *
 * @param truePositives boundaries found that are in the gold
 * @param found boundaries found
 * @param gold gold boundaries
 */
public record BoundaryScore(int truePositives, int found, int gold) {

  /** Scores found boundaries against gold ones, text by text. */
  public static BoundaryScore of(List<Set<Integer>> gold, List<Set<Integer>> found) {
    int tp = 0;
    int foundCount = 0;
    int goldCount = 0;
    for (int i = 0; i < gold.size(); i++) {
      for (int b : found.get(i)) {
        if (gold.get(i).contains(b)) {
          tp++;
        }
      }
      foundCount += found.get(i).size();
      goldCount += gold.get(i).size();
    }
    return new BoundaryScore(tp, foundCount, goldCount);
  }

  /** Found boundaries that are gold; 1 when none were found. */
  public double precision() {
    return found == 0 ? 1.0 : (double) truePositives / found;
  }

  /** Gold boundaries that were found; 1 when there are none. */
  public double recall() {
    return gold == 0 ? 1.0 : (double) truePositives / gold;
  }

  /** Harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
