package dev.tarjama.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class LengthGroupsTest {

  @Test
  void sourceOfAtLeastThreeQuartersOfTheLongestJoinsItsGroup() {
    // 40: 30 * 4 = 120 >= 40 * 3 = 120 joins; 29 * 4 = 116 < 120 starts a group.
    assertArrayEquals(
        new int[][] {{1, 0}, {2, 3}}, LengthGroups.of(new int[] {30, 40, 29, 22}));
  }

  @Test
  void groupsAreLongestFirstAndTiesKeepInputOrder() {
    assertArrayEquals(new int[][] {{1, 3, 0, 2}}, LengthGroups.of(new int[] {7, 8, 7, 8}));
  }

  @Test
  void oneSourceIsOneGroup() {
    assertArrayEquals(new int[][] {{0}}, LengthGroups.of(new int[] {5}));
  }

  @Test
  void veryDifferentLengthsGetOneGroupEach() {
    assertArrayEquals(
        new int[][] {{2}, {0}, {1}}, LengthGroups.of(new int[] {10, 2, 100}));
  }
}
