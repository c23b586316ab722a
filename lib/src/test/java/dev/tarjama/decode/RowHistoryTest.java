package dev.tarjama.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RowHistoryTest {

  @Test
  void rowsStartWithTheStartTokenAndGrowTogether() {
    RowHistory history = new RowHistory(2, 5, 9);
    history.append(new int[] {1, 2});
    history.append(new int[] {3, 4});
    assertEquals(3, history.length());
    assertArrayEquals(new int[] {1, 3}, history.generated(0));
    assertArrayEquals(new int[] {2, 4, 0}, history.generatedWithEos(1, 0));
  }

  @Test
  void reorderMayRepeatAndDropRows() {
    RowHistory history = new RowHistory(3, 5, 9);
    history.append(new int[] {1, 2, 3});
    history.reorder(new int[] {2, 2}, 2);
    assertEquals(2, history.rowCount());
    history.append(new int[] {4, 5});
    assertArrayEquals(new int[] {3, 4}, history.generated(0));
    assertArrayEquals(new int[] {3, 5}, history.generated(1));
    history.reorder(new int[] {1}, 1);
    assertArrayEquals(new int[] {3, 5}, history.generated(0));
    assertEquals(9, history.row(0)[0]);
  }

  @Test
  void rowsGrowPastTheInitialCapacityUpToTheMaximum() {
    RowHistory history = new RowHistory(2, 150, 9);
    for (int t = 1; t < 150; t++) {
      history.append(new int[] {t, -t});
      if (t == 100) {
        history.reorder(new int[] {1, 0}, 2);
      }
    }
    assertEquals(150, history.length());
    int[] first = history.generated(0);
    assertEquals(149, first.length);
    assertEquals(-100, first[99]);
    assertEquals(101, first[100]);
    assertThrows(IllegalStateException.class, () -> history.append(new int[] {0, 0}));
  }
}
