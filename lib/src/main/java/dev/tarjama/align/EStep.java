package dev.tarjama.align;

import java.util.ArrayList;
import java.util.List;

/**
 * One pass of fast_align over the corpus: the E-step that collects expected counts, or, on the
 * final iteration, the Viterbi alignment of every pair.
 *
 * <p>Sums follow fast_align's order: per target word into the block totals, per line into the
 * likelihood, per block of {@link FastAlignTrainer#BLOCK_LINES} lines into the iteration totals.
 *
 * <p>Not thread-safe; one instance per pass.
 */
final class EStep {

  private final FastAlignTrainer.Corpus corpus;
  private final AlignmentScorer scorer;
  /** Expected counts to add to; null on the final, aligning pass. */
  private final double[] counts;
  private final boolean reverse;

  double logLikelihood;
  double nullPosterior;
  double alignmentFeature;
  List<WordAlignment> alignments = List.of();

  EStep(FastAlignTrainer.Corpus corpus, AlignmentScorer scorer, double[] counts, boolean reverse) {
    this.corpus = corpus;
    this.scorer = scorer;
    this.counts = counts;
    this.reverse = reverse;
  }

  void run() {
    boolean aligning = counts == null;
    List<WordAlignment> result = aligning ? new ArrayList<>(corpus.lines()) : null;
    int[] slots = corpus.slots;
    double[] probs = new double[0];
    double blockLikelihood = 0;
    double blockNull = 0;
    double blockFeature = 0;
    for (int line = 0; line < corpus.lines(); line++) {
      int[] e = corpus.conditioning[line];
      if (e != null) {
        int[] f = corpus.predicted[line];
        int n = e.length;
        int m = f.length;
        if (probs.length < n + 1) {
          probs = new double[Math.max(n + 1, probs.length * 2)];
        }
        int offset = corpus.slotOffset[line];
        List<WordLink> links = aligning ? new ArrayList<>(m) : null;
        double lineLikelihood = 0;
        for (int j = 0; j < m; j++) {
          double sum = scorer.score(j, m, n, slots, offset, probs);
          if (aligning) {
            int best = scorer.best(n, probs);
            if (best > 0) {
              links.add(reverse ? new WordLink(j, best - 1) : new WordLink(best - 1, j));
            }
          } else {
            int base = offset + j * (n + 1);
            if (scorer.nullWord()) {
              double count = probs[0] / sum;
              blockNull += count;
              counts[slots[base]] += count;
            }
            for (int i = 1; i <= n; i++) {
              double p = probs[i] / sum;
              counts[slots[base + i]] += p;
              blockFeature += DiagonalPrior.feature(j, i, m, n) * p;
            }
          }
          lineLikelihood += Math.log(sum);
        }
        blockLikelihood += lineLikelihood;
        if (aligning) {
          result.add(new WordAlignment(links));
        }
      } else if (aligning) {
        result.add(WordAlignment.EMPTY);
      }
      if ((line + 1) % FastAlignTrainer.BLOCK_LINES == 0 || line + 1 == corpus.lines()) {
        logLikelihood += blockLikelihood;
        nullPosterior += blockNull;
        alignmentFeature += blockFeature;
        blockLikelihood = 0;
        blockNull = 0;
        blockFeature = 0;
      }
    }
    if (aligning) {
      alignments = result;
    }
  }
}
