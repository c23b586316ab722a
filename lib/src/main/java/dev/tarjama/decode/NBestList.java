package dev.tarjama.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The finished hypotheses of one source during beam search, at most {@code beamSize} of them:
 * Hugging Face {@code BeamHypotheses} (beam_search.py, v4.46.3), including its tie rules.
 *
 * <p>Not thread-safe; one search owns it.
 */
final class NBestList {

  /** Hugging Face starts {@code worst_score} at {@code 1e9}. */
  private static final double INITIAL_WORST_SCORE = 1e9;

  private record Entry(double score, int[] tokenIds) {}

  private final int capacity;
  private final double lengthPenalty;
  private final EarlyStopping earlyStopping;
  private final int maxLength;
  private final List<Entry> entries = new ArrayList<>();
  private double worstScore = INITIAL_WORST_SCORE;

  /**
   * @param capacity the beam size
   * @param maxLength the effective maximum decoder length, start token included
   */
  NBestList(int capacity, double lengthPenalty, EarlyStopping earlyStopping, int maxLength) {
    this.capacity = capacity;
    this.lengthPenalty = lengthPenalty;
    this.earlyStopping = earlyStopping;
    this.maxLength = maxLength;
  }

  int size() {
    return entries.size();
  }

  /**
   * Offers a hypothesis; it is kept when the list is not full or it beats the worst one, which is
   * then dropped (the earliest added among equal worst scores).
   *
   * @param sumLogProbs the hypothesis' summed log-probabilities
   * @param generatedLength the length it is normalised by
   * @param tokenIds its tokens after the start token; the list keeps the array
   */
  void add(double sumLogProbs, int generatedLength, int[] tokenIds) {
    double score = LengthPenalty.normalize(sumLogProbs, generatedLength, lengthPenalty);
    if (entries.size() < capacity || score > worstScore) {
      entries.add(new Entry(score, tokenIds));
      if (entries.size() > capacity) {
        // As Python's sorted() over (score, index) pairs: the lowest score, earliest on ties.
        int worst = 0;
        for (int i = 1; i < entries.size(); i++) {
          if (entries.get(i).score() < entries.get(worst).score()) {
            worst = i;
          }
        }
        entries.remove(worst);
        worstScore = entries.stream().mapToDouble(Entry::score).min().orElseThrow();
      } else {
        worstScore = Math.min(score, worstScore);
      }
    }
  }

  /**
   * Whether no running beam of this source needs to be continued: Hugging Face {@code
   * BeamHypotheses.is_done}.
   *
   * @param bestSumLogProbs the best candidate score of this step (eos candidates included)
   * @param generatedLength tokens generated once this step's token is added
   */
  boolean isDone(double bestSumLogProbs, int generatedLength) {
    if (entries.size() < capacity) {
      return false;
    }
    if (earlyStopping == EarlyStopping.TRUE) {
      return true;
    }
    // With NEVER and a positive penalty the best reachable score is at the maximum length; FALSE
    // always uses the current length (Hugging Face's heuristic).
    int length =
        earlyStopping == EarlyStopping.NEVER && lengthPenalty > 0 ? maxLength - 1 : generatedLength;
    return worstScore >= LengthPenalty.normalize(bestSumLogProbs, length, lengthPenalty);
  }

  /**
   * The {@code count} best hypotheses, best first; among equal scores the later added comes first
   * (Hugging Face pops from the end of a stable ascending sort).
   */
  List<Hypothesis> best(int count) {
    Integer[] order = new Integer[entries.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> entries.get(i).score()));
    List<Hypothesis> result = new ArrayList<>(count);
    for (int i = order.length - 1; i >= 0 && result.size() < count; i--) {
      Entry entry = entries.get(order[i]);
      result.add(new Hypothesis(Arrays.stream(entry.tokenIds()).boxed().toList(), entry.score()));
    }
    return List.copyOf(result);
  }
}
