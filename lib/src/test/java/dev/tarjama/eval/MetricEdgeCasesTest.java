package dev.tarjama.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edge cases every {@link Metric} shares; expected values are sacreBLEU 2.6.0's ({@code
 * edge-unicode} vector lines), the full vector sets run in {@link SacrebleuExpectedTest}. One
 * subclass per metric names the metric and its vector file.
 */
abstract class MetricEdgeCasesTest {

  private final Metric metric = metric();

  /** The metric under test, with the options of its vector lines. */
  abstract Metric metric();

  /** The metric's name in the edge-unicode vectors ("bleu", "chrf", "ter"). */
  abstract String vectorName();

  @ParameterizedTest
  @ValueSource(
      ints = {
        EdgeCases.WHITESPACE_HYPOTHESIS,
        EdgeCases.EMPTY_HYPOTHESIS,
        EdgeCases.EMPTY_REFERENCE,
        EdgeCases.BOTH_EMPTY,
        EdgeCases.ONE_WORD
      })
  void emptyWhitespaceAndOneWordLinesScoreAsSacrebleu(int line) {
    EdgeCases.Expected expected = EdgeCases.line(vectorName(), line);
    Score score = metric.sentenceScore(expected.hypothesis(), List.of(expected.reference()));
    assertEquals(expected.score(), score.value(), 1e-9);
    assertEquals(expected.statistics(), score.statistics().values());
  }

  @Test
  void mismatchedReferenceCountIsRejectedWithBothCounts() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> metric.corpusScore(List.of("a b", "c"), List.of(List.of("a b"))));
    assertTrue(
        e.getMessage().contains("1 lines") && e.getMessage().contains("2 hypotheses"),
        e.getMessage());
  }

  @Test
  void emptyCorpusAndMissingReferencesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> metric.corpusScore(List.of(), List.of()));
    assertThrows(IllegalArgumentException.class, () -> metric.corpusScore(List.of("a"), List.of()));
    assertThrows(IllegalArgumentException.class, () -> metric.sentenceScore("a", List.of()));
  }

  @Test
  void statisticsOfAnotherMetricAreRejected() {
    Statistics foreign =
        metric instanceof Ter ? new ChrfStatistics(List.of(1L, 1L, 1L)) : new TerStatistics(1, 1);
    assertThrows(IllegalArgumentException.class, () -> metric.score(foreign, 1));
  }
}
