package dev.tarjama.align;

import java.util.Arrays;

/**
 * Collects the (e, f) pairs of fast_align's initial pass in insertion order and lays them out as a
 * {@link TranslationTable} whose rows iterate as fast_align's hash maps do.
 *
 * <p>Not thread-safe.
 */
final class TranslationTableBuilder {

  private final LongIntMap seen = new LongIntMap(1 << 16);
  private int[] rowOf = new int[1 << 16];
  private int[] targetOf = new int[1 << 16];
  private int size;
  private int maxRow = -1;

  /**
   * Records the pair (e, f) unless it was recorded before, and returns its provisional slot; {@link
   * #build} turns provisional slots into table slots.
   */
  int add(int e, int f) {
    int existing = seen.putIfAbsent(LongIntMap.key(e, f), size);
    if (existing != LongIntMap.MISSING) {
      return existing;
    }
    if (size == rowOf.length) {
      rowOf = Arrays.copyOf(rowOf, size * 2);
      targetOf = Arrays.copyOf(targetOf, size * 2);
    }
    rowOf[size] = e;
    targetOf[size] = f;
    maxRow = Math.max(maxRow, e);
    return size++;
  }

  /** Makes sure the table has rows 0..row, as fast_align's {@code SetMaxE} does. */
  void ensureRow(int row) {
    maxRow = Math.max(maxRow, row);
  }

  /**
   * Lays out the table and rewrites {@code provisionalSlots} in place to table slots (negative
   * entries stay as they are).
   */
  TranslationTable build(int[] provisionalSlots) {
    int rows = maxRow + 1;
    int[] rowStart = new int[rows + 1];
    for (int k = 0; k < size; k++) {
      rowStart[rowOf[k] + 1]++;
    }
    for (int row = 0; row < rows; row++) {
      rowStart[row + 1] += rowStart[row];
    }
    // Stable counting sort: each row keeps its insertion order.
    int[] byRow = new int[size];
    int[] fill = Arrays.copyOf(rowStart, rows);
    for (int k = 0; k < size; k++) {
      byRow[fill[rowOf[k]]++] = k;
    }
    int[] targets = new int[size];
    int[] slotOf = new int[size];
    for (int row = 0; row < rows; row++) {
      int start = rowStart[row];
      int length = rowStart[row + 1] - start;
      long[] hashes = new long[length];
      for (int k = 0; k < length; k++) {
        hashes[k] = targetOf[byRow[start + k]];
      }
      int[] order = StdHashOrder.iterationOrder(hashes);
      for (int k = 0; k < length; k++) {
        targets[start + k] = (int) hashes[order[k]];
        slotOf[byRow[start + order[k]]] = start + k;
      }
    }
    for (int k = 0; k < provisionalSlots.length; k++) {
      if (provisionalSlots[k] >= 0) {
        provisionalSlots[k] = slotOf[provisionalSlots[k]];
      }
    }
    return new TranslationTable(rowStart, targets, new double[size], false);
  }
}
