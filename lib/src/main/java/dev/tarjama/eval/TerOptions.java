package dev.tarjama.eval;

/**
 * Options of {@link Ter}, sacreBLEU 2.6.0's {@code TER(...)} arguments. The defaults replicate
 * Tercom (Snover et al. 2006): lowercased, no normalization, punctuation kept.
 *
 * @param normalized whether to apply Tercom's normalization: unescape {@code &quot; &amp; &lt;
 *     &gt;}, split off punctuation and possessive {@code 's}, split {@code .} and {@code ,} except
 *     next to digits; off by default
 * @param noPunct whether to remove the punctuation {@code . , ? : ; ! " ( )}; off by default
 * @param asianSupport whether {@code normalized} also splits CJK characters and {@code noPunct}
 *     also removes CJK and full-width punctuation; off by default
 * @param caseSensitive whether to keep case; off by default (Tercom lowercases)
 */
public record TerOptions(
    boolean normalized, boolean noPunct, boolean asianSupport, boolean caseSensitive) {

  /** Tercom's defaults, as sacreBLEU uses them. */
  public static final TerOptions DEFAULTS = new TerOptions(false, false, false, false);

  /** A copy with normalization on or off. */
  public TerOptions withNormalized(boolean value) {
    return new TerOptions(value, noPunct, asianSupport, caseSensitive);
  }

  /** A copy with punctuation removal on or off. */
  public TerOptions withNoPunct(boolean value) {
    return new TerOptions(normalized, value, asianSupport, caseSensitive);
  }

  /** A copy with Asian-language support on or off. */
  public TerOptions withAsianSupport(boolean value) {
    return new TerOptions(normalized, noPunct, value, caseSensitive);
  }

  /** A copy with case sensitivity on or off. */
  public TerOptions withCaseSensitive(boolean value) {
    return new TerOptions(normalized, noPunct, asianSupport, value);
  }
}
