package dev.tarjama.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed examples of P = TP / predicted, R = TP / gold, F1 = 2PR / (P + R). */
class BoundaryEvaluationTest {

  @Test
  void partialMatchGivesHandComputedScores() {
    // gold {10, 25, 40}, predicted {10, 26, 40, 50}: TP = 2, P = 2/4, R = 2/3, F1 = 4/7.
    BoundaryScore score = BoundaryEvaluation.score(List.of(10, 25, 40), List.of(10, 26, 40, 50));
    assertEquals(new BoundaryScore(2, 4, 3), score);
    assertEquals(0.5, score.precision(), 1e-15);
    assertEquals(2.0 / 3, score.recall(), 1e-15);
    assertEquals(4.0 / 7, score.f1(), 1e-15);
  }

  @Test
  void documentsAddUpToMicroAverages() {
    BoundaryScore first = BoundaryEvaluation.score(List.of(5, 9), List.of(5));
    BoundaryScore second = BoundaryEvaluation.score(List.of(3), List.of(3, 7));
    BoundaryScore total = first.plus(second);
    // TP = 1 + 1, predicted = 1 + 2, gold = 2 + 1: P = R = F1 = 2/3.
    assertEquals(2.0 / 3, total.precision(), 1e-15);
    assertEquals(2.0 / 3, total.recall(), 1e-15);
    assertEquals(2.0 / 3, total.f1(), 1e-15);
  }

  @Test
  void duplicatesCountOnce() {
    assertEquals(new BoundaryScore(1, 1, 1), BoundaryEvaluation.score(List.of(4, 4), List.of(4, 4)));
  }

  @Test
  void emptyPredictionsAndEmptyGold() {
    BoundaryScore none = BoundaryEvaluation.score(List.of(), List.of());
    assertEquals(1.0, none.precision());
    assertEquals(1.0, none.recall());
    assertEquals(1.0, none.f1());
    BoundaryScore missed = BoundaryEvaluation.score(List.of(3), List.of());
    assertEquals(0.0, missed.precision());
    assertEquals(0.0, missed.recall());
    assertEquals(0.0, missed.f1());
    BoundaryScore spurious = BoundaryEvaluation.score(List.of(), List.of(3));
    assertEquals(0.0, spurious.precision());
    assertEquals(0.0, spurious.f1());
  }

  @Test
  void inconsistentCountsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new BoundaryScore(3, 2, 5));
  }
}
