package dev.tarjama.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Expected orders were printed by g++ 12.2 / libstdc++ 12 (Debian 12), the reference build's
 * toolchain: keys inserted with {@code m[k] = 0} into a {@code std::unordered_map<unsigned,
 * double>}, then printed in iteration order.
 */
class StdHashOrderTest {

  @Test
  void twentyKeysIterateAsLibstdcxx() {
    long[] inserted = {43, 46, 57, 55, 53, 12, 9, 1, 2, 7, 50, 19, 23, 0, 6, 52, 16, 11, 8, 27};
    long[] expected = {27, 8, 11, 16, 6, 0, 43, 46, 7, 57, 55, 53, 1, 12, 9, 2, 50, 19, 52, 23};
    assertArrayEquals(expected, iterate(inserted));
  }

  @Test
  void sixtyKeysAcrossThreeRehashesIterateAsLibstdcxx() {
    long[] inserted = {
      117, 159, 59, 31, 65, 123, 86, 37, 60, 133, 95, 1, 66, 145, 118, 146, 170, 36, 44, 143, 108,
      164, 169, 4, 72, 50, 153, 154, 30, 32, 6, 27, 144, 88, 97, 100, 89, 0, 38, 107, 157, 125,
      102, 13, 41, 121, 25, 55, 177, 26, 35, 128, 9, 158, 58, 67, 126, 85, 83, 131
    };
    long[] expected = {
      36, 95, 131, 4, 169, 108, 143, 25, 44, 170, 145, 86, 154, 27, 72, 13, 100, 41, 65, 133, 6,
      123, 118, 59, 0, 50, 177, 60, 89, 146, 117, 58, 35, 164, 37, 66, 125, 159, 32, 144, 153, 26,
      85, 88, 97, 38, 107, 30, 157, 102, 121, 55, 1, 128, 9, 31, 158, 67, 126, 83
    };
    assertArrayEquals(expected, iterate(inserted));
  }

  @Test
  void lengthPairsIterateAsFastAlignsPairHashMap() {
    // std::unordered_map<pair<short, short>, unsigned, PairHash>, hash (m << 16) | n.
    int[][] inserted = {
      {7, 6}, {3, 2}, {12, 9}, {5, 5}, {1, 1}, {9, 12}, {4, 3}, {20, 17}, {6, 7}, {2, 2}, {8, 8},
      {11, 10}, {10, 11}, {13, 13}, {15, 12}
    };
    long[] hashes = new long[inserted.length];
    for (int k = 0; k < inserted.length; k++) {
      hashes[k] = ((long) inserted[k][0] << 16) | inserted[k][1];
    }
    int[][] expected = {
      {15, 12}, {7, 6}, {13, 13}, {3, 2}, {12, 9}, {5, 5}, {1, 1}, {8, 8}, {9, 12}, {4, 3},
      {10, 11}, {11, 10}, {20, 17}, {6, 7}, {2, 2}
    };
    int[] order = StdHashOrder.iterationOrder(hashes);
    int[][] actual = new int[order.length][];
    for (int k = 0; k < order.length; k++) {
      actual[k] = inserted[order[k]];
    }
    assertArrayEquals(expected, actual);
  }

  @Test
  void emptyAndSingleKeys() {
    assertArrayEquals(new int[0], StdHashOrder.iterationOrder(new long[0]));
    assertArrayEquals(new int[] {0}, StdHashOrder.iterationOrder(new long[] {99}));
  }

  private static long[] iterate(long[] inserted) {
    int[] order = StdHashOrder.iterationOrder(inserted);
    return Arrays.stream(order).mapToLong(k -> inserted[k]).toArray();
  }
}
