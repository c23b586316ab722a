package dev.tarjama.eval;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * BLEU's smoothing of zero n-gram precisions, after Chen & Cherry (2014), "A Systematic
 * Comparison of Smoothing Techniques for Sentence-Level BLEU", WMT, as sacreBLEU 2.6.0 names them.
 */
public enum BleuSmoothing {
  /** No smoothing: a zero precision makes BLEU 0. */
  NONE("none", OptionalDouble.empty()),
  /** Chen & Cherry method 1: a zero match count becomes {@code value} (default 0.1). */
  FLOOR("floor", OptionalDouble.of(0.1)),
  /**
   * Chen & Cherry method 2 (Lin & Och 2004): {@code value} (default 1) is added to the matches and
   * totals of every order n >= 2.
   */
  ADD_K("add-k", OptionalDouble.of(1)),
  /**
   * Chen & Cherry method 3, the NIST/mteval-v13a smoothing and sacreBLEU's default: the k-th zero
   * precision becomes {@code 1 / (2^k * total)}.
   */
  EXP("exp", OptionalDouble.empty());

  private final String signatureName;
  private final OptionalDouble defaultValue;

  BleuSmoothing(String signatureName, OptionalDouble defaultValue) {
    this.signatureName = signatureName;
    this.defaultValue = defaultValue;
  }

  /** The name in the signature and on sacreBLEU's command line. */
  public String signatureName() {
    return signatureName;
  }

  /** The default smoothing value, present only for {@link #FLOOR} and {@link #ADD_K}. */
  public OptionalDouble defaultValue() {
    return defaultValue;
  }

  /**
   * Finds a smoothing method by its sacreBLEU name.
   *
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static BleuSmoothing fromName(String name) {
    for (BleuSmoothing smoothing : values()) {
      if (smoothing.signatureName.equals(name)) {
        return smoothing;
      }
    }
    throw new IllegalArgumentException(
        "unknown smoothing method '" + name + "', expected one of "
            + Arrays.stream(values()).map(BleuSmoothing::signatureName).toList());
  }
}
