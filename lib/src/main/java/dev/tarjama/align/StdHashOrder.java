package dev.tarjama.align;

/**
 * The iteration order of a libstdc++ 12 {@code std::unordered_map} with unique keys, given the
 * order in which the keys were inserted.
 *
 * <p>fast_align sums each row of its translation table, and the (target length, source length)
 * histogram behind the tension update, in hash-map iteration order. Floating-point sums depend on
 * their order, so we replay that order to reproduce fast_align's numbers bit for bit. The rules
 * come from libstdc++ 12 {@code bits/hashtable.h}: one singly-linked list; a node whose bucket
 * already holds nodes goes right after the bucket's "before" node, otherwise to the front of the
 * list; a rehash walks the list in order and rebuilds it the same way ({@code _M_rehash_aux}).
 * The bucket index is {@code hash % bucketCount}.
 */
final class StdHashOrder {

  /**
   * Bucket counts of libstdc++ 12's {@code _Prime_rehash_policy} (max load factor 1) as a map grows
   * by one insertion at a time: the first insertion allocates 13 buckets, and inserting element
   * {@code k + 1} into a map with {@code k} elements and {@code k} buckets moves to the next count.
   * Measured with g++ 12.2 (Debian 12), the compiler of the fast_align reference build.
   */
  private static final long[] BUCKET_COUNTS = {
    13L, 29L, 59L, 127L, 257L, 541L, 1109L, 2357L, 5087L, 10273L, 20753L, 42043L, 85229L,
    172933L, 351061L, 712697L, 1447153L, 2938679L, 5967347L, 12117689L, 24607243L
  };

  private static final int END = -1;
  private static final int EMPTY = -1;
  private static final int BEFORE_BEGIN = -2;

  private final long[] hashes;
  private final int[] next;
  private int head = END;
  private int[] buckets = new int[0];

  private StdHashOrder(long[] hashes) {
    this.hashes = hashes;
    this.next = new int[hashes.length];
  }

  /**
   * Returns the insertion indices {@code 0..hashes.length-1} in iteration order.
   *
   * @param hashes the hash of each key in insertion order; keys are distinct, hashes non-negative
   */
  static int[] iterationOrder(long[] hashes) {
    StdHashOrder table = new StdHashOrder(hashes);
    for (int node = 0; node < hashes.length; node++) {
      table.insert(node);
    }
    int[] order = new int[hashes.length];
    int position = 0;
    for (int node = table.head; node != END; node = table.next[node]) {
      order[position++] = node;
    }
    return order;
  }

  private void insert(int node) {
    if (node + 1 > buckets.length) {
      rehash(nextBucketCount(buckets.length));
    }
    int bucket = bucketOf(node);
    if (buckets[bucket] != EMPTY) {
      int before = buckets[bucket];
      next[node] = nextOf(before);
      setNext(before, node);
    } else {
      next[node] = head;
      head = node;
      if (next[node] != END) {
        buckets[bucketOf(next[node])] = node;
      }
      buckets[bucket] = BEFORE_BEGIN;
    }
  }

  private void rehash(int bucketCount) {
    int[] fresh = new int[bucketCount];
    java.util.Arrays.fill(fresh, EMPTY);
    buckets = fresh;
    int node = head;
    head = END;
    int beginBucket = 0;
    while (node != END) {
      int following = next[node];
      int bucket = bucketOf(node);
      if (fresh[bucket] == EMPTY) {
        next[node] = head;
        head = node;
        fresh[bucket] = BEFORE_BEGIN;
        if (next[node] != END) {
          fresh[beginBucket] = node;
        }
        beginBucket = bucket;
      } else {
        int before = fresh[bucket];
        next[node] = nextOf(before);
        setNext(before, node);
      }
      node = following;
    }
  }

  private int bucketOf(int node) {
    return (int) (hashes[node] % buckets.length);
  }

  private int nextOf(int before) {
    return before == BEFORE_BEGIN ? head : next[before];
  }

  private void setNext(int before, int node) {
    if (before == BEFORE_BEGIN) {
      head = node;
    } else {
      next[before] = node;
    }
  }

  private static int nextBucketCount(int current) {
    for (long count : BUCKET_COUNTS) {
      if (count > current) {
        return (int) count;
      }
    }
    throw new IllegalStateException(
        "a translation-table row has more than " + current + " entries; not supported");
  }
}
