package dev.tarjama.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * The number of TER edits between a hypothesis and a reference: Tercom's greedy block shifts
 * followed by a word-level Levenshtein distance, exactly as sacreBLEU 2.6.0's {@code lib_ter}
 * computes it (a near-exact port of Tercom, github.com/jhclark/tercom, with the edit distance
 * limited to a beam around the length-scaled diagonal and cached by hypothesis prefix after
 * PyTer).
 *
 * <p>Words are int ids (equal ids are equal words). One instance per reference, not thread-safe;
 * {@link Ter} creates one per call.
 */
final class TerEditDistance {

  // Tercom's limits, as sacreBLEU keeps them.
  private static final int MAX_SHIFT_SIZE = 10;
  private static final int MAX_SHIFT_DIST = 50;
  private static final int BEAM_WIDTH = 25;
  // sacreBLEU's own limits.
  private static final int MAX_CACHE_SIZE = 10000;
  private static final int MAX_SHIFT_CANDIDATES = 1000;

  /** Stands for sacreBLEU's int(1e16): far above any real cost, and +1 cannot overflow. */
  private static final int INFINITY = 1_000_000_000;

  private static final byte OP_NOP = 0;
  private static final byte OP_SUB = 1;
  private static final byte OP_INS = 2;
  private static final byte OP_DEL = 3;
  private static final byte OP_UNDEF = 4;

  private final int[] reference;
  private final Node cache = new Node(null, null);
  private int cacheSize;
  private int checkedCandidates;

  private TerEditDistance(int[] reference) {
    this.reference = reference;
  }

  /** A prefix-tree node: the edit-distance row after the words on the path to it. */
  private static final class Node {
    final Map<Integer, Node> children = new HashMap<>();
    final int[] costs;
    final byte[] ops;

    Node(int[] costs, byte[] ops) {
      this.costs = costs;
      this.ops = ops;
    }
  }

  /** The edit distance and the trace of operations (rewriting the hypothesis into the reference). */
  private record Distance(int cost, byte[] trace) {}

  /**
   * The minimum number of edits, shifts included; for an empty reference, the hypothesis length.
   */
  static int edits(int[] hypothesis, int[] reference) {
    if (reference.length == 0) {
      return hypothesis.length;
    }
    TerEditDistance distance = new TerEditDistance(reference);
    int shifts = 0;
    int[] words = hypothesis;
    while (true) {
      int[][] shifted = new int[1][];
      int delta = distance.bestShift(words, shifted);
      // sacreBLEU stops before applying a shift found after the candidate budget ran out.
      if (distance.checkedCandidates >= MAX_SHIFT_CANDIDATES || delta <= 0) {
        break;
      }
      shifts++;
      words = shifted[0];
    }
    return shifts + distance.distance(words).cost();
  }

  /** sacreBLEU's {@code _shift}: the best shift's gain, its result in {@code out[0]}. */
  private int bestShift(int[] words, int[][] out) {
    Distance before = distance(words);
    int[] align = new int[reference.length];
    int[] hypothesisErrors = new int[words.length];
    int[] referenceErrors = new int[reference.length];
    alignment(before.trace(), align, hypothesisErrors, referenceErrors);

    boolean found = false;
    int bestDelta = 0;
    int bestLength = 0;
    int bestStart = 0;
    int bestTarget = 0;
    for (int startH = 0; startH < words.length; startH++) {
      for (int startR = 0; startR < reference.length; startR++) {
        if (Math.abs(startR - startH) > MAX_SHIFT_DIST) {
          continue;
        }
        int length = 0;
        while (words[startH + length] == reference[startR + length] && length < MAX_SHIFT_SIZE) {
          length++;
          if (sum(hypothesisErrors, startH, length) != 0
              && sum(referenceErrors, startR, length) != 0
              && !(startH <= align[startR] && align[startR] < startH + length)) {
            int previous = -1;
            for (int offset = -1; offset < length; offset++) {
              int target;
              if (startR + offset == -1) {
                target = 0;
              } else if (startR + offset < reference.length) {
                // Unlike Tercom, which inserts after the index, sacreBLEU inserts before it.
                target = align[startR + offset] + 1;
              } else {
                break;
              }
              if (target == previous) {
                continue;
              }
              previous = target;
              int[] shifted = performShift(words, startH, length, target);
              int delta = before.cost() - distance(shifted).cost();
              checkedCandidates++;
              // Tercom's ranking: biggest gain, then longest, earliest start, earliest target.
              if (!found
                  || compare(delta, length, -startH, -target,
                          bestDelta, bestLength, -bestStart, -bestTarget) > 0) {
                found = true;
                bestDelta = delta;
                bestLength = length;
                bestStart = startH;
                bestTarget = target;
                out[0] = shifted;
              }
            }
          }
          if (checkedCandidates >= MAX_SHIFT_CANDIDATES) {
            return found ? bestDelta : 0;
          }
          if (words.length == startH + length || reference.length == startR + length) {
            break;
          }
        }
      }
    }
    return found ? bestDelta : 0;
  }

