package dev.tarjama.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A translation metric computed exactly as sacreBLEU 2.6.0 computes it.
 *
 * <p>References are given as sacreBLEU takes them: a list of reference <em>streams</em>, each
 * line-aligned with the hypotheses ({@code references.get(k).get(i)} is the k-th reference of
 * hypothesis i). Implementations are immutable and thread-safe.
 */
public sealed interface Metric permits Bleu, Chrf, Ter {

  /** sacreBLEU's score name, e.g. {@code BLEU}, {@code chrF2++}, {@code TER}. */
  String name();

  /** The signature of scores computed against {@code referenceCount} references. */
  Signature signature(int referenceCount);

  /**
   * Scores a corpus: the statistics of all segments are summed, then scored once.
   *
   * @param hypotheses one line per segment
   * @param references one or more reference streams, each as long as {@code hypotheses}
   * @throws IllegalArgumentException if there are no hypotheses, no reference streams, or a stream
   *     whose length differs from the hypotheses'
   */
  Score corpusScore(List<String> hypotheses, List<List<String>> references);

  /**
   * Scores one segment against its references.
   *
   * @param hypothesis the hypothesis
   * @param references one or more references of that hypothesis
   * @throws IllegalArgumentException if there is no reference
   */
  default Score sentenceScore(String hypothesis, List<String> references) {
    return score(statistics(hypothesis, references), references.size());
  }

  /**
   * The sufficient statistics of one segment against its references.
   *
   * @throws IllegalArgumentException if there is no reference
   */
  Statistics statistics(String hypothesis, List<String> references);

  /**
   * The sufficient statistics of every segment, in order; summing them gives the corpus statistics.
   * Arguments as for {@link #corpusScore}.
   */
  default List<Statistics> segmentStatistics(
      List<String> hypotheses, List<List<String>> references) {
    Inputs.checkCorpus(hypotheses, references);
    List<Statistics> out = new ArrayList<>(hypotheses.size());
    for (int i = 0; i < hypotheses.size(); i++) {
      out.add(statistics(hypotheses.get(i), Inputs.referencesOf(references, i)));
    }
    return out;
  }

  /**
   * Scores already computed (e.g. summed) statistics.
   *
   * @param statistics statistics of this metric's kind and shape
   * @param referenceCount the number of references, for the signature
   * @throws IllegalArgumentException if the statistics belong to another metric or shape
   */
  Score score(Statistics statistics, int referenceCount);
}
