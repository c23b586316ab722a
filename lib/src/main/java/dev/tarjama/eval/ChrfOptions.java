package dev.tarjama.eval;

/**
 * Options of {@link Chrf}, sacreBLEU 2.6.0's {@code CHRF(...)} arguments.
 *
 * @param charOrder the highest character n-gram order; 6 (Popović 2015)
 * @param wordOrder the highest word n-gram order; 0 for chrF, 2 for chrF++ (Popović 2017)
 * @param beta the recall weight of the F-score; 2, "recall twice as important" (Popović 2016,
 *     WMT, https://aclanthology.org/W16-2341)
 * @param lowercase whether to lowercase (Python {@code str.lower()}) first; off by default
 * @param whitespace whether character n-grams keep whitespace; off by default (whitespace removed)
 * @param epsSmoothing whether to average per-order F-scores with epsilon for empty orders (as
 *     chrF++.py, Moses and NLTK do) instead of sacreBLEU's effective-order averaging of precision
 *     and recall; off by default ({@code eff:yes})
 */
public record ChrfOptions(
    int charOrder,
    int wordOrder,
    int beta,
    boolean lowercase,
    boolean whitespace,
    boolean epsSmoothing) {

  /** chrF2 as sacreBLEU computes it by default. */
  public static final ChrfOptions DEFAULTS = new ChrfOptions(6, 0, 2, false, false, false);

  /** chrF2++: the defaults with word order 2. */
  public static final ChrfOptions CHRF_PLUS_PLUS = DEFAULTS.withWordOrder(2);

  /** Validates the options. */
  public ChrfOptions {
    if (charOrder < 0 || wordOrder < 0 || charOrder + wordOrder == 0) {
      throw new IllegalArgumentException(
          "charOrder and wordOrder must be >= 0 and not both 0, got charOrder=" + charOrder
              + ", wordOrder=" + wordOrder);
    }
    if (beta < 0) {
      throw new IllegalArgumentException("beta must be >= 0, got " + beta);
    }
  }

  /** A copy with another character order. */
  public ChrfOptions withCharOrder(int value) {
    return new ChrfOptions(value, wordOrder, beta, lowercase, whitespace, epsSmoothing);
  }

  /** A copy with another word order (2 gives chrF++). */
  public ChrfOptions withWordOrder(int value) {
    return new ChrfOptions(charOrder, value, beta, lowercase, whitespace, epsSmoothing);
  }

  /** A copy with another beta. */
  public ChrfOptions withBeta(int value) {
    return new ChrfOptions(charOrder, wordOrder, value, lowercase, whitespace, epsSmoothing);
  }

  /** A copy with lowercasing on or off. */
  public ChrfOptions withLowercase(boolean value) {
    return new ChrfOptions(charOrder, wordOrder, beta, value, whitespace, epsSmoothing);
  }

  /** A copy that keeps or removes whitespace in character n-grams. */
  public ChrfOptions withWhitespace(boolean value) {
    return new ChrfOptions(charOrder, wordOrder, beta, lowercase, value, epsSmoothing);
  }

  /** A copy with epsilon smoothing on or off. */
  public ChrfOptions withEpsSmoothing(boolean value) {
    return new ChrfOptions(charOrder, wordOrder, beta, lowercase, whitespace, value);
  }
}
