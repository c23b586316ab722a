package dev.tarjama.eval;

import java.util.Objects;

/**
 * Options of {@link Bleu}, sacreBLEU 2.6.0's {@code BLEU(...)} arguments.
 *
 * @param tokenizer the tokenizer applied to hypotheses and references; default {@code 13a}
 * @param smoothing the smoothing of zero precisions; default {@code exp}
 * @param smoothValue the value of {@code floor} or {@code add-k}; ignored by the other methods;
 *     defaults to the method's own default (0.1 and 1)
 * @param lowercase whether to lowercase (Python {@code str.lower()}) before tokenizing; off by
 *     default ({@code case:mixed})
 * @param effectiveOrder whether to average only the orders that have hypothesis n-grams, as
 *     sentence-level BLEU should (the {@code sacrebleu} command turns it on with {@code
 *     --sentence-level}); off by default
 * @param maxNgramOrder the highest n-gram order; 4 as in Papineni et al. (2002)
 */
public record BleuOptions(
    BleuTokenizer tokenizer,
    BleuSmoothing smoothing,
    double smoothValue,
    boolean lowercase,
    boolean effectiveOrder,
    int maxNgramOrder) {

  /** sacreBLEU's defaults: 13a, exp smoothing, mixed case, no effective order, order 4. */
  public static final BleuOptions DEFAULTS =
      new BleuOptions(BleuTokenizer.THIRTEEN_A, BleuSmoothing.EXP, 0, false, false, 4);

  /** Validates the options. */
  public BleuOptions {
    Objects.requireNonNull(tokenizer, "tokenizer");
    Objects.requireNonNull(smoothing, "smoothing");
    if (maxNgramOrder < 1) {
      throw new IllegalArgumentException("maxNgramOrder must be >= 1, got " + maxNgramOrder);
    }
    if (!Double.isFinite(smoothValue) || smoothValue < 0) {
      throw new IllegalArgumentException(
          "smoothValue must be finite and >= 0, got " + smoothValue);
    }
  }

  /** A copy with another tokenizer. */
  public BleuOptions withTokenizer(BleuTokenizer value) {
    return new BleuOptions(value, smoothing, smoothValue, lowercase, effectiveOrder, maxNgramOrder);
  }

  /** A copy with another smoothing method and that method's default value. */
  public BleuOptions withSmoothing(BleuSmoothing value) {
    return new BleuOptions(
        tokenizer, value, value.defaultValue().orElse(0), lowercase, effectiveOrder,
        maxNgramOrder);
  }

  /** A copy with another smoothing value (used by {@code floor} and {@code add-k}). */
  public BleuOptions withSmoothValue(double value) {
    return new BleuOptions(tokenizer, smoothing, value, lowercase, effectiveOrder, maxNgramOrder);
  }

  /** A copy with lowercasing on or off. */
  public BleuOptions withLowercase(boolean value) {
    return new BleuOptions(tokenizer, smoothing, smoothValue, value, effectiveOrder, maxNgramOrder);
  }

  /** A copy with effective order on or off. */
  public BleuOptions withEffectiveOrder(boolean value) {
    return new BleuOptions(tokenizer, smoothing, smoothValue, lowercase, value, maxNgramOrder);
  }

  /** A copy with another maximum n-gram order. */
  public BleuOptions withMaxNgramOrder(int value) {
    return new BleuOptions(tokenizer, smoothing, smoothValue, lowercase, effectiveOrder, value);
  }
}
