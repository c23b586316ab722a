package dev.tarjama.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * sacreBLEU 2.6.0's statistical tests: paired bootstrap resampling (Koehn 2004, "Statistical
 * Significance Tests for Machine Translation Evaluation", EMNLP; as Moses'
 * bootstrap-hypothesis-difference-significance.pl), paired approximate randomisation (Riezler &
 * Maxwell 2005, as multeval's StratifiedApproximateRandomizationTest) and the bootstrap
 * confidence interval of one system ({@code --confidence}).
 *
 * <p>Resamples are drawn with NumPy's {@code default_rng(seed)} stream, reproduced exactly, and
 * scored with sacreBLEU's float32/float64 mix, so the same seed gives sacreBLEU's resamples,
 * p-values, means and intervals (checked against its own runs). Statistics are per-segment
 * sufficient statistics; each resample sums them (as float32, like sacreBLEU) and scores the sum.
 *
 * <ul>
 *   <li>Bootstrap: B resamples of the segment indices, the same for every system. p = (#{b :
 *       |Δ_b| − mean|Δ| > |Δ|} + 1) / (B + 1), Δ_b the system-minus-baseline score on resample b.
 *   <li>Approximate randomisation: T trials, each swapping every segment's statistics between the
 *       two systems with probability 1/2. p = (#{t : |score(A_t) − score(B_t)| > |Δ|} + 1) / (T +
 *       1).
 *   <li>Interval: the mean of the resample scores, and half the distance between the sorted scores
 *       at B/40 and B − B/40 − 1 (95%).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class PairedTest {

  private PairedTest() {}

  /**
   * Compares systems with a baseline on one metric.
   *
   * @param metric the metric
   * @param baseline the baseline's hypotheses
   * @param systems the other systems' hypotheses, each as long as the baseline
   * @param references the reference streams
   * @param options the test, its number of samples and the seed
   * @return the baseline's result first (no p-value; with a bootstrap, its mean and interval), then
   *     one result per system in order
   * @throws IllegalArgumentException if there is no system or a length differs
   */
  public static List<SignificanceResult> compare(
      Metric metric,
      List<String> baseline,
      List<List<String>> systems,
      List<List<String>> references,
      SignificanceOptions options) {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(options, "options");
    if (systems.isEmpty()) {
      throw new IllegalArgumentException("a paired test needs at least one system besides the "
          + "baseline, got none");
    }
    double[][] baselineStatistics = statistics(metric, baseline, references);
    List<double[][]> systemStatistics = new ArrayList<>();
    for (List<String> system : systems) {
      systemStatistics.add(statistics(metric, system, references));
    }
    int segments = baselineStatistics.length;
    return switch (options.test()) {
      case PAIRED_BOOTSTRAP -> bootstrap(
          metric, baselineStatistics, systemStatistics,
          new NumpyRandom(options.seed()).choice(segments, options.samples()));
      case APPROXIMATE_RANDOMIZATION -> {
        List<boolean[][]> flips = new ArrayList<>();
        for (int s = 0; s < systems.size(); s++) {
          // sacreBLEU reseeds the generator for every system.
          flips.add(new NumpyRandom(options.seed()).coinFlips(options.samples(), segments));
        }
        yield approximateRandomization(metric, baselineStatistics, systemStatistics, flips);
      }
    };
  }

  /**
   * The bootstrap confidence interval of one system's score, sacreBLEU's {@code --confidence}.
   *
   * @param samples the number of resamples (sacreBLEU's default is 1,000)
   * @param seed the seed of NumPy's {@code default_rng} (sacreBLEU's default is 12345)
   * @return the score, no p-value, the mean of the resample scores (Python's exact {@code
   *     statistics.mean}) and the half-width of their 95% interval
   */
  public static SignificanceResult confidence(
      Metric metric,
      List<String> hypotheses,
      List<List<String>> references,
      int samples,
      long seed) {
    Objects.requireNonNull(metric, "metric");
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be >= 1, got " + samples);
    }
    double[][] stats = statistics(metric, hypotheses, references);
    double[] scores = resample(metric, stats, new NumpyRandom(seed).choice(stats.length, samples));
    // Score.estimate_ci uses statistics.mean, the paired tests NumPy's mean.
    return new SignificanceResult(
        score(metric, sum(stats)), OptionalDouble.empty(),
        OptionalDouble.of(NumpyMath.exactMean(scores)), OptionalDouble.of(halfInterval(scores)));
  }

  static List<SignificanceResult> bootstrap(
      Metric metric, double[][] baseline, List<double[][]> systems, int[][] indices) {
    double baselineScore = score(metric, sum(baseline));
    double[] baselineScores = resample(metric, baseline, indices);
    List<SignificanceResult> results = new ArrayList<>();
    results.add(
        new SignificanceResult(
            baselineScore, OptionalDouble.empty(), OptionalDouble.of(sortedMean(baselineScores)),
            OptionalDouble.of(halfInterval(baselineScores))));
    for (double[][] system : systems) {
      double systemScore = score(metric, sum(system));
      double[] systemScores = resample(metric, system, indices);
      int samples = indices.length;
      double[] differences = new double[samples];
      for (int b = 0; b < samples; b++) {
        differences[b] = Math.abs(systemScores[b] - baselineScores[b]);
      }
      double meanDifference = NumpyMath.mean(differences);
      double observed = Math.abs(baselineScore - systemScore);
      int exceed = 0;
      for (double d : differences) {
        // Centred on the mean difference: the bootstrap estimate of the null distribution.
        if (d - meanDifference > observed) {
          exceed++;
        }
      }
      results.add(
          new SignificanceResult(
              systemScore, OptionalDouble.of(pValue(exceed, samples)),
              OptionalDouble.of(sortedMean(systemScores)),
              OptionalDouble.of(halfInterval(systemScores))));
    }
    return results;
  }

  static List<SignificanceResult> approximateRandomization(
      Metric metric, double[][] baseline, List<double[][]> systems, List<boolean[][]> flips) {
    double baselineScore = score(metric, sum(baseline));
    List<SignificanceResult> results = new ArrayList<>();
    results.add(
        new SignificanceResult(
            baselineScore, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty()));
    int width = baseline[0].length;
    for (int s = 0; s < systems.size(); s++) {
      double[][] system = systems.get(s);
      double systemScore = score(metric, sum(system));
      double observed = Math.abs(baselineScore - systemScore);
      boolean[][] trials = flips.get(s);
      int exceed = 0;
      for (boolean[] swap : trials) {
        double[] a = new double[width];
        double[] b = new double[width];
        for (int i = 0; i < swap.length; i++) {
          double[] toA = swap[i] ? baseline[i] : system[i];
          double[] toB = swap[i] ? system[i] : baseline[i];
          for (int j = 0; j < width; j++) {
            a[j] += toA[j];
            b[j] += toB[j];
          }
        }
        if (Math.abs(score(metric, a) - score(metric, b)) > observed) {
          exceed++;
        }
      }
      results.add(
          new SignificanceResult(
              systemScore, OptionalDouble.of(pValue(exceed, trials.length)),
              OptionalDouble.empty(), OptionalDouble.empty()));
    }
    return results;
  }

  /** multeval's p-value: the +1 keeps the false-rejection rate at most the level. */
  private static double pValue(int exceed, int samples) {
    return (exceed + 1) / (double) (samples + 1);
  }

  /** The score of every resample; the statistics are summed as float32, as sacreBLEU does. */
  static double[] resample(Metric metric, double[][] statistics, int[][] indices) {
    int width = statistics[0].length;
    float[][] stats32 = new float[statistics.length][width];
    for (int i = 0; i < statistics.length; i++) {
      for (int j = 0; j < width; j++) {
        stats32[i][j] = (float) statistics[i][j];
      }
    }
    double[] scores = new double[indices.length];
    float[] sums = new float[width];
    for (int b = 0; b < indices.length; b++) {
      Arrays.fill(sums, 0f);
      for (int index : indices[b]) {
        float[] row = stats32[index];
        for (int j = 0; j < width; j++) {
          sums[j] += row[j];
        }
      }
      scores[b] = scoreFloat32(metric, sums);
    }
    return scores;
  }

  private static double scoreFloat32(Metric metric, float[] sums) {
    if (metric instanceof Chrf chrf) {
      return chrf.valueFloat32(sums);
    }
    if (metric instanceof Ter) {
      return Ter.valueFloat32(sums);
    }
    double[] wide = new double[sums.length];
    for (int j = 0; j < sums.length; j++) {
      wide[j] = sums[j];
    }
    return score(metric, wide);
  }

  /** The score of summed statistics, with sacreBLEU's double arithmetic. */
  static double score(Metric metric, double[] sums) {
    if (metric instanceof Bleu bleu) {
      return bleu.value(sums);
    }
    if (metric instanceof Chrf chrf) {
      return chrf.value(sums);
    }
    return Ter.value(sums);
  }

  /** sacreBLEU's {@code estimate_ci} takes the mean of the sorted scores (order matters). */
  private static double sortedMean(double[] scores) {
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    return NumpyMath.mean(sorted);
  }

  private static double halfInterval(double[] scores) {
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    int lower = sorted.length / 40;
    int upper = sorted.length - lower - 1;
    return 0.5 * (sorted[upper] - sorted[lower]);
  }

  static double[][] statistics(
      Metric metric, List<String> hypotheses, List<List<String>> references) {
    List<Statistics> segments = metric.segmentStatistics(hypotheses, references);
    double[][] out = new double[segments.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = segments.get(i).toArray();
    }
    return out;
  }

  private static double[] sum(double[][] statistics) {
    double[] total = new double[statistics[0].length];
    for (double[] row : statistics) {
      for (int j = 0; j < total.length; j++) {
        total[j] += row[j];
      }
    }
    return total;
  }
}
