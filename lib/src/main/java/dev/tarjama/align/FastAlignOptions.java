package dev.tarjama.align;

/**
 * Training options of the fast_align aligner; each field names the fast_align flag it mirrors.
 *
 * <p>{@link #DEFAULTS} is fast_align's recommended setting {@code -d -o -v}; {@link #MODEL_1} is
 * what fast_align does with no flags (IBM Model 1 with a NULL word).
 *
 * @param iterations number of EM iterations, {@code -I}; the last one only aligns (default 5)
 * @param favorDiagonal use the diagonal prior {@code p(a_j = i) ∝ exp(λ·h)}, {@code -d}; false
 *     means a uniform prior {@code 1/(n+1)} (IBM Model 1)
 * @param nullProbability prior probability {@code p0} of aligning to NULL under the diagonal
 *     prior, {@code -q} (default 0.08)
 * @param tension the starting diagonal tension λ, {@code -T} (default 4)
 * @param optimizeTension re-estimate λ after iterations 2 to I-1 by 8 steps of {@code λ +=
 *     20·(empirical − model feature)}, clamped to [0.1, 14], {@code -o}; false keeps λ fixed
 * @param variationalBayes M-step {@code t = exp(ψ(c+α) − ψ(Σ(c+α)))} with a Dirichlet prior,
 *     {@code -v}; false means maximum likelihood {@code t = c / Σc}
 * @param alpha the Dirichlet prior α for variational Bayes, {@code -a} (default 0.01)
 * @param nullWord let target words align to NULL; false is fast_align's {@code -N}
 * @param reverse swap the sides: predict source words from target words, {@code -r}; links are
 *     still reported as (source, target)
 */
public record FastAlignOptions(
    int iterations,
    boolean favorDiagonal,
    double nullProbability,
    double tension,
    boolean optimizeTension,
    boolean variationalBayes,
    double alpha,
    boolean nullWord,
    boolean reverse) {

  /** fast_align {@code -d -o -v}: diagonal prior, tension optimisation, variational Bayes. */
  public static final FastAlignOptions DEFAULTS =
      new FastAlignOptions(5, true, 0.08, 4.0, true, true, 0.01, true, false);

  /** fast_align with no flags: IBM Model 1 with a NULL word and maximum-likelihood updates. */
  public static final FastAlignOptions MODEL_1 =
      new FastAlignOptions(5, false, 0.08, 4.0, false, false, 0.01, true, false);

  /** Validates ranges. */
  public FastAlignOptions {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be >= 1, got " + iterations);
    }
    if (!(nullProbability >= 0 && nullProbability < 1)) {
      throw new IllegalArgumentException(
          "nullProbability must be in [0, 1), got " + nullProbability);
    }
    if (!(tension > 0) || Double.isInfinite(tension)) {
      throw new IllegalArgumentException("tension must be > 0 and finite, got " + tension);
    }
    if (variationalBayes && !(alpha > 0)) {
      throw new IllegalArgumentException(
          "alpha must be > 0 with variationalBayes, got " + alpha);
    }
    if (Double.isNaN(alpha) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("alpha must be finite, got " + alpha);
    }
  }

  /** A copy with {@code iterations} set to {@code value}; validated like the constructor. */
  public FastAlignOptions withIterations(int value) {
    return new FastAlignOptions(value, favorDiagonal, nullProbability, tension,
        optimizeTension, variationalBayes, alpha, nullWord, reverse);
  }

  /** A copy with {@code favorDiagonal} set to {@code value}; validated like the constructor. */
  public FastAlignOptions withFavorDiagonal(boolean value) {
    return new FastAlignOptions(iterations, value, nullProbability, tension,
        optimizeTension, variationalBayes, alpha, nullWord, reverse);
  }

  /** A copy with {@code nullProbability} set to {@code value}; validated like the constructor. */
  public FastAlignOptions withNullProbability(double value) {
    return new FastAlignOptions(iterations, favorDiagonal, value, tension,
        optimizeTension, variationalBayes, alpha, nullWord, reverse);
  }

  /** A copy with {@code tension} set to {@code value}; validated like the constructor. */
  public FastAlignOptions withTension(double value) {
    return new FastAlignOptions(iterations, favorDiagonal, nullProbability, value,
        optimizeTension, variationalBayes, alpha, nullWord, reverse);
  }

  /** A copy with {@code optimizeTension} set to {@code value}; validated like the constructor. */
  public FastAlignOptions withOptimizeTension(boolean value) {
    return new FastAlignOptions(iterations, favorDiagonal, nullProbability, tension,
        value, variationalBayes, alpha, nullWord, reverse);
  }

  /** A copy with {@code variationalBayes} set to {@code value}; validated like the constructor. */
  public FastAlignOptions withVariationalBayes(boolean value) {
    return new FastAlignOptions(iterations, favorDiagonal, nullProbability, tension,
        optimizeTension, value, alpha, nullWord, reverse);
  }

  /** A copy with {@code alpha} set to {@code value}; validated like the constructor. */
  public FastAlignOptions withAlpha(double value) {
    return new FastAlignOptions(iterations, favorDiagonal, nullProbability, tension,
        optimizeTension, variationalBayes, value, nullWord, reverse);
  }

  /** A copy with {@code nullWord} set to {@code value}; validated like the constructor. */
  public FastAlignOptions withNullWord(boolean value) {
    return new FastAlignOptions(iterations, favorDiagonal, nullProbability, tension,
        optimizeTension, variationalBayes, alpha, value, reverse);
  }

  /** A copy with {@code reverse} set to {@code value}; validated like the constructor. */
  public FastAlignOptions withReverse(boolean value) {
    return new FastAlignOptions(iterations, favorDiagonal, nullProbability, tension,
        optimizeTension, variationalBayes, alpha, nullWord, value);
  }
}
