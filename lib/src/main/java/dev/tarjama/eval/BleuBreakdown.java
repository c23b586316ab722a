package dev.tarjama.eval;

import java.util.List;

/**
 * The parts of a BLEU score that sacreBLEU reports beside it.
 *
 * @param counts matched n-grams per order; with {@code add-k} smoothing, as sacreBLEU reports them,
 *     after k was added for orders >= 2
 * @param totals hypothesis n-grams per order, likewise after k was added for {@code add-k}
 * @param precisions the (smoothed) n-gram precisions in percent
 * @param brevityPenalty {@code exp(1 - r/c)} when the hypothesis is shorter than the reference, else
 *     1 (Papineni et al. 2002); 0 for an empty hypothesis
 * @param hypothesisLength the hypothesis length c
 * @param referenceLength the reference length r
 * @param ratio {@code c / r}, 0 when r is 0
 */
public record BleuBreakdown(
    List<Double> counts,
    List<Double> totals,
    List<Double> precisions,
    double brevityPenalty,
    long hypothesisLength,
    long referenceLength,
    double ratio) {

  /** Copies the lists. */
  public BleuBreakdown {
    counts = List.copyOf(counts);
    totals = List.copyOf(totals);
    precisions = List.copyOf(precisions);
  }

  /**
   * sacreBLEU's verbose text, e.g. {@code 100.0/80.5/58.6/35.3 (BP = 0.800 ratio = 0.818 hyp_len =
   * 20219 ref_len = 24721)}.
   */
  public String format() {
    StringBuilder out = new StringBuilder();
    for (int n = 0; n < precisions.size(); n++) {
      if (n > 0) {
        out.append('/');
      }
      out.append(Formats.fixed(precisions.get(n), 1));
    }
    return out.append(" (BP = ")
        .append(Formats.fixed(brevityPenalty, 3))
        .append(" ratio = ")
        .append(Formats.fixed(ratio, 3))
        .append(" hyp_len = ")
        .append(hypothesisLength)
        .append(" ref_len = ")
        .append(referenceLength)
        .append(')')
        .toString();
  }
}
