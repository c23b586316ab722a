package dev.tarjama.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a batch of sources into groups of similar length for the encoder, so that padding to
 * the longest source of the batch does not multiply its work: the encoder runs once per group,
 * padded to the group's longest source. Its self-attention grows with the square of the padded
 * length, the rest linearly.
 *
 * <p>Rule: sources are taken longest first (ties in input order); a source joins the current group
 * while its length is at least {@link #MIN_SHARE_NUMERATOR}/{@link #MIN_SHARE_DENOMINATOR} of the
 * group's first (longest) source, so each group wastes at most a quarter of its positions on
 * padding; otherwise it starts a new group. Stateless.
 */
final class LengthGroups {
  static final int MIN_SHARE_NUMERATOR = 3;
  static final int MIN_SHARE_DENOMINATOR = 4;

  private LengthGroups() {}

  /** Source indices per group, each group longest first; every index appears once. */
  static int[][] of(int[] lengths) {
    Integer[] order = new Integer[lengths.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> -lengths[i]));
    List<int[]> groups = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= order.length; i++) {
      if (i == order.length
          || lengths[order[i]] * MIN_SHARE_DENOMINATOR
              < lengths[order[start]] * MIN_SHARE_NUMERATOR) {
        int[] group = new int[i - start];
        for (int k = start; k < i; k++) {
          group[k - start] = order[k];
        }
        groups.add(group);
        start = i;
      }
    }
    return groups.toArray(new int[0][]);
  }
}
