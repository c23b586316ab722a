package dev.tarjama.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tarjama.eval.AlignmentErrorRate.Link;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed examples of Och & Ney's (2003) precision, recall and AER. */
class AlignmentErrorRateTest {

  private static final List<Link> SURE = List.of(new Link(0, 0), new Link(1, 1));
  private static final List<Link> POSSIBLE = List.of(new Link(2, 1));

  @Test
  void partialAlignmentGivesHandComputedScores() {
    // A = {(0,0), (2,1), (2,2)}: |A∩S| = 1, |A∩P| = 2 (P includes S), |A| = 3, |S| = 2.
    AlignmentScore score = AlignmentErrorRate.score(
        SURE, POSSIBLE, List.of(new Link(0, 0), new Link(2, 1), new Link(2, 2)));
    assertEquals(new AlignmentScore(3, 2, 1, 2), score);
    assertEquals(2.0 / 3, score.precision(), 1e-15);
    assertEquals(0.5, score.recall(), 1e-15);
    assertEquals(1 - 3.0 / 5, score.errorRate(), 1e-15);
  }

  @Test
  void alignmentEqualToSureLinksHasZeroErrorRate() {
    AlignmentScore score = AlignmentErrorRate.score(SURE, POSSIBLE, SURE);
    assertEquals(0.0, score.errorRate(), 1e-15);
    assertEquals(1.0, score.precision());
    assertEquals(1.0, score.recall());
  }

  @Test
  void possibleOnlyAlignmentIsPreciseButRecallsNothing() {
    // A = {(2,1)}: |A∩S| = 0, |A∩P| = 1: P = 1, R = 0, AER = 1 - 1/3.
    AlignmentScore score = AlignmentErrorRate.score(SURE, POSSIBLE, List.of(new Link(2, 1)));
    assertEquals(1.0, score.precision());
    assertEquals(0.0, score.recall());
    assertEquals(2.0 / 3, score.errorRate(), 1e-15);
  }

  @Test
  void sentencesAddUpToCorpusFigures() {
    AlignmentScore first = AlignmentErrorRate.score(SURE, POSSIBLE, SURE);
    AlignmentScore second = AlignmentErrorRate.score(List.of(new Link(0, 0)), List.of(),
        List.of(new Link(0, 1)));
    AlignmentScore total = first.plus(second);
    // |A| = 3, |S| = 3, |A∩S| = 2, |A∩P| = 2: AER = 1 - 4/6.
    assertEquals(new AlignmentScore(3, 3, 2, 2), total);
    assertEquals(1 - 4.0 / 6, total.errorRate(), 1e-15);
  }

  @Test
  void emptyAlignmentAndEmptyGold() {
    AlignmentScore none = AlignmentErrorRate.score(List.of(), List.of(), List.of());
    assertEquals(0.0, none.errorRate());
    assertEquals(1.0, none.precision());
    AlignmentScore nothingPredicted = AlignmentErrorRate.score(SURE, POSSIBLE, List.of());
    assertEquals(1.0, nothingPredicted.errorRate());
    assertEquals(0.0, nothingPredicted.recall());
  }

  @Test
  void negativeIndicesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Link(-1, 0));
  }
}
