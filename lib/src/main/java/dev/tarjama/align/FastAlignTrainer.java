package dev.tarjama.align;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Trains fast_align (Dyer, Chahuneau and Smith 2013, "A Simple, Fast, and Effective
 * Reparameterization of IBM Model 2") on a parallel corpus: a Java port of {@code fast_align.cc}
 * from clab/fast_align at commit cab1e9a that reproduces its numbers.
 *
 * <p>What decides the numbers, as in the original: word ids by first appearance; the E-step visits
 * pairs in corpus order and adds its likelihood and posterior sums per block of {@value
 * #BLOCK_LINES} lines; M-step row sums and the tension update's sum over length pairs run in
 * libstdc++ hash-map order ({@link StdHashOrder}); the tension is re-estimated after iterations 2
 * to I-1; the last iteration only aligns. Pairs with an empty side are skipped (fast_align would
 * divide by zero on them) and get an empty alignment.
 *
 * <p>Stateless and thread-safe: each call trains independently.
 */
public final class FastAlignTrainer {

  /** fast_align's {@code thread_buffer_size}: its E-step sums are added up per block this big. */
  static final int BLOCK_LINES = 10000;

  private static final System.Logger LOG = System.getLogger(FastAlignTrainer.class.getName());
  private static final int TENSION_STEPS = 8;
  private static final double TENSION_RATE = 20.0;
  private static final double MIN_TENSION = 0.1;
  private static final double MAX_TENSION = 14;

  private FastAlignTrainer() {}

  /**
   * Trains a model and aligns the training corpus with it.
   *
   * @param corpus the sentence pairs, source on the left as in fast_align's input
   * @param options training options
   * @return the model, the iteration statistics and the final alignments
   * @throws IllegalArgumentException if no pair has two non-empty sides
   */
  public static FastAlignTraining train(List<SentencePair> corpus, FastAlignOptions options) {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(options, "options");
    Corpus lines = Corpus.of(corpus, options.reverse());
    if (lines.targetTokens == 0) {
      throw new IllegalArgumentException(
          "corpus has no pair with both sides non-empty (" + corpus.size() + " pairs)");
    }
    TranslationTable table = lines.buildTable(options.nullWord());
    double[] counts = new double[table.size()];
    double tension = options.tension();
    List<IterationStats> iterations = new ArrayList<>();
    List<WordAlignment> alignments = List.of();
    for (int iteration = 1; iteration <= options.iterations(); iteration++) {
      boolean last = iteration == options.iterations();
      AlignmentScorer scorer =
          new AlignmentScorer(
              table,
              options.favorDiagonal(),
              options.nullWord(),
              options.nullProbability(),
              tension);
      EStep step = new EStep(lines, scorer, last ? null : counts, options.reverse());
      step.run();
      double empiricalFeature = step.alignmentFeature / lines.targetTokens;
      List<IterationStats.TensionStep> tensionSteps = new ArrayList<>();
      if (!last) {
        if (options.favorDiagonal() && options.optimizeTension() && iteration > 1) {
          tension = updateTension(lines, empiricalFeature, tension, tensionSteps);
        }
        if (options.variationalBayes()) {
          table.normalizeVariationalBayes(counts, options.alpha());
        } else {
          table.normalize(counts);
        }
      } else {
        alignments = step.alignments;
      }
      IterationStats stats =
          new IterationStats(
              iteration,
              last,
              step.logLikelihood,
              lines.targetTokens,
              step.nullPosterior / lines.targetTokens,
              empiricalFeature,
              lines.lengthPairs.length,
              tensionSteps,
              tension);
      LOG.log(Level.DEBUG, () -> "fast_align iteration " + stats);
      iterations.add(stats);
    }
    FastAlignModel model =
        new FastAlignModel(options, lines.vocabulary, table, tension, lines.meanLengthRatio());
    return new FastAlignTraining(model, iterations, alignments);
  }

  private static double updateTension(
      Corpus lines, double empiricalFeature, double tension, List<IterationStats.TensionStep> out) {
    for (int step = 0; step < TENSION_STEPS; step++) {
      double modelFeature = 0;
      for (int k = 0; k < lines.lengthPairs.length; k++) {
        int m = lines.lengthPairs[k][0];
        int n = lines.lengthPairs[k][1];
        int count = lines.lengthPairs[k][2];
        for (int j = 1; j <= m; j++) {
          modelFeature += count * DiagonalPrior.computeDLogZ(j, m, n, tension);
        }
      }
      modelFeature /= lines.targetTokens;
      out.add(new IterationStats.TensionStep(modelFeature, tension));
      tension += (empiricalFeature - modelFeature) * TENSION_RATE;
      if (tension <= MIN_TENSION) {
        tension = MIN_TENSION;
      }
      if (tension > MAX_TENSION) {
        tension = MAX_TENSION;
      }
    }
    return tension;
  }

  /** The corpus as word ids, sides already swapped for a reverse model. */
  static final class Corpus {
    final Vocabulary vocabulary = new Vocabulary();
    final int[][] conditioning;
    final int[][] predicted;
    double targetTokens;
    double lengthRatioSum;
    int usableLines;
    /** (m, n, count) per distinct length pair, in fast_align's hash-map order. */
    int[][] lengthPairs;
    /** Table slots of every line, see {@link #buildTable}; filled by it. */
    int[] slots;
    int[] slotOffset;

    private Corpus(int size) {
      conditioning = new int[size][];
      predicted = new int[size][];
    }

    static Corpus of(List<SentencePair> pairs, boolean reverse) {
      Corpus corpus = new Corpus(pairs.size());
      Map<Integer, int[]> histogram = new HashMap<>();
      List<Integer> firstSeen = new ArrayList<>();
      for (int line = 0; line < pairs.size(); line++) {
        SentencePair pair = pairs.get(line);
        int[] source = corpus.vocabulary.add(pair.sourceWords());
        int[] target = corpus.vocabulary.add(pair.targetWords());
        if (pair.hasEmptySide()) {
          continue;
        }
        int[] e = reverse ? target : source;
        int[] f = reverse ? source : target;
        corpus.conditioning[line] = e;
        corpus.predicted[line] = f;
        corpus.usableLines++;
        corpus.lengthRatioSum += (double) f.length / (double) e.length;
        corpus.targetTokens += f.length;
        // fast_align's PairHash: (unsigned short) m << 16 | n.
        int hash = ((f.length & 0xFFFF) << 16) | e.length;
        int[] entry = histogram.get(hash);
        if (entry == null) {
          histogram.put(hash, new int[] {f.length, e.length, 1});
          firstSeen.add(hash);
        } else {
          entry[2]++;
        }
      }
      long[] hashes = new long[firstSeen.size()];
      for (int k = 0; k < hashes.length; k++) {
        hashes[k] = Integer.toUnsignedLong(firstSeen.get(k));
      }
      int[] order = StdHashOrder.iterationOrder(hashes);
      corpus.lengthPairs = new int[order.length][];
      for (int k = 0; k < order.length; k++) {
        corpus.lengthPairs[k] = histogram.get(firstSeen.get(order[k]));
      }
      return corpus;
    }

    /**
     * Builds the translation table from the pairs in fast_align's insertion order (NULL's row
     * for each line first, then source word by source word) and fills {@link #slots} with each
     * line's table slots: per target word j, NULL's slot (or -1 without a NULL word) and then the
     * slot of every source word. This costs 4 bytes per (source word, target word) pair of the
     * corpus, and saves a hash lookup per pair per iteration.
     */
    TranslationTable buildTable(boolean nullWord) {
      long total = 0;
      slotOffset = new int[conditioning.length];
      for (int line = 0; line < conditioning.length; line++) {
        if (conditioning[line] != null) {
          slotOffset[line] = (int) total;
          total += (long) (conditioning[line].length + 1) * predicted[line].length;
          if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                "corpus too large: more than 2^31 word pairs up to line " + (line + 1));
          }
        }
      }
      slots = new int[(int) total];
      if (!nullWord) {
        for (int line = 0; line < conditioning.length; line++) {
          if (conditioning[line] != null) {
            int width = conditioning[line].length + 1;
            for (int j = 0; j < predicted[line].length; j++) {
              slots[slotOffset[line] + j * width] = LongIntMap.MISSING;
            }
          }
        }
      }
      return TranslationTableBuilder.build(this, nullWord);
    }

    double meanLengthRatio() {
      return lengthRatioSum / usableLines;
    }

    int lines() {
      return conditioning.length;
    }
  }
}