  private static int compare(int a1, int a2, int a3, int a4, int b1, int b2, int b3, int b4) {
    if (a1 != b1) {
      return Integer.compare(a1, b1);
    }
    if (a2 != b2) {
      return Integer.compare(a2, b2);
    }
    if (a3 != b3) {
      return Integer.compare(a3, b3);
    }
    return Integer.compare(a4, b4);
  }

  private static int sum(int[] values, int start, int length) {
    int total = 0;
    for (int i = start; i < Math.min(values.length, start + length); i++) {
      total += values[i];
    }
    return total;
  }

  /**
   * sacreBLEU's {@code trace_to_alignment} of the flipped trace: for each reference position, the
   * hypothesis position it aligns to, and which positions are errors.
   */
  private static void alignment(
      byte[] trace, int[] align, int[] hypothesisErrors, int[] referenceErrors) {
    int hypothesis = -1;
    int reference = -1;
    for (byte op : trace) {
      // Flipped: a deletion from the hypothesis is an insertion when rewriting the reference.
      switch (op) {
        case OP_NOP, OP_SUB -> {
          hypothesis++;
          reference++;
          align[reference] = hypothesis;
          int error = op == OP_SUB ? 1 : 0;
          hypothesisErrors[hypothesis] = error;
          referenceErrors[reference] = error;
        }
        case OP_DEL -> {
          hypothesis++;
          hypothesisErrors[hypothesis] = 1;
        }
        case OP_INS -> {
          reference++;
          align[reference] = hypothesis;
          referenceErrors[reference] = 1;
        }
        default -> throw new IllegalStateException("unknown edit operation " + op);
      }
    }
  }

  /** sacreBLEU's {@code _perform_shift}, Python slice clamping included. */
  static int[] performShift(int[] words, int start, int length, int target) {
    int[] out = new int[words.length];
    int at = 0;
    if (target < start) {
      at = copy(words, 0, target, out, at);
      at = copy(words, start, start + length, out, at);
      at = copy(words, target, start, out, at);
      copy(words, start + length, words.length, out, at);
    } else if (target > start + length) {
      at = copy(words, 0, start, out, at);
      at = copy(words, start + length, target, out, at);
      at = copy(words, start, start + length, out, at);
      copy(words, target, words.length, out, at);
    } else {
      at = copy(words, 0, start, out, at);
      at = copy(words, start + length, length + target, out, at);
      at = copy(words, start, start + length, out, at);
      copy(words, length + target, words.length, out, at);
    }
    return out;
  }

  private static int copy(int[] from, int start, int end, int[] to, int at) {
    int s = Math.min(Math.max(start, 0), from.length);
    int e = Math.min(Math.max(end, 0), from.length);
    if (e <= s) {
      return at;
    }
    System.arraycopy(from, s, to, at, e - s);
    return at + e - s;
  }

