package dev.tarjama.eval;

/** The paired significance tests sacreBLEU offers, with their signature key and defaults. */
public enum SignificanceTest {
  /** Paired bootstrap resampling (Koehn 2004); sacreBLEU's {@code --paired-bs}, key {@code bs}. */
  PAIRED_BOOTSTRAP("bs", 1000),
  /**
   * Paired approximate randomisation (Riezler & Maxwell 2005, as in multeval); sacreBLEU's {@code
   * --paired-ar}, key {@code ar}.
   */
  APPROXIMATE_RANDOMIZATION("ar", 10000);

  private final String signatureKey;
  private final int defaultSamples;

  SignificanceTest(String signatureKey, int defaultSamples) {
    this.signatureKey = signatureKey;
    this.defaultSamples = defaultSamples;
  }

  /** The signature key: {@code bs} or {@code ar}. */
  public String signatureKey() {
    return signatureKey;
  }

  /** sacreBLEU's default number of resamples (1,000) or trials (10,000). */
  public int defaultSamples() {
    return defaultSamples;
  }
}
