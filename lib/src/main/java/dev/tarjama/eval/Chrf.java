package dev.tarjama.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * chrF (Popović 2015, "chrF: character n-gram F-score for automatic MT evaluation", WMT) and chrF++
 * (Popović 2017, "chrF++: words helping character n-grams", WMT) exactly as sacreBLEU 2.6.0
 * computes them.
 *
 * <p>Character n-grams are taken over code points after removing all (Python) whitespace, unless
 * {@link ChrfOptions#whitespace()}. For chrF++ the words are the whitespace-separated words with
 * one leading or trailing ASCII punctuation character split off (sacreBLEU's {@code
 * _remove_punctuation}, after github.com/m-popovic/chrF: the last character is tried first, so
 * {@code (hi)} becomes {@code (hi} and {@code )}). The score is {@code (1 + β²) P R / (β² P + R)}
 * of the precision and recall averaged over the orders that have n-grams on both sides, times 100;
 * with {@code epsSmoothing} it is the mean of the per-order F-scores, an order with no n-grams
 * counting 1e-16.
 *
 * <p>Immutable and thread-safe.
 */
public final class Chrf implements Metric {

  /** chrF++.py's epsilon for empty orders, used by sacreBLEU. */
  private static final double EPS = 1e-16;

  /** Python's {@code string.punctuation}, which chrF++ splits off words. */
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private final ChrfOptions options;

