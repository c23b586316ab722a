package dev.tarjama.decode;

/**
 * When beam search stops working on a source, as Hugging Face's {@code early_stopping} (which is
 * "bool or string" there). Greedy search ignores it.
 *
 * <p>Each rule applies once the source has {@code beamSize} finished hypotheses; until then the
 * search continues (or stops at the maximum length). {@code best} is the best running score after
 * the step and {@code worst} the worst finished hypothesis score.
 */
public enum EarlyStopping {
  /** Stop as soon as {@code beamSize} hypotheses are finished ({@code early_stopping=True}). */
  TRUE,
  /**
   * Stop when {@code worst >= best / generatedLength^lengthPenalty}, with the current generated
   * length: a heuristic, exact only when {@code lengthPenalty <= 0} ({@code early_stopping=False},
   * the Hugging Face default).
   */
  FALSE,
  /**
   * Stop only when no running beam can beat the worst finished hypothesis: as {@link #FALSE}, but
   * with {@code lengthPenalty > 0} the best is divided by the largest reachable length, {@code
   * (maxLength - 1)^lengthPenalty} ({@code early_stopping="never"}).
   */
  NEVER
}
