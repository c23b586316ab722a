package dev.tarjama.eval;

/**
 * NumPy's default random generator, {@code np.random.default_rng(seed)}: PCG64 (O'Neill 2014,
 * XSL-RR 128/64) seeded through {@code SeedSequence}, with the bounded-integer methods sacreBLEU's
 * significance tests call ({@code choice(n, size, replace=True)} and {@code integers(2,
 * dtype=bool)}). Reproducing the stream lets the paired tests draw exactly the resamples sacreBLEU
 * draws for the same seed (NumPy 1.24).
 *
 * <p>Mutable and not thread-safe: one instance per test run.
 */
final class NumpyRandom {

  // SeedSequence constants (numpy/random/bit_generator.pyx, after M. O'Neill's seed_seq_fe).
  private static final int INIT_A = 0x43b0d7e5;
  private static final int MULT_A = 0x931e8875;
  private static final int INIT_B = 0x8b51f9dd;
  private static final int MULT_B = 0x58f38ded;
  private static final int MIX_MULT_L = 0xca01f9dd;
  private static final int MIX_MULT_R = 0x4973f715;
  private static final int XSHIFT = 16;
  private static final int POOL_SIZE = 4;

  /** PCG's 128-bit multiplier 0x2360ED051FC65DA44385DF649FCCF645, as high and low halves. */
  private static final long MULT_HIGH = 0x2360ED051FC65DA4L;
  private static final long MULT_LOW = 0x4385DF649FCCF645L;

  private long stateHigh;
  private long stateLow;
  private long incHigh;
  private long incLow;
  private boolean hasHalf;
  private int half;
  private int boolBits;
  private int boolBuffer;

  /** {@code np.random.default_rng(seed)} for a seed in [0, 2^32). */
  NumpyRandom(long seed) {
    if (seed < 0 || seed > 0xFFFFFFFFL) {
      throw new IllegalArgumentException("seed must be in [0, 2^32), got " + seed);
    }
    int[] pool = mixEntropy(new int[] {(int) seed});
    long[] words = generateState(pool, 4);
    seed(words[0], words[1], words[2], words[3]);
  }

  private static int[] mixEntropy(int[] entropy) {
    int[] hashConst = {INIT_A};
    int[] mixer = new int[POOL_SIZE];
    for (int i = 0; i < POOL_SIZE; i++) {
      mixer[i] = hashmix(i < entropy.length ? entropy[i] : 0, hashConst);
    }
    for (int source = 0; source < POOL_SIZE; source++) {
      for (int target = 0; target < POOL_SIZE; target++) {
        if (source != target) {
          mixer[target] = mix(mixer[target], hashmix(mixer[source], hashConst));
        }
      }
    }
    for (int source = POOL_SIZE; source < entropy.length; source++) {
      for (int target = 0; target < POOL_SIZE; target++) {
        mixer[target] = mix(mixer[target], hashmix(entropy[source], hashConst));
      }
    }
    return mixer;
  }

  private static int hashmix(int value, int[] hashConst) {
    value ^= hashConst[0];
    hashConst[0] *= MULT_A;
    value *= hashConst[0];
    return value ^ (value >>> XSHIFT);
  }

  private static int mix(int x, int y) {
    int result = MIX_MULT_L * x - MIX_MULT_R * y;
    return result ^ (result >>> XSHIFT);
  }

  private static long[] generateState(int[] pool, int words64) {
    int hashConst = INIT_B;
    int[] state = new int[2 * words64];
    for (int i = 0; i < state.length; i++) {
      int value = pool[i % POOL_SIZE];
      value ^= hashConst;
      hashConst *= MULT_B;
      value *= hashConst;
      state[i] = value ^ (value >>> XSHIFT);
    }
    long[] out = new long[words64];
    for (int i = 0; i < words64; i++) {
      out[i] = (state[2 * i] & 0xFFFFFFFFL) | ((long) state[2 * i + 1] << 32);
    }
    return out;
  }

  /** pcg64_set_seed: state = (s0, s1), sequence = (i0, i1), then pcg's srandom. */
  private void seed(long s0, long s1, long i0, long i1) {
    incHigh = (i0 << 1) | (i1 >>> 63);
    incLow = (i1 << 1) | 1;
    stateHigh = 0;
    stateLow = 0;
    step();
    long low = stateLow + s1;
    long carry = Long.compareUnsigned(low, stateLow) < 0 ? 1 : 0;
    stateHigh = stateHigh + s0 + carry;
    stateLow = low;
    step();
  }

  /** state = state * MULT + inc (mod 2^128). */
  private void step() {
    long low = stateLow * MULT_LOW;
    long high =
        Math.multiplyHigh(stateLow, MULT_LOW)
            + ((stateLow >> 63) & MULT_LOW)
            + ((MULT_LOW >> 63) & stateLow)
            + stateLow * MULT_HIGH
            + stateHigh * MULT_LOW;
    long sumLow = low + incLow;
    long carry = Long.compareUnsigned(sumLow, low) < 0 ? 1 : 0;
    stateHigh = high + incHigh + carry;
    stateLow = sumLow;
  }

  /** The next 64 random bits: step, then XSL-RR output of the new state. */
  long nextLong() {
    step();
    int rotation = (int) (stateHigh >>> 58);
    return Long.rotateRight(stateHigh ^ stateLow, rotation);
  }

  /** NumPy's next_uint32 for PCG64: the low half of a 64-bit draw, then its high half. */
  int nextInt() {
    if (hasHalf) {
      hasHalf = false;
      return half;
    }
    long next = nextLong();
    hasHalf = true;
    half = (int) (next >>> 32);
    return (int) next;
  }

  /** {@code integers(0, bound)} for bound <= 2^32 - 1: Lemire's multiply-and-reject on 32 bits. */
  int nextBounded(int bound) {
    long range = bound & 0xFFFFFFFFL;
    long m = (nextInt() & 0xFFFFFFFFL) * range;
    long leftover = m & 0xFFFFFFFFL;
    if (leftover < range) {
      long threshold = (0xFFFFFFFFL - (range - 1)) % range;
      while (leftover < threshold) {
        m = (nextInt() & 0xFFFFFFFFL) * range;
        leftover = m & 0xFFFFFFFFL;
      }
    }
    return (int) (m >>> 32);
  }

  /** {@code choice(n, size=(rows, n), replace=True)}, row-major. */
  int[][] choice(int n, int rows) {
    int[][] out = new int[rows][n];
    for (int[] row : out) {
      for (int i = 0; i < n; i++) {
        row[i] = n == 1 ? 0 : nextBounded(n);
      }
    }
    return out;
  }

  /** {@code integers(2, size=(rows, n), dtype=bool)}: one bit of a buffered 32-bit draw each. */
  boolean[][] coinFlips(int rows, int n) {
    boolean[][] out = new boolean[rows][n];
    for (boolean[] row : out) {
      for (int i = 0; i < n; i++) {
        if (boolBits == 0) {
          boolBuffer = nextInt();
          boolBits = 31;
        } else {
          boolBuffer >>>= 1;
          boolBits--;
        }
        row[i] = (boolBuffer & 1) != 0;
      }
    }
    return out;
  }
}
