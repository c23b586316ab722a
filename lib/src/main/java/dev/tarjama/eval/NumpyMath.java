package dev.tarjama.eval;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The summations behind sacreBLEU's resampling statistics, reproduced bit for bit: NumPy's
 * pairwise {@code mean} (blocks of 128, eight accumulators) and
 * Python's exact {@code statistics.mean}. Stateless and thread-safe.
 */
final class NumpyMath {

  private static final int BLOCK = 128;

  private NumpyMath() {}

  /** NumPy's reduction buffer: the pairwise sums restart every 8,192 elements. */
  private static final int BUFFER = 8192;

  /** {@code np.mean(values)} of a float64 array. */
  static double mean(double[] values) {
    double sum = 0.0;
    for (int start = 0; start < values.length; start += BUFFER) {
      sum += pairwise(values, start, Math.min(BUFFER, values.length - start));
    }
    return sum / values.length;
  }

  private static double pairwise(double[] a, int start, int n) {
    if (n < 8) {
      double result = -0.0;
      for (int i = 0; i < n; i++) {
        result += a[start + i];
      }
      return result;
    }
    if (n <= BLOCK) {
      double[] r = new double[8];
      for (int j = 0; j < 8; j++) {
        r[j] = a[start + j];
      }
      int i = 8;
      for (; i < n - (n % 8); i += 8) {
        for (int j = 0; j < 8; j++) {
          r[j] += a[start + i + j];
        }
      }
      double result = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
      for (; i < n; i++) {
        result += a[start + i];
      }
      return result;
    }
    int half = n / 2;
    half -= half % 8;
    return pairwise(a, start, half) + pairwise(a, start + half, n - half);
  }

  /** Python's {@code statistics.mean}: the exact sum, divided and rounded once. */
  static double exactMean(double[] values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (double v : values) {
      sum = sum.add(new BigDecimal(v));
    }
    return sum.divide(BigDecimal.valueOf(values.length), new MathContext(60)).doubleValue();
  }
}
