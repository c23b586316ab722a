package dev.tarjama.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TranslationTableTest {

  @ParameterizedTest(name = "digamma({0})")
  @CsvSource({
    // Reference values: ψ(1) = −γ, ψ(1/2) = −γ − 2 ln 2, ψ(10) = H_9 − γ (Abramowitz & Stegun 6.3).
    "1, -0.5772156649015329",
    "0.5, -1.9635100260214235",
    "10, 2.251752589066721"
  })
  void digammaMatchesKnownValues(double x, double expected) {
    assertEquals(expected, TranslationTable.digamma(x), 1e-9);
  }

  @Test
  void digammaSatisfiesTheRecurrence() {
    for (double x = 0.01; x < 30; x *= 1.7) {
      assertEquals(
          TranslationTable.digamma(x) + 1 / x, TranslationTable.digamma(x + 1), 1e-9, "x=" + x);
    }
  }

  @Test
  void unseenPairsAndUntrainedTablesGiveOneInABillion() {
    TranslationTable table = table();
    assertEquals(1e-9, table.prob(table.slot(3, 4)));
    table.normalize(new double[] {1, 3, 2});
    assertEquals(1e-9, table.prob(table.slot(3, 99)));
    assertEquals(1e-9, table.prob(table.slot(-1, 4)));
    assertEquals(0.25, table.prob(table.slot(3, 4)));
  }

  @Test
  void normalizeDividesEachRowByItsSumAndClearsCounts() {
    TranslationTable table = table();
    double[] counts = {1, 3, 2};
    table.normalize(counts);
    assertEquals(0.25, table.probAt(0));
    assertEquals(0.75, table.probAt(1));
    assertEquals(1.0, table.probAt(2));
    assertArrayEquals(new double[3], counts);
  }

  @Test
  void variationalBayesUsesDigammaOfSmoothedCounts() {
    TranslationTable table = table();
    table.normalizeVariationalBayes(new double[] {1, 3, 2}, 0.01);
    double digammaTotal = TranslationTable.digamma(1.01 + 3.01);
    assertEquals(Math.exp(TranslationTable.digamma(1.01) - digammaTotal), table.probAt(0));
    assertEquals(Math.exp(TranslationTable.digamma(3.01) - digammaTotal), table.probAt(1));
  }

  /** Rows 0-2 empty, row 3 = {4, 5}, row 4 = {4}. */
  private static TranslationTable table() {
    return new TranslationTable(new int[] {0, 0, 0, 0, 2, 3}, new int[] {4, 5, 4}, new double[3],
        false);
  }
}
