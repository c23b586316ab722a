package dev.tarjama.eval;

import java.util.List;

/**
 * TER's sufficient statistics, sacreBLEU's {@code [num_edits, ref_length]}.
 *
 * @param edits the edits (insertions, deletions, substitutions and shifts) of the best reference;
 *     summed over a corpus
 * @param referenceLength the average length of the references (not of the best one); summed over
 *     a corpus
 */
public record TerStatistics(double edits, double referenceLength) implements Statistics {

  /** Checks that both numbers are finite and not negative. */
  public TerStatistics {
    if (!(edits >= 0) || !(referenceLength >= 0) || Double.isInfinite(edits + referenceLength)) {
      throw new IllegalArgumentException(
          "edits and referenceLength must be finite and >= 0, got edits=" + edits
              + ", referenceLength=" + referenceLength);
    }
  }

  @Override
  public List<Double> values() {
    return List.of(edits, referenceLength);
  }

  @Override
  public double[] toArray() {
    return new double[] {edits, referenceLength};
  }
}
