package dev.tarjama.eval;

import java.util.Objects;

/**
 * A metric's score, with the signature and statistics needed to reproduce it.
 *
 * <p>{@link #value()} is on sacreBLEU's 0–100 scale and is the same double sacreBLEU computes
 * (within the last bit of {@code log}/{@code exp}). Immutable and thread-safe.
 *
 * @param name sacreBLEU's score name: {@code BLEU}, {@code chrF2}, {@code chrF2++} or {@code TER}
 * @param value the score on the 0–100 scale
 * @param signature how the score was computed
 * @param statistics the sufficient statistics the score was computed from
 * @param details sacreBLEU's verbose part after the score, e.g. {@code 100.0/80.5/58.6/35.3 (BP =
 *     0.800 ratio = 0.818 hyp_len = 20219 ref_len = 24721)} for BLEU; empty for chrF and TER
 */
public record Score(
    String name, double value, Signature signature, Statistics statistics, String details) {

  /** Checks that no part is null. */
  public Score {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(statistics, "statistics");
    Objects.requireNonNull(details, "details");
  }

  /**
   * The line {@code sacrebleu -f text} prints, e.g. {@code BLEU|nrefs:1|...|version:2.6.0 = 51.1
   * 100.0/80.5/58.6/35.3 (BP = ...)}.
   *
   * @param width decimals of the score, sacreBLEU's {@code -w} (default 1)
   * @param shortSignature whether to print the short signature ({@code --short})
   */
  public String format(int width, boolean shortSignature) {
    String line =
        name + "|" + (shortSignature ? signature.formatShort() : signature.format()) + " = "
            + Formats.fixed(value, width);
    return details.isEmpty() ? line : line + " " + details;
  }
}