  /** sacreBLEU's {@code BeamEditDistance.__call__}: cached prefix rows, then the beam. */
  private Distance distance(int[] words) {
    int n = words.length;
    int width = reference.length + 1;
    int[][] costs = new int[n + 1][];
    byte[][] ops = new byte[n + 1][];
    Node[] path = new Node[n + 1];
    path[0] = cache;
    costs[0] = new int[width];
    ops[0] = new byte[width];
    for (int j = 0; j < width; j++) {
      costs[0][j] = j;
      ops[0][j] = OP_INS;
    }
    int start = 0;
    while (start < n) {
      Node next = path[start].children.get(words[start]);
      if (next == null) {
        break;
      }
      start++;
      path[start] = next;
      costs[start] = next.costs;
      ops[start] = next.ops;
    }
    fill(words, start, costs, ops);
    byte[] trace = trace(n, ops);
    addToCache(words, start, path, costs, ops);
    return new Distance(costs[n][reference.length], trace);
  }

  private void fill(int[] words, int start, int[][] costs, byte[][] ops) {
    int n = words.length;
    int width = reference.length + 1;
    double lengthRatio = n > 0 ? (double) reference.length / n : 1;
    // In very unequal lengths the beam could miss the previous row entirely; widen it.
    int beam =
        BEAM_WIDTH < lengthRatio / 2 ? (int) Math.ceil(lengthRatio / 2 + BEAM_WIDTH) : BEAM_WIDTH;
    for (int i = start + 1; i <= n; i++) {
      int[] row = new int[width];
      byte[] rowOps = new byte[width];
      java.util.Arrays.fill(row, INFINITY);
      java.util.Arrays.fill(rowOps, OP_UNDEF);
      int[] up = costs[i - 1];
      int diagonal = (int) Math.floor(i * lengthRatio);
      int minJ = Math.max(0, diagonal - beam);
      int maxJ = i == n ? width : Math.min(width, diagonal + beam);
      for (int j = minJ; j < maxJ; j++) {
        if (j == 0) {
          row[0] = up[0] + 1;
          rowOps[0] = OP_DEL;
          continue;
        }
        boolean same = words[i - 1] == reference[j - 1];
        // Tercom prefers no-op/substitution, then insertion, then deletion; the trace is flipped
        // later, so deletion is tried before insertion here.
        int cost = up[j - 1] + (same ? 0 : 1);
        if (row[j] > cost) {
          row[j] = cost;
          rowOps[j] = same ? OP_NOP : OP_SUB;
        }
        cost = up[j] + 1;
        if (row[j] > cost) {
          row[j] = cost;
          rowOps[j] = OP_DEL;
        }
        cost = row[j - 1] + 1;
        if (row[j] > cost) {
          row[j] = cost;
          rowOps[j] = OP_INS;
        }
      }
      costs[i] = row;
      ops[i] = rowOps;
    }
  }

  private byte[] trace(int n, byte[][] ops) {
    byte[] reversed = new byte[n + reference.length];
    int length = 0;
    int i = n;
    int j = reference.length;
    while (i > 0 || j > 0) {
      byte op = ops[i][j];
      reversed[length++] = op;
      switch (op) {
        case OP_NOP, OP_SUB -> {
          i--;
          j--;
        }
        case OP_INS -> j--;
        case OP_DEL -> i--;
        default -> throw new IllegalStateException("undefined edit operation at " + i + "," + j);
      }
    }
    byte[] trace = new byte[length];
    for (int k = 0; k < length; k++) {
      trace[k] = reversed[length - 1 - k];
    }
    return trace;
  }

  private void addToCache(int[] words, int start, Node[] path, int[][] costs, byte[][] ops) {
    if (cacheSize >= MAX_CACHE_SIZE) {
      return;
    }
    Node node = path[start];
    for (int i = start; i < words.length; i++) {
      Node child = node.children.get(words[i]);
      if (child == null) {
        child = new Node(costs[i + 1], ops[i + 1]);
        node.children.put(words[i], child);
        cacheSize++;
      }
      node = child;
    }
  }
}
