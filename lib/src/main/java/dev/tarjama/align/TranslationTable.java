package dev.tarjama.align;

import java.io.IOException;

/**
 * fast_align's lexical translation table t(f | e) in flat arrays: one row per conditioning word id
 * e, each row's entries in the order fast_align's {@code std::unordered_map} iterates them, since
 * that order decides the rounding of every row sum (see {@link StdHashOrder}).
 *
 * <p>Only the trainer writes the probabilities; a table owned by a {@link FastAlignModel} is never
 * written again and may be read by many threads.
 */
final class TranslationTable {

  /** t(f | e) before the first M-step and for pairs never seen in training ({@code ttables.h}). */
  static final double UNSEEN = 1e-9;

  private final int[] rowStart;
  private final int[] targets;
  private final double[] probs;
  /** Built on first lookup: training reads slots from its own per-line cache instead. */
  private volatile LongIntMap slots;
  private boolean initialized;

  TranslationTable(int[] rowStart, int[] targets, double[] probs, boolean initialized) {
    this.rowStart = rowStart;
    this.targets = targets;
    this.probs = probs;
    this.initialized = initialized;
  }

  private LongIntMap slots() {
    LongIntMap map = slots;
    if (map == null) {
      synchronized (this) {
        map = slots;
        if (map == null) {
          map = new LongIntMap(targets.length);
          for (int row = 0; row + 1 < rowStart.length; row++) {
            for (int slot = rowStart[row]; slot < rowStart[row + 1]; slot++) {
              map.putIfAbsent(LongIntMap.key(row, targets[slot]), slot);
            }
          }
          slots = map;
        }
      }
    }
    return map;
  }

  int rows() {
    return rowStart.length - 1;
  }

  int size() {
    return targets.length;
  }

  int rowStart(int row) {
    return rowStart[row];
  }

  int target(int slot) {
    return targets[slot];
  }

  double probAt(int slot) {
    return probs[slot];
  }

  boolean initialized() {
    return initialized;
  }

  /** The slot of t(f | e), or {@link LongIntMap#MISSING} (also for unknown ids, which are < 0). */
  int slot(int e, int f) {
    if (e < 0 || f < 0) {
      return LongIntMap.MISSING;
    }
    return slots().get(LongIntMap.key(e, f));
  }

  /** t at {@code slot}, or {@link #UNSEEN} for a missing slot or before the first M-step. */
  double prob(int slot) {
    return (initialized && slot >= 0) ? probs[slot] : UNSEEN;
  }

  /** Maximum-likelihood M-step {@code t = c / Σ_f c}, summing each row in order; zeroes counts. */
  void normalize(double[] counts) {
    for (int row = 0; row + 1 < rowStart.length; row++) {
      double total = 0;
      for (int slot = rowStart[row]; slot < rowStart[row + 1]; slot++) {
        total += counts[slot];
      }
      if (total == 0) {
        total = 1;
      }
      for (int slot = rowStart[row]; slot < rowStart[row + 1]; slot++) {
        probs[slot] = counts[slot] / total;
        counts[slot] = 0;
      }
    }
    initialized = true;
  }

  /** Variational-Bayes M-step {@code t = exp(ψ(c+α) − ψ(Σ_f (c+α)))}; zeroes counts. */
  void normalizeVariationalBayes(double[] counts, double alpha) {
    for (int row = 0; row + 1 < rowStart.length; row++) {
      double total = 0;
      for (int slot = rowStart[row]; slot < rowStart[row + 1]; slot++) {
        total += counts[slot] + alpha;
      }
      if (total == 0) {
        total = 1;
      }
      double digammaTotal = digamma(total);
      for (int slot = rowStart[row]; slot < rowStart[row + 1]; slot++) {
        probs[slot] = Math.exp(digamma(counts[slot] + alpha) - digammaTotal);
        counts[slot] = 0;
      }
    }
    initialized = true;
  }

  /**
   * fast_align's digamma ({@code Md::digamma} in {@code ttables.h}): the recurrence ψ(x) = ψ(x+1) −
   * 1/x up to x ≥ 7, then the asymptotic series at x − 1/2.
   */
  static double digamma(double x) {
    double result = 0;
    for (; x < 7; ++x) {
      result -= 1 / x;
    }
    x -= 1.0 / 2.0;
    double xx = 1.0 / x;
    double xx2 = xx * xx;
    double xx4 = xx2 * xx2;
    result +=
        Math.log(x)
            + (1. / 24.) * xx2
            - (7.0 / 960.0) * xx4
            + (31.0 / 8064.0) * xx4 * xx2
            - (127.0 / 30720.0) * xx4 * xx4;
    return result;
  }

  /**
   * Writes the table as fast_align's {@code -p} does: {@code e TAB f TAB ln t} per line, rows by
   * id and entries in row order, keeping only entries with {@code ln t >= -ln(max_f t) ·
   * beamThreshold}.
   */
  void write(Appendable out, Vocabulary vocabulary, double beamThreshold) throws IOException {
    for (int row = 0; row + 1 < rowStart.length; row++) {
      double max = -1;
      for (int slot = rowStart[row]; slot < rowStart[row + 1]; slot++) {
        if (probs[slot] > max) {
          max = probs[slot];
        }
      }
      double threshold = -Math.log(max) * beamThreshold;
      String source = vocabulary.word(row);
      for (int slot = rowStart[row]; slot < rowStart[row + 1]; slot++) {
        double logProb = Math.log(probs[slot]);
        if (logProb >= threshold) {
          out.append(source).append('\t').append(vocabulary.word(targets[slot])).append('\t');
          out.append(FastAlignFormat.number(logProb)).append('\n');
        }
      }
    }
  }
}
