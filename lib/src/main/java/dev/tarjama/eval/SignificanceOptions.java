package dev.tarjama.eval;

import java.util.Objects;

/**
 * Options of {@link PairedTest}, sacreBLEU's {@code --paired-bs}/{@code --paired-ar} arguments.
 *
 * @param test the test: paired bootstrap resampling (default) or approximate randomisation
 * @param samples bootstrap resamples (sacreBLEU default 1,000) or randomisation trials (10,000)
 * @param seed the seed of NumPy's {@code default_rng}, sacreBLEU's {@code SACREBLEU_SEED}
 *     (default 12345); with the same seed the resamples are exactly sacreBLEU's, in [0, 2^32)
 */
public record SignificanceOptions(SignificanceTest test, int samples, long seed) {

  /** sacreBLEU's seed when {@code SACREBLEU_SEED} is not set. */
  public static final long DEFAULT_SEED = 12345;

  /** Paired bootstrap resampling with 1,000 resamples and seed 12345, as sacreBLEU. */
  public static final SignificanceOptions DEFAULTS =
      new SignificanceOptions(SignificanceTest.PAIRED_BOOTSTRAP, 1000, DEFAULT_SEED);

  /** Validates the options. */
  public SignificanceOptions {
    Objects.requireNonNull(test, "test");
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be >= 1, got " + samples);
    }
    if (seed < 0 || seed > 0xFFFFFFFFL) {
      throw new IllegalArgumentException("seed must be in [0, 2^32), got " + seed);
    }
  }

  /** A copy with another test and that test's default number of samples. */
  public SignificanceOptions withTest(SignificanceTest value) {
    return new SignificanceOptions(value, value.defaultSamples(), seed);
  }

  /** A copy with another number of resamples or trials. */
  public SignificanceOptions withSamples(int value) {
    return new SignificanceOptions(test, value, seed);
  }

  /** A copy with another seed. */
  public SignificanceOptions withSeed(long value) {
    return new SignificanceOptions(test, samples, value);
  }
}
