package dev.tarjama.eval;

import java.util.Arrays;
import java.util.List;

/**
 * n-gram counting on sorted {@code long} keys: each n-gram of ids in {@code [0, radix)} is the
 * number {@code id_0 * radix^(n-1) + ... + id_(n-1)}, which is exact (no collisions) while {@code
 * radix^maxOrder} fits in 62 bits. Equal keys are equal n-grams, so counts and clipped matches come
 * from merging sorted arrays, with no per-n-gram objects. Stateless and thread-safe.
 */
final class NgramKeys {

  private NgramKeys() {}

  /** Whether n-grams of up to {@code maxOrder} ids below {@code radix} fit in a key. */
  static boolean fits(int radix, int maxOrder) {
    double bits = maxOrder * (Math.log(Math.max(radix, 2)) / Math.log(2));
    return bits < 62;
  }

  /** The sorted keys of every n-gram of orders 1..maxOrder, one array per order. */
  static long[][] sortedKeys(int[] ids, int maxOrder, int radix) {
    long[][] out = new long[maxOrder][];
    for (int n = 1; n <= maxOrder; n++) {
      int count = Math.max(0, ids.length - n + 1);
      long[] keys = new long[count];
      for (int i = 0; i < count; i++) {
        long key = 0;
        for (int j = 0; j < n; j++) {
          key = key * radix + ids[i + j];
        }
        keys[i] = key;
      }
      Arrays.sort(keys);
      out[n - 1] = keys;
    }
    return out;
  }

  /** {@code sum over n-grams g of min(count in hypothesis, count in reference)}; both sorted. */
  static long matches(long[] hypothesis, long[] reference) {
    long matches = 0;
    int i = 0;
    int j = 0;
    while (i < hypothesis.length && j < reference.length) {
      long h = hypothesis[i];
      long r = reference[j];
      if (h < r) {
        i++;
      } else if (h > r) {
        j++;
      } else {
        int hi = i;
        while (i < hypothesis.length && hypothesis[i] == h) {
          i++;
        }
        int rj = j;
        while (j < reference.length && reference[j] == r) {
          j++;
        }
        matches += Math.min(i - hi, j - rj);
      }
    }
    return matches;
  }

  /**
   * {@code sum over n-grams g of min(count in hypothesis, max over references of count in that
   * reference)}: BLEU's clipped matches. All arrays sorted.
   */
  static long clippedMatches(long[] hypothesis, List<long[]> references) {
    if (references.size() == 1) {
      return matches(hypothesis, references.get(0));
    }
    long[] distinct = new long[hypothesis.length];
    int[] counts = new int[hypothesis.length];
    int size = 0;
    for (int i = 0; i < hypothesis.length; i++) {
      if (size > 0 && distinct[size - 1] == hypothesis[i]) {
        counts[size - 1]++;
      } else {
        distinct[size] = hypothesis[i];
        counts[size++] = 1;
      }
    }
    int[] best = new int[size];
    for (long[] reference : references) {
      int j = 0;
      for (int u = 0; u < size; u++) {
        while (j < reference.length && reference[j] < distinct[u]) {
          j++;
        }
        int start = j;
        while (j < reference.length && reference[j] == distinct[u]) {
          j++;
        }
        best[u] = Math.max(best[u], j - start);
      }
    }
    long matches = 0;
    for (int u = 0; u < size; u++) {
      matches += Math.min(counts[u], best[u]);
    }
    return matches;
  }
}
