package dev.tarjama.align;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A trained fast_align model: the translation table, the learned diagonal tension and the expected
 * length ratio. It aligns new sentence pairs exactly as fast_align's final iteration aligns its
 * training pairs, and it can be saved and loaded.
 *
 * <p>Words never seen in training, and word pairs never seen together, get t = 1e-9, as in
 * fast_align's forced alignment ({@code TTable::safe_prob}).
 *
 * <p>Immutable and thread-safe.
 */
public final class FastAlignModel {

  /** fast_align's default {@code -t}: the {@code -p} table keeps ln t ≥ 4·ln(max t) per row. */
  public static final double DEFAULT_BEAM_THRESHOLD = -4.0;

  /** fast_align's {@code -s} length model: Poisson mean {@code 0.05 + n · ratio}. */
  private static final double POISSON_OFFSET = 0.05;

  private final FastAlignOptions options;
  private final Vocabulary vocabulary;
  private final TranslationTable table;
  private final double tension;
  private final double meanLengthRatio;
  private final AlignmentScorer scorer;

  FastAlignModel(
      FastAlignOptions options,
      Vocabulary vocabulary,
      TranslationTable table,
      double tension,
      double meanLengthRatio) {
    this.options = options;
    this.vocabulary = vocabulary;
    this.table = table;
    this.tension = tension;
    this.meanLengthRatio = meanLengthRatio;
    this.scorer =
        new AlignmentScorer(
            table, options.favorDiagonal(), options.nullWord(), options.nullProbability(), tension);
  }

  /** The options the model was trained with. */
  public FastAlignOptions options() {
    return options;
  }

  /** The diagonal tension λ after training (the starting tension if it was not optimised). */
  public double tension() {
    return tension;
  }

  /**
   * The mean over training pairs of (predicted length / conditioning length), fast_align's
   * "expected target length = source length * X"; for a reverse model the sides are swapped.
   */
  public double meanLengthRatio() {
    return meanLengthRatio;
  }

  /**
   * Aligns one sentence pair: each predicted word (a target word, or a source word for a reverse
   * model) gets its most probable partner or none (NULL).
   *
   * @param sourceWords the source sentence's words
   * @param targetWords the target sentence's words
   * @return the links in fast_align's output order; empty if either side is empty
   */
  public WordAlignment align(List<String> sourceWords, List<String> targetWords) {
    Line line = line(sourceWords, targetWords);
    if (line == null) {
      return WordAlignment.EMPTY;
    }
    List<WordLink> links = new ArrayList<>(line.m);
    for (int j = 0; j < line.m; j++) {
      scorer.score(j, line.m, line.n, line.slots, 0, line.probs);
      int best = scorer.best(line.n, line.probs);
      if (best > 0) {
        links.add(options.reverse() ? new WordLink(j, best - 1) : new WordLink(best - 1, j));
      }
    }
    return new WordAlignment(links);
  }

  /**
   * fast_align's {@code -s} score: {@code ln Poisson(m; 0.05 + n·ratio) + Σ_j ln Σ_i p(a_j = i)
   * t(f_j | e_i)}, the log-probability of the predicted side and all its alignments.
   *
   * @return the score, or 0 if either side is empty
   */
  public double score(List<String> sourceWords, List<String> targetWords) {
    Line line = line(sourceWords, targetWords);
    if (line == null) {
      return 0;
    }
    double likelihood = 0;
    for (int j = 0; j < line.m; j++) {
      likelihood += Math.log(scorer.score(j, line.m, line.n, line.slots, 0, line.probs));
    }
    double logProb = logPoisson(line.m, POISSON_OFFSET + line.n * meanLengthRatio);
    return logProb + likelihood;
  }

  /**
   * Writes the translation table as fast_align's {@code -p} does: {@code e TAB f TAB ln t(f|e)}
   * lines, {@code <eps>} for NULL, keeping entries with {@code ln t >= -ln(max_f t) ·
   * beamThreshold}.
   *
   * @param out where to write; the caller owns and closes it
   * @param beamThreshold fast_align's {@code -t}; {@link #DEFAULT_BEAM_THRESHOLD} by default
   * @throws IOException if {@code out} fails
   */
  public void writeTranslationTable(Appendable out, double beamThreshold) throws IOException {
    table.write(out, vocabulary, beamThreshold);
  }

  /**
   * Saves the model in tarjama's binary format (all probabilities at full precision).
   *
   * @throws IOException if the file cannot be written
   */
  public void save(Path file) throws IOException {
    FastAlignModelFile.write(this, Objects.requireNonNull(file, "file"));
  }

  /**
   * Loads a model written by {@link #save}.
   *
   * @throws IOException if the file cannot be read or is not a saved fast_align model
   */
  public static FastAlignModel load(Path file) throws IOException {
    return FastAlignModelFile.read(Objects.requireNonNull(file, "file"));
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  TranslationTable table() {
    return table;
  }

  /** ln of the Poisson probability of x at mean λ, as {@code Md::log_poisson}. */
  static double logPoisson(int x, double lambda) {
    return Math.log(lambda) * x - logGamma(x + 1) - lambda;
  }

  /** ln Γ(k) for an integer k ≥ 1: ln((k-1)!) from the product while it fits in a double. */
  static double logGamma(int k) {
    if (k <= 171) {
      double factorial = 1;
      for (int i = 2; i < k; i++) {
        factorial *= i;
      }
      return Math.log(factorial);
    }
    // Stirling's series for ln Γ(x), accurate to far below double precision for x > 171.
    double x = k;
    double inverse = 1 / x;
    double inverse2 = inverse * inverse;
    return (x - 0.5) * Math.log(x)
        - x
        + 0.5 * Math.log(2 * Math.PI)
        + inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 / 1260));
  }

  private Line line(List<String> sourceWords, List<String> targetWords) {
    Objects.requireNonNull(sourceWords, "sourceWords");
    Objects.requireNonNull(targetWords, "targetWords");
    if (sourceWords.isEmpty() || targetWords.isEmpty()) {
      return null;
    }
    int[] source = vocabulary.lookup(sourceWords);
    int[] target = vocabulary.lookup(targetWords);
    int[] e = options.reverse() ? target : source;
    int[] f = options.reverse() ? source : target;
    int[] slots = new int[(e.length + 1) * f.length];
    scorer.lookUpSlots(e, f, slots);
    return new Line(e.length, f.length, slots, new double[e.length + 1]);
  }

  private record Line(int n, int m, int[] slots, double[] probs) {}
}