  /** A chrF metric with the given options. */
  public Chrf(ChrfOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The options this metric uses. */
  public ChrfOptions options() {
    return options;
  }

  @Override
  public String name() {
    return "chrF" + options.beta() + "+".repeat(options.wordOrder());
  }

  @Override
  public Signature signature(int referenceCount) {
    return Signature.of(
        referenceCount,
        List.of(
            new Signature.Field("case", "c", options.lowercase() ? "lc" : "mixed"),
            new Signature.Field("eff", "e", options.epsSmoothing() ? "no" : "yes"),
            new Signature.Field("nc", "nc", Integer.toString(options.charOrder())),
            new Signature.Field("nw", "nw", Integer.toString(options.wordOrder())),
            new Signature.Field("space", "s", options.whitespace() ? "yes" : "no")));
  }

  @Override
  public Score corpusScore(List<String> hypotheses, List<List<String>> references) {
    Inputs.checkCorpus(hypotheses, references);
    List<double[]> rows = new ArrayList<>(hypotheses.size());
    for (Statistics s : segmentStatistics(hypotheses, references)) {
      rows.add(s.toArray());
    }
    double[] total = Inputs.sum(rows, rows.get(0).length);
    return score(ChrfStatistics.of(total), references.size());
  }

  @Override
  public Score score(Statistics statistics, int referenceCount) {
    int width = 3 * (options.charOrder() + options.wordOrder());
    if (!(statistics instanceof ChrfStatistics chrf) || chrf.counts().size() != width) {
      throw new IllegalArgumentException(
          "expected chrF statistics with " + width + " numbers, got " + statistics);
    }
    return new Score(name(), value(chrf.toArray()), signature(referenceCount), chrf, "");
  }

  /** The statistics of one hypothesis against its best-matching reference. */
  @Override
  public ChrfStatistics statistics(String hypothesis, List<String> references) {
    Inputs.checkSentence(hypothesis, references);
    List<String> lines = new ArrayList<>(references.size() + 1);
    lines.add(preprocess(hypothesis));
    for (String reference : references) {
      lines.add(preprocess(reference));
    }
    List<long[][]> keys = packedKeys(lines);
    double[] best = null;
    double bestScore = -1.0;
    for (int k = 1; k < lines.size(); k++) {
      double[] stats =
          keys == null
              ? stringStatistics(lines.get(0), lines.get(k))
              : keyStatistics(keys.get(0), keys.get(k));
      double f = value(stats);
      if (f > bestScore) {
        bestScore = f;
        best = stats;
      }
    }
    return ChrfStatistics.of(best);
  }

  /**
   * The sorted n-gram keys (character orders, then word orders) of each line, or null when the
   * segment's alphabet or vocabulary is too large for exact keys.
   */
  private List<long[][]> packedKeys(List<String> lines) {
    List<int[]> characters = new ArrayList<>(lines.size());
    int total = 0;
    for (String line : lines) {
      int[] codePoints =
          (options.whitespace() ? line : PythonText.removeSpaces(line)).codePoints().toArray();
      characters.add(codePoints);
      total += codePoints.length;
    }
    int[] alphabet = new int[total];
    int at = 0;
    for (int[] codePoints : characters) {
      System.arraycopy(codePoints, 0, alphabet, at, codePoints.length);
      at += codePoints.length;
    }
    alphabet = Arrays.stream(alphabet).sorted().distinct().toArray();
    if (!NgramKeys.fits(alphabet.length, options.charOrder())) {
      return null;
    }
    Map<String, Integer> vocabulary = new HashMap<>();
    List<int[]> words = new ArrayList<>(lines.size());
    if (options.wordOrder() > 0) {
      for (String line : lines) {
        List<String> split = splitPunctuation(line);
        int[] ids = new int[split.size()];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = vocabulary.computeIfAbsent(split.get(i), w -> vocabulary.size());
        }
        words.add(ids);
      }
      if (!NgramKeys.fits(vocabulary.size(), options.wordOrder())) {
        return null;
      }
    }
    List<long[][]> out = new ArrayList<>(lines.size());
    for (int k = 0; k < lines.size(); k++) {
      int[] codePoints = characters.get(k);
      int[] ids = new int[codePoints.length];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = Arrays.binarySearch(alphabet, codePoints[i]);
      }
      long[][] charKeys = NgramKeys.sortedKeys(ids, options.charOrder(), alphabet.length);
      if (options.wordOrder() == 0) {
        out.add(charKeys);
        continue;
      }
      long[][] wordKeys =
          NgramKeys.sortedKeys(words.get(k), options.wordOrder(), vocabulary.size());
      long[][] all = new long[charKeys.length + wordKeys.length][];
      System.arraycopy(charKeys, 0, all, 0, charKeys.length);
      System.arraycopy(wordKeys, 0, all, charKeys.length, wordKeys.length);
      out.add(all);
    }
    return out;
  }

  private static double[] keyStatistics(long[][] hypothesis, long[][] reference) {
    double[] stats = new double[3 * hypothesis.length];
    for (int n = 0; n < hypothesis.length; n++) {
      // As sacreBLEU: no hypothesis count for an order the reference has no n-gram of.
      stats[3 * n] = reference[n].length == 0 ? 0 : hypothesis[n].length;
      stats[3 * n + 1] = reference[n].length;
      stats[3 * n + 2] = NgramKeys.matches(hypothesis[n], reference[n]);
    }
    return stats;
  }

  /** The general path: n-grams as strings, as sacreBLEU counts them. */
  private double[] stringStatistics(String hypothesis, String reference) {
    List<Map<String, Integer>> hypothesisNgrams = ngrams(hypothesis);
    List<Map<String, Integer>> referenceNgrams = ngrams(reference);
    double[] stats = new double[3 * hypothesisNgrams.size()];
    for (int n = 0; n < hypothesisNgrams.size(); n++) {
      match(hypothesisNgrams.get(n), referenceNgrams.get(n), stats, 3 * n);
    }
    return stats;
  }

  private String preprocess(String line) {
    return options.lowercase() ? PythonText.lower(line) : line;
  }

  private List<Map<String, Integer>> ngrams(String line) {
    List<Map<String, Integer>> all = new ArrayList<>();
    String chars = options.whitespace() ? line : PythonText.removeSpaces(line);
    int length = chars.codePointCount(0, chars.length());
    int[] offsets = new int[length + 1];
    for (int i = 0, at = 0; i < length; i++) {
      offsets[i] = at;
      at += Character.charCount(chars.codePointAt(at));
      offsets[i + 1] = at;
    }
    for (int n = 1; n <= options.charOrder(); n++) {
      Map<String, Integer> map = new HashMap<>();
      for (int i = 0; i + n <= length; i++) {
        map.merge(chars.substring(offsets[i], offsets[i + n]), 1, Integer::sum);
      }
      all.add(map);
    }
    if (options.wordOrder() > 0) {
      List<String> words = splitPunctuation(line);
      for (int n = 1; n <= options.wordOrder(); n++) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i + n <= words.size(); i++) {
          map.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
        }
        all.add(map);
      }
    }
    return all;
  }

  /** sacreBLEU's {@code _remove_punctuation}: splits one punctuation mark off each word. */
  static List<String> splitPunctuation(String line) {
    List<String> out = new ArrayList<>();
    for (String word : PythonText.split(line)) {
      if (PythonText.length(word) == 1) {
        out.add(word);
      } else if (PUNCTUATION.indexOf(word.charAt(word.length() - 1)) >= 0) {
        out.add(word.substring(0, word.length() - 1));
        out.add(word.substring(word.length() - 1));
      } else if (PUNCTUATION.indexOf(word.charAt(0)) >= 0) {
        out.add(word.substring(0, 1));
        out.add(word.substring(1));
      } else {
        out.add(word);
      }
    }
    return out;
  }

  private static void match(
      Map<String, Integer> hypothesis, Map<String, Integer> reference, double[] out, int at) {
    long hypothesisCount = 0;
    long matchCount = 0;
    for (Map.Entry<String, Integer> entry : hypothesis.entrySet()) {
      hypothesisCount += entry.getValue();
      Integer count = reference.get(entry.getKey());
      if (count != null) {
        matchCount += Math.min(entry.getValue(), count);
      }
    }
    long referenceCount = 0;
    for (int count : reference.values()) {
      referenceCount += count;
    }
    out[at] = reference.isEmpty() ? 0 : hypothesisCount;
    out[at + 1] = referenceCount;
    out[at + 2] = matchCount;
  }

  /** sacreBLEU's {@code _compute_f_score}, same arithmetic in the same order. */
  double value(double[] statistics) {
    return value(statistics, false);
  }

  private double value(double[] statistics, boolean float32Quotients) {
    int order = options.charOrder() + options.wordOrder();
    double factor = (double) options.beta() * options.beta();
    double score = 0.0;
    double averagePrecision = 0.0;
    double averageRecall = 0.0;
    int effectiveOrder = 0;
    for (int i = 0; i < order; i++) {
      double hypothesis = statistics[3 * i];
      double reference = statistics[3 * i + 1];
      double match = statistics[3 * i + 2];
      double precision = hypothesis > 0 ? quotient(match, hypothesis, float32Quotients) : EPS;
      double recall = reference > 0 ? quotient(match, reference, float32Quotients) : EPS;
      double denominator = factor * precision + recall;
      score += denominator > 0 ? (1 + factor) * precision * recall / denominator : EPS;
      if (hypothesis > 0 && reference > 0) {
        averagePrecision += precision;
        averageRecall += recall;
        effectiveOrder++;
      }
    }
    return finish(score, order, averagePrecision, averageRecall, effectiveOrder, factor);
  }

  private static double quotient(double numerator, double denominator, boolean float32) {
    return float32 ? (float) numerator / (float) denominator : numerator / denominator;
  }

  private double finish(
      double score,
      int order,
      double averagePrecision,
      double averageRecall,
      int effectiveOrder,
      double factor) {
    if (options.epsSmoothing()) {
      return 100 * score / order;
    }
    if (effectiveOrder == 0) {
      averagePrecision = 0.0;
      averageRecall = 0.0;
    } else {
      averagePrecision /= effectiveOrder;
      averageRecall /= effectiveOrder;
    }
    if (averagePrecision + averageRecall != 0) {
      double f = (1 + factor) * averagePrecision * averageRecall;
      f /= factor * averagePrecision + averageRecall;
      return 100 * f;
    }
    return 0.0;
  }

  /**
   * {@link #value} of float32 statistic sums with NumPy 1.24's types, as in sacreBLEU's bootstrap
   * ({@code np.array(stats, dtype='float32')}): precision and recall are float32 quotients of the
   * float32 counts; everything after them is float64, as Python scalars promote it.
   */
  double valueFloat32(float[] statistics) {
    double[] quotients = new double[statistics.length];
    for (int i = 0; i < statistics.length; i += 3) {
      float hypothesis = statistics[i];
      float reference = statistics[i + 1];
      float match = statistics[i + 2];
      quotients[i] = hypothesis;
      quotients[i + 1] = reference;
      quotients[i + 2] = match;
    }
    return value(quotients, true);
  }
}
