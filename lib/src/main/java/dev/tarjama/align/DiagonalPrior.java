package dev.tarjama.align;

/**
 * The diagonal alignment prior of fast_align (Dyer, Chahuneau and Smith 2013, section 2), ported
 * operation for operation from {@code src/da.h} of clab/fast_align so that results match to the
 * last bit.
 *
 * <p>Naming follows da.h: {@code i} is a 1-based target position, {@code j} a 1-based source
 * position, {@code m} the target length, {@code n} the source length and {@code tension} the
 * paper's λ. The feature is {@code h(i, j, m, n) = -|j/n - i/m|}.
 */
final class DiagonalPrior {

  private DiagonalPrior() {}

  /** {@code exp(λ · h(i, j, m, n))}. */
  static double unnormalizedProb(int i, int j, int m, int n, double tension) {
    return Math.exp(feature(i, j, m, n) * tension);
  }

  /**
   * The normaliser {@code Σ_j exp(λ · h(i, j, m, n))} over source positions, in closed form as two
   * geometric series that meet at the split point {@code i·n/m}.
   */
  static double computeZ(int i, int m, int n, double tension) {
    double split = (double) i * n / m;
    int floor = (int) split;
    int ceil = floor + 1;
    double ratio = Math.exp(-tension / n);
    // Unsigned in da.h: computeDLogZ's swapped call can make floor exceed n, and the count wraps.
    long numTop = Integer.toUnsignedLong(n - floor);
    double ezt = 0;
    double ezb = 0;
    if (numTop != 0) {
      ezt =
          unnormalizedProb(i, ceil, m, n, tension)
              * (1.0 - Math.pow(ratio, numTop))
              / (1.0 - ratio);
    }
    if (floor != 0) {
      ezb =
          unnormalizedProb(i, floor, m, n, tension)
              * (1.0 - Math.pow(ratio, floor))
              / (1.0 - ratio);
    }
    return ezb + ezt;
  }

  /**
   * The model's expected feature value {@code d log Z / dλ} at target position {@code i}.
   *
   * <p>As in fast_align, Z is computed as {@code computeZ(i, n, m, λ)}, with the two lengths
   * swapped, and the derivative series subtracts its second term. Both are quirks of the original
   * (commit cab1e9a) that decide the tension it learns; we keep them to produce the same numbers.
   */
  static double computeDLogZ(int i, int m, int n, double tension) {
    double z = computeZ(i, n, m, tension);
    double split = (double) i * n / m;
    int floor = (int) split;
    int ceil = floor + 1;
    double ratio = Math.exp(-tension / n);
    double d = -1.0 / n;
    int numTop = n - floor;
    double pct = 0;
    double pcb = 0;
    if (numTop != 0) {
      pct = arithmeticoGeometricSeries(
          feature(i, ceil, m, n), unnormalizedProb(i, ceil, m, n, tension), ratio, d, numTop);
    }
    if (floor != 0) {
      pcb = arithmeticoGeometricSeries(
          feature(i, floor, m, n), unnormalizedProb(i, floor, m, n, tension), ratio, d, floor);
    }
    return (pct + pcb) / z;
  }

  /** {@code h(i, j, m, n) = -|j/n - i/m|}. */
  static double feature(int i, int j, int m, int n) {
    return -Math.abs((double) j / n - (double) i / m);
  }

  private static double arithmeticoGeometricSeries(
      double a1, double g1, double r, double d, int n) {
    double gNp1 = g1 * Math.pow(r, n);
    double aN = d * (n - 1) + a1;
    double x1 = a1 * g1;
    double g2 = g1 * r;
    double rm1 = r - 1;
    return (aN * gNp1 - x1) / rm1 - d * (gNp1 - g2) / (rm1 * rm1);
  }
}
