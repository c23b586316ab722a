package dev.tarjama.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hugging Face {@code BeamHypotheses}: capacity, worst score, tie order and is_done rules. */
class NBestListTest {

  private static NBestList list(int capacity, double penalty, EarlyStopping rule, int maxLength) {
    return new NBestList(capacity, penalty, rule, maxLength);
  }

  private static List<List<Integer>> tokens(List<Hypothesis> hypotheses) {
    return hypotheses.stream().map(Hypothesis::tokenIds).toList();
  }

  @Test
  void keepsTheBestCapacityHypothesesBestFirst() {
    NBestList list = list(2, 1.0, EarlyStopping.FALSE, 10);
    list.add(-4.0, 2, new int[] {1, 0}); // -2.0
    list.add(-3.0, 3, new int[] {2, 2, 0}); // -1.0
    list.add(-9.0, 3, new int[] {3, 3, 0}); // -3.0, worse than both: not kept
    list.add(-1.0, 2, new int[] {4, 0}); // -0.5, replaces -2.0
    assertEquals(2, list.size());
    List<Hypothesis> best = list.best(2);
    assertEquals(List.of(List.of(4, 0), List.of(2, 2, 0)), tokens(best));
    assertEquals(-0.5, best.get(0).score(), 1e-12);
    assertEquals(-1.0, best.get(1).score(), 1e-12);
  }

  @Test
  void aHypothesisEqualToTheWorstIsNotAdded() {
    NBestList list = list(1, 1.0, EarlyStopping.FALSE, 10);
    list.add(-2.0, 2, new int[] {1, 0});
    list.add(-2.0, 2, new int[] {2, 0});
    assertEquals(List.of(List.of(1, 0)), tokens(list.best(1)));
  }

  @Test
  void equalScoresListTheLaterAddedFirst() {
    NBestList list = list(3, 0.0, EarlyStopping.FALSE, 10);
    list.add(-1.0, 2, new int[] {1, 0});
    list.add(-1.0, 2, new int[] {2, 0});
    list.add(-3.0, 2, new int[] {3, 0});
    assertEquals(List.of(List.of(2, 0), List.of(1, 0), List.of(3, 0)), tokens(list.best(3)));
  }

  @Test
  void whenFullTheEarliestOfEqualWorstScoresIsDropped() {
    NBestList list = list(2, 0.0, EarlyStopping.FALSE, 10);
    list.add(-2.0, 2, new int[] {1, 0});
    list.add(-2.0, 2, new int[] {2, 0});
    list.add(-1.0, 2, new int[] {3, 0});
    assertEquals(List.of(List.of(3, 0), List.of(2, 0)), tokens(list.best(2)));
  }

  @Test
  void notDoneBeforeCapacityHypotheses() {
    for (EarlyStopping rule : EarlyStopping.values()) {
      NBestList list = list(2, 1.0, rule, 10);
      list.add(-1.0, 2, new int[] {1, 0});
      assertFalse(list.isDone(-100.0, 5), rule.name());
    }
  }

  @Test
  void trueIsDoneAssoonAsFull() {
    NBestList list = list(1, 1.0, EarlyStopping.TRUE, 10);
    list.add(-10.0, 2, new int[] {1, 0});
    assertTrue(list.isDone(0.0, 3));
  }

  @Test
  void falseComparesWorstWithBestAtCurrentLength() {
    NBestList list = list(1, 1.0, EarlyStopping.FALSE, 10);
    list.add(-4.0, 2, new int[] {1, 0}); // worst = -2.0
    assertTrue(list.isDone(-6.0, 3)); // -2.0 >= -6/3
    assertFalse(list.isDone(-5.9, 3)); // -2.0 < -5.9/3
  }

  @Test
  void neverWithPositivePenaltyUsesMaxLengthMinusStartToken() {
    NBestList list = list(1, 1.0, EarlyStopping.NEVER, 10);
    list.add(-4.0, 2, new int[] {1, 0}); // worst = -2.0
    assertFalse(list.isDone(-6.0, 3)); // -6/9 is still better than -2.0
    assertTrue(list.isDone(-18.0, 3)); // -18/9 = -2.0
  }

  @Test
  void neverWithNonPositivePenaltyUsesCurrentLength() {
    NBestList list = list(1, -1.0, EarlyStopping.NEVER, 10);
    list.add(-4.0, 2, new int[] {1, 0}); // worst = -4 * 2 = -8.0
    assertTrue(list.isDone(-3.0, 3)); // -3 * 3 = -9 <= -8
    assertFalse(list.isDone(-2.0, 3)); // -2 * 3 = -6 > -8
  }
}
