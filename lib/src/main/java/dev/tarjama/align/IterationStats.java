package dev.tarjama.align;

import java.util.List;
import java.util.Objects;

/**
 * What one fast_align EM iteration measured, with the derived numbers fast_align logs.
 *
 * @param iteration 1-based iteration number
 * @param last whether this was the final iteration, which only aligns and collects no counts
 * @param logLikelihood natural-log likelihood of the corpus's target words, {@code Σ ln Σ_i p}
 * @param targetTokens number of target words in the training pairs
 * @param posteriorNullProbability expected share of target words aligned to NULL (0 when last)
 * @param posteriorAlignmentFeature expected diagonal feature per target word (0 when last)
 * @param lengthPairs number of distinct (target length, source length) pairs in the corpus
 * @param tensionSteps the 8 tension-update steps after this iteration; empty when none ran
 * @param tension the diagonal tension after this iteration's update
 */
public record IterationStats(
    int iteration,
    boolean last,
    double logLikelihood,
    double targetTokens,
    double posteriorNullProbability,
    double posteriorAlignmentFeature,
    int lengthPairs,
    List<TensionStep> tensionSteps,
    double tension) {

  /**
   * One step of fast_align's tension update: the model's expected feature at the tension in force
   * before the step.
   *
   * @param modelFeature expected diagonal feature per target word under the model
   * @param tension tension used for it
   */
  public record TensionStep(double modelFeature, double tension) {}

  /** Copies the steps. */
  public IterationStats {
    tensionSteps = List.copyOf(Objects.requireNonNull(tensionSteps, "tensionSteps"));
  }

  /** {@code logLikelihood / ln 2}. */
  public double log2Likelihood() {
    return logLikelihood / Math.log(2);
  }

  /** Bits per target word: {@code -log2Likelihood / targetTokens}. */
  public double crossEntropy() {
    return -log2Likelihood() / targetTokens;
  }

  /** {@code 2^crossEntropy}. */
  public double perplexity() {
    return Math.pow(2.0, -log2Likelihood() / targetTokens);
  }

  /**
   * The lines fast_align writes to stderr for this iteration after its header and progress dots,
   * each ending in a newline, e.g. {@code "  log_e likelihood: -2.97068e+06\n"}.
   */
  public String fastAlignLog() {
    StringBuilder log = new StringBuilder();
    log.append("  log_e likelihood: ").append(FastAlignFormat.number(logLikelihood)).append('\n');
    log.append("  log_2 likelihood: ")
        .append(FastAlignFormat.number(log2Likelihood()))
        .append('\n');
    log.append("     cross entropy: ").append(FastAlignFormat.number(crossEntropy())).append('\n');
    log.append("        perplexity: ").append(FastAlignFormat.number(perplexity())).append('\n');
    log.append("      posterior p0: ")
        .append(FastAlignFormat.number(posteriorNullProbability))
        .append('\n');
    log.append(" posterior al-feat: ")
        .append(FastAlignFormat.number(posteriorAlignmentFeature))
        .append('\n');
    log.append("       size counts: ").append(lengthPairs).append('\n');
    for (int step = 0; step < tensionSteps.size(); step++) {
      TensionStep s = tensionSteps.get(step);
      log.append("  ").append(step + 1).append("  model al-feat: ");
      log.append(FastAlignFormat.number(s.modelFeature()));
      log.append(" (tension=").append(FastAlignFormat.number(s.tension())).append(")\n");
    }
    if (!tensionSteps.isEmpty()) {
      log.append("     final tension: ").append(FastAlignFormat.number(tension)).append('\n');
    }
    return log.toString();
  }
}
