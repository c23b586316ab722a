package dev.tarjama.align;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link FastAlignTrainer#train}: the model, the per-iteration statistics and the
 * Viterbi alignment of every training pair from the final iteration (what fast_align prints).
 *
 * @param model the trained model
 * @param iterations statistics of each iteration, in order
 * @param alignments one alignment per input pair, in input order; empty for a pair with an empty
 *     side
 */
public record FastAlignTraining(
    FastAlignModel model, List<IterationStats> iterations, List<WordAlignment> alignments) {

  /** Copies the lists. */
  public FastAlignTraining {
    Objects.requireNonNull(model, "model");
    iterations = List.copyOf(iterations);
    alignments = List.copyOf(alignments);
  }
}
