package dev.tarjama.decode;

import java.util.Arrays;

/**
 * The decoder tokens of every row being decoded, start token first: Hugging Face's {@code
 * input_ids} during generation. All rows have the same length.
 *
 * <p>Two buffers are swapped on reorder, so steps allocate only when the rows outgrow their
 * capacity (which doubles, up to the maximum length, so a large maximum costs nothing up front).
 * Not thread-safe.
 */
final class RowHistory {

  /** Rows start with room for this many tokens unless the maximum length is smaller. */
  private static final int INITIAL_CAPACITY = 64;

  private int[][] rows;
  private int[][] spare;
  private final int maxCapacity;
  private int rowCount;
  private int length;

  /**
   * @param rowCount the initial number of rows, the most there will ever be
   * @param maxCapacity the most tokens a row will hold (the maximum decoder length)
   * @param startId the decoder start token every row begins with
   */
  RowHistory(int rowCount, int maxCapacity, int startId) {
    int capacity = Math.min(maxCapacity, INITIAL_CAPACITY);
    this.rows = new int[rowCount][capacity];
    this.spare = new int[rowCount][capacity];
    this.maxCapacity = maxCapacity;
    this.rowCount = rowCount;
    for (int[] row : rows) {
      row[0] = startId;
    }
    this.length = 1;
  }

  int rowCount() {
    return rowCount;
  }

  /** Tokens per row, the start token included. */
  int length() {
    return length;
  }

  /** The tokens of a row; valid up to {@link #length()}. The array is shared, not a copy. */
  int[] row(int row) {
    return rows[row];
  }

  /** Appends {@code tokens[r]} to each row {@code r}. */
  void append(int[] tokens) {
    if (length == rows[0].length) {
      grow();
    }
    for (int r = 0; r < rowCount; r++) {
      rows[r][length] = tokens[r];
    }
    length++;
  }

  /**
   * Makes new row {@code i} a copy of old row {@code origins[i]} for the first {@code count}
   * origins, which may repeat rows and be fewer than the rows.
   */
  void reorder(int[] origins, int count) {
    for (int i = 0; i < count; i++) {
      System.arraycopy(rows[origins[i]], 0, spare[i], 0, length);
    }
    int[][] swap = rows;
    rows = spare;
    spare = swap;
    rowCount = count;
  }

  private void grow() {
    if (length >= maxCapacity) {
      throw new IllegalStateException("rows already hold the maximum " + maxCapacity + " tokens");
    }
    int capacity = (int) Math.min((long) maxCapacity, 2L * rows[0].length);
    for (int r = 0; r < rows.length; r++) {
      rows[r] = Arrays.copyOf(rows[r], capacity);
      spare[r] = new int[capacity];
    }
  }

  /** A copy of a row's tokens after the start token. */
  int[] generated(int row) {
    return Arrays.copyOfRange(rows[row], 1, length);
  }

  /** A copy of a row's tokens after the start token, followed by {@code eosId}. */
  int[] generatedWithEos(int row, int eosId) {
    int[] tokens = Arrays.copyOfRange(rows[row], 1, length + 1);
    tokens[length - 1] = eosId;
    return tokens;
  }
}
