package dev.tarjama.align;

import java.util.Arrays;

/**
 * An open-addressing map from {@code long} keys to non-negative {@code int} values, for the
 * (source word, target word) → translation-table slot lookups in the E-step's inner loop.
 *
 * <p>Not thread-safe for writes; concurrent reads of a map that is no longer written are safe.
 */
final class LongIntMap {

  /** The value {@link #get} returns for a missing key. */
  static final int MISSING = -1;

  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  LongIntMap(int expectedSize) {
    int capacity = Integer.highestOneBit(Math.max(16, expectedSize * 2 - 1)) << 1;
    allocate(capacity);
  }

  /** Packs a pair of word ids into one key. */
  static long key(int first, int second) {
    return ((long) first << 32) | (second & 0xFFFFFFFFL);
  }

  int size() {
    return size;
  }

  int get(long key) {
    int index = indexOf(key);
    return values[index];
  }

  /** Returns the existing value of {@code key}, or stores {@code value} and returns MISSING. */
  int putIfAbsent(long key, int value) {
    int index = indexOf(key);
    if (values[index] != MISSING) {
      return values[index];
    }
    keys[index] = key;
    values[index] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
    return MISSING;
  }

  private int indexOf(long key) {
    int index = mix(key) & mask;
    while (values[index] != MISSING && keys[index] != key) {
      index = (index + 1) & mask;
    }
    return index;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    allocate(oldKeys.length * 2);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != MISSING) {
        int index = indexOf(oldKeys[i]);
        keys[index] = oldKeys[i];
        values[index] = oldValues[i];
      }
    }
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    values = new int[capacity];
    Arrays.fill(values, MISSING);
    mask = capacity - 1;
  }

  /** The MurmurHash3 64-bit finaliser, so that ids packed into high and low halves spread out. */
  private static int mix(long key) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h;
  }
}
