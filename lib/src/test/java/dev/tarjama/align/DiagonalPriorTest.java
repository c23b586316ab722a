package dev.tarjama.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiagonalPriorTest {

  @ParameterizedTest(name = "i={0} m={1} n={2} tension={3}")
  @CsvSource({"1, 1, 1, 4", "3, 7, 5, 4", "7, 7, 12, 0.1", "2, 9, 3, 14", "5, 6, 6, 3.79825"})
  void closedFormNormaliserEqualsTheDirectSum(int i, int m, int n, double tension) {
    double direct = 0;
    for (int j = 1; j <= n; j++) {
      direct += DiagonalPrior.unnormalizedProb(i, j, m, n, tension);
    }
    assertEquals(direct, DiagonalPrior.computeZ(i, m, n, tension), 1e-12 * direct);
  }

  @ParameterizedTest(name = "i={0} m=n={1} tension={2}")
  @CsvSource({"1, 1, 4", "3, 5, 4", "7, 12, 0.1", "2, 9, 14"})
  void expectedFeatureIsTheDerivativeOfLogZWhenLengthsAreEqual(int i, int n, double tension) {
    double weighted = 0;
    double z = 0;
    for (int j = 1; j <= n; j++) {
      double p = DiagonalPrior.unnormalizedProb(i, j, n, n, tension);
      weighted += DiagonalPrior.feature(i, j, n, n) * p;
      z += p;
    }
    assertEquals(weighted / z, DiagonalPrior.computeDLogZ(i, n, n, tension), 1e-12);
  }

  @ParameterizedTest(name = "i={0} m={1} n={2}")
  @CsvSource({"3, 7, 5, 4", "2, 9, 3, 14", "1, 4, 2, 4"})
  void expectedFeatureKeepsFastAlignsSwappedNormaliser(int i, int m, int n, double tension) {
    // da.h divides by ComputeZ(i, n, m) instead of ComputeZ(i, m, n); the reference logs show it.
    double weighted = 0;
    for (int j = 1; j <= n; j++) {
      weighted +=
          DiagonalPrior.feature(i, j, m, n) * DiagonalPrior.unnormalizedProb(i, j, m, n, tension);
    }
    double expected = weighted / DiagonalPrior.computeZ(i, n, m, tension);
    assertEquals(expected, DiagonalPrior.computeDLogZ(i, m, n, tension), 1e-12);
  }

  @ParameterizedTest
  @CsvSource({"1, 1, 2, 2, -0.0", "1, 3, 2, 4, -0.25", "2, 1, 4, 3, -0.16666666666666666"})
  void featureIsMinusTheDistanceFromTheDiagonal(int i, int j, int m, int n, double expected) {
    assertEquals(expected, DiagonalPrior.feature(i, j, m, n), 1e-15);
  }
}
