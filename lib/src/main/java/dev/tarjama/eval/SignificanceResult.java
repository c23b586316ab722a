package dev.tarjama.eval;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One system's result in a paired test or a confidence estimate, as sacreBLEU reports it.
 *
 * @param score the system's actual corpus score
 * @param pValue the p-value of the difference to the baseline; empty for the baseline itself
 * @param mean the mean of the bootstrap resample scores; empty when none were drawn (approximate
 *     randomisation)
 * @param confidenceInterval half the width of the 95% interval of the resample scores (from the
 *     2.5th to the 97.5th percentile); empty when no resamples were drawn
 */
public record SignificanceResult(
    double score, OptionalDouble pValue, OptionalDouble mean, OptionalDouble confidenceInterval) {

  /** Checks that no part is null. */
  public SignificanceResult {
    Objects.requireNonNull(pValue, "pValue");
    Objects.requireNonNull(mean, "mean");
    Objects.requireNonNull(confidenceInterval, "confidenceInterval");
  }
}
