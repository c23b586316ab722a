package dev.tarjama.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * chrF's sufficient statistics: for each character order 1..charOrder, then each word order
 * 1..wordOrder, the triple {@code hypothesis n-grams, reference n-grams, matched n-grams}.
 *
 * <p>As in sacreBLEU, an order's hypothesis count is 0 when the reference has no n-gram of that
 * order; with several references, the triples are those of the reference with the best F-score.
 *
 * @param counts the flat triples, {@code 3 * (charOrder + wordOrder)} numbers
 */
public record ChrfStatistics(List<Long> counts) implements Statistics {

  /** Copies the list and checks that it holds whole triples. */
  public ChrfStatistics {
    counts = List.copyOf(Objects.requireNonNull(counts, "counts"));
    if (counts.isEmpty() || counts.size() % 3 != 0) {
      throw new IllegalArgumentException(
          "counts must hold a non-zero number of triples, got " + counts.size() + " numbers");
    }
  }

  static ChrfStatistics of(double[] flat) {
    List<Long> counts = new ArrayList<>(flat.length);
    for (double v : flat) {
      counts.add((long) v);
    }
    return new ChrfStatistics(counts);
  }

  @Override
  public List<Double> values() {
    List<Double> values = new ArrayList<>(counts.size());
    for (long v : counts) {
      values.add((double) v);
    }
    return List.copyOf(values);
  }

  @Override
  public double[] toArray() {
    double[] flat = new double[counts.size()];
    for (int i = 0; i < flat.length; i++) {
      flat[i] = counts.get(i);
    }
    return flat;
  }
}
