package dev.tarjama.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * BLEU's sufficient statistics for a segment or (summed) a corpus.
 *
 * <p>sacreBLEU's flat order is {@code [hypothesisLength, referenceLength, matches..., totals...]}.
 *
 * @param hypothesisLength the number of hypothesis tokens
 * @param referenceLength the reference length: per segment, the reference closest in length to
 *     the hypothesis (the shorter one on ties)
 * @param matches matched n-grams per order 1..N, clipped by the highest count in any reference
 * @param totals hypothesis n-grams per order 1..N
 */
public record BleuStatistics(
    long hypothesisLength, long referenceLength, List<Long> matches, List<Long> totals)
    implements Statistics {

  /** Copies the lists and checks that they have the same, non-zero size. */
  public BleuStatistics {
    matches = List.copyOf(Objects.requireNonNull(matches, "matches"));
    totals = List.copyOf(Objects.requireNonNull(totals, "totals"));
    if (matches.isEmpty() || matches.size() != totals.size()) {
      throw new IllegalArgumentException(
          "matches and totals must have the same non-zero size, got " + matches.size() + " and "
              + totals.size());
    }
  }

  static BleuStatistics of(double[] flat) {
    int order = (flat.length - 2) / 2;
    List<Long> matches = new ArrayList<>(order);
    List<Long> totals = new ArrayList<>(order);
    for (int n = 0; n < order; n++) {
      matches.add((long) flat[2 + n]);
      totals.add((long) flat[2 + order + n]);
    }
    return new BleuStatistics((long) flat[0], (long) flat[1], matches, totals);
  }

  @Override
  public List<Double> values() {
    List<Double> values = new ArrayList<>();
    for (double v : toArray()) {
      values.add(v);
    }
    return List.copyOf(values);
  }

  @Override
  public double[] toArray() {
    int order = matches.size();
    double[] flat = new double[2 + 2 * order];
    flat[0] = hypothesisLength;
    flat[1] = referenceLength;
    for (int n = 0; n < order; n++) {
      flat[2 + n] = matches.get(n);
      flat[2 + order + n] = totals.get(n);
    }
    return flat;
  }
}
