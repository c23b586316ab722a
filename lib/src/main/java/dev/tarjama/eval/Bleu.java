package dev.tarjama.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * BLEU (Papineni et al. 2002, "BLEU: a Method for Automatic Evaluation of Machine Translation",
 * ACL) exactly as sacreBLEU 2.6.0 computes it.
 *
 * <p>Each line is lowercased (if asked), right-stripped and tokenized; n-grams of orders 1..N are
 * counted, hypothesis counts clipped by the highest count in any reference. The corpus score is
 * {@code BP * exp(mean(log p_n))} with {@code BP = exp(1 - r/c)} when {@code c < r}, where the
 * per-segment reference length is the one closest to the hypothesis length (the shorter on ties). A
 * zero precision is smoothed as {@link BleuSmoothing} says; {@code log 0} is taken as -9999999999,
 * as sacreBLEU's {@code my_log} does.
 *
 * <p>Immutable and thread-safe.
 */
public final class Bleu implements Metric {

  /** sacreBLEU's {@code my_log(0)}: a floor that makes the score underflow to 0. */
  private static final double LOG_ZERO = -9999999999.0;

  private final BleuOptions options;

  /** A BLEU metric with the given options. */
  public Bleu(BleuOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The options this metric uses. */
  public BleuOptions options() {
    return options;
  }

  @Override
  public String name() {
    return "BLEU";
  }

  @Override
  public Signature signature(int referenceCount) {
    String smooth = options.smoothing().signatureName();
    if (options.smoothing().defaultValue().isPresent()) {
      smooth += "[" + Formats.fixed(options.smoothValue(), 2) + "]";
    }
    return Signature.of(
        referenceCount,
        List.of(
            new Signature.Field("case", "c", options.lowercase() ? "lc" : "mixed"),
            new Signature.Field("eff", "e", options.effectiveOrder() ? "yes" : "no"),
            new Signature.Field("tok", "tok", options.tokenizer().signatureName()),
            new Signature.Field("smooth", "s", smooth)));
  }

  @Override
  public Score corpusScore(List<String> hypotheses, List<List<String>> references) {
    Inputs.checkCorpus(hypotheses, references);
    return score(sum(segmentStatistics(hypotheses, references)), references.size());
  }

  @Override
  public Score score(Statistics statistics, int referenceCount) {
    if (!(statistics instanceof BleuStatistics bleu)
        || bleu.matches().size() != options.maxNgramOrder()) {
      throw new IllegalArgumentException(
          "expected BLEU statistics of order " + options.maxNgramOrder() + ", got " + statistics);
    }
    BleuBreakdown breakdown = breakdown(bleu.toArray());
    double value = value(bleu.toArray());
    return new Score(name(), value, signature(referenceCount), bleu, breakdown.format());
  }

  /** The counts, precisions and brevity penalty behind a score of these statistics. */
  public BleuBreakdown breakdown(BleuStatistics statistics) {
    return breakdown(statistics.toArray());
  }

  /** The statistics of one hypothesis against its references. */
  @Override
  public BleuStatistics statistics(String hypothesis, List<String> references) {
    Inputs.checkSentence(hypothesis, references);
    List<String> hypothesisWords = PythonText.split(preprocess(hypothesis));
    List<List<String>> referenceWords = new ArrayList<>(references.size());
    List<Integer> referenceLengths = new ArrayList<>(references.size());
    Map<String, Integer> ids = new HashMap<>();
    int[] hypothesisIds = ids(hypothesisWords, ids);
    List<int[]> referenceIds = new ArrayList<>(references.size());
    for (String reference : references) {
      List<String> words = PythonText.split(preprocess(reference));
      referenceWords.add(words);
      referenceLengths.add(words.size());
      referenceIds.add(ids(words, ids));
    }
    int order = options.maxNgramOrder();
    List<Long> matches = new ArrayList<>(order);
    List<Long> totals = new ArrayList<>(order);
    if (NgramKeys.fits(ids.size(), order)) {
      long[][] hypothesisKeys = NgramKeys.sortedKeys(hypothesisIds, order, ids.size());
      List<long[][]> referenceKeys = new ArrayList<>(references.size());
      for (int[] reference : referenceIds) {
        referenceKeys.add(NgramKeys.sortedKeys(reference, order, ids.size()));
      }
      for (int n = 0; n < order; n++) {
        List<long[]> ofOrder = new ArrayList<>(referenceKeys.size());
        for (long[][] keys : referenceKeys) {
          ofOrder.add(keys[n]);
        }
        matches.add(NgramKeys.clippedMatches(hypothesisKeys[n], ofOrder));
        totals.add((long) hypothesisKeys[n].length);
      }
    } else {
      countWithStrings(hypothesisWords, referenceWords, matches, totals);
    }
    return new BleuStatistics(
        hypothesisWords.size(),
        closestLength(hypothesisWords.size(), referenceLengths),
        matches,
        totals);
  }

  private static int[] ids(List<String> words, Map<String, Integer> ids) {
    int[] out = new int[words.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.computeIfAbsent(words.get(i), w -> ids.size());
    }
    return out;
  }

  /** The general path for huge vocabularies or orders: n-grams as strings, as sacreBLEU does. */
  private void countWithStrings(
      List<String> hypothesisWords,
      List<List<String>> referenceWords,
      List<Long> matches,
      List<Long> totals) {
    int order = options.maxNgramOrder();
    List<Map<String, Integer>> referenceNgrams = new ArrayList<>(order);
    for (int n = 0; n < order; n++) {
      referenceNgrams.add(new HashMap<>());
    }
    for (List<String> words : referenceWords) {
      List<Map<String, Integer>> counts = ngrams(words, order);
      for (int n = 0; n < order; n++) {
        Map<String, Integer> merged = referenceNgrams.get(n);
        counts.get(n).forEach((ngram, count) -> merged.merge(ngram, count, Math::max));
      }
    }
    List<Map<String, Integer>> hypothesisNgrams = ngrams(hypothesisWords, order);
    for (int n = 0; n < order; n++) {
      Map<String, Integer> reference = referenceNgrams.get(n);
      long match = 0;
      long total = 0;
      for (Map.Entry<String, Integer> entry : hypothesisNgrams.get(n).entrySet()) {
        total += entry.getValue();
        Integer count = reference.get(entry.getKey());
        if (count != null) {
          match += Math.min(entry.getValue(), count);
        }
      }
      matches.add(match);
      totals.add(total);
    }
  }

  private String preprocess(String line) {
    String s = options.lowercase() ? PythonText.lower(line) : line;
    return options.tokenizer().tokenize(PythonText.rstrip(s));
  }

  /** Counts the n-grams of orders 1..order; an n-gram is its words joined by one space. */
  private static List<Map<String, Integer>> ngrams(List<String> words, int order) {
    StringBuilder joined = new StringBuilder();
    int[] starts = new int[words.size()];
    int[] ends = new int[words.size()];
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        joined.append(' ');
      }
      starts[i] = joined.length();
      joined.append(words.get(i));
      ends[i] = joined.length();
    }
    String line = joined.toString();
    List<Map<String, Integer>> counts = new ArrayList<>(order);
    for (int n = 1; n <= order; n++) {
      Map<String, Integer> map = new HashMap<>();
      for (int i = 0; i + n <= words.size(); i++) {
        map.merge(line.substring(starts[i], ends[i + n - 1]), 1, Integer::sum);
      }
      counts.add(map);
    }
    return counts;
  }

  /** The reference length closest to the hypothesis length; the shorter one on ties. */
  private static int closestLength(int hypothesisLength, List<Integer> referenceLengths) {
    int closestDiff = -1;
    int closest = -1;
    for (int length : referenceLengths) {
      int diff = Math.abs(hypothesisLength - length);
      if (closestDiff == -1 || diff < closestDiff) {
        closestDiff = diff;
        closest = length;
      } else if (diff == closestDiff && length < closest) {
        closest = length;
      }
    }
    return closest;
  }

  private static BleuStatistics sum(List<Statistics> segments) {
    List<double[]> rows = new ArrayList<>(segments.size());
    for (Statistics s : segments) {
      rows.add(s.toArray());
    }
    return BleuStatistics.of(Inputs.sum(rows, rows.get(0).length));
  }

  /** The score of flat statistics; the arithmetic and its order are sacreBLEU's. */
  double value(double[] stats) {
    return compute(stats, null);
  }

  private BleuBreakdown breakdown(double[] stats) {
    BleuBreakdown[] out = new BleuBreakdown[1];
    compute(stats, out);
    return out[0];
  }

  private double compute(double[] stats, BleuBreakdown[] breakdownOut) {
    int order = options.maxNgramOrder();
    double[] correct = new double[order];
    double[] total = new double[order];
    System.arraycopy(stats, 2, correct, 0, order);
    System.arraycopy(stats, 2 + order, total, 0, order);
    long sysLen = (long) stats[0];
    long refLen = (long) stats[1];
    double bp = sysLen < refLen ? (sysLen > 0 ? Math.exp(1 - (double) refLen / sysLen) : 0.0) : 1.0;
    double[] precisions = new double[order];
    double score;
    boolean anyMatch = false;
    for (double c : correct) {
      anyMatch |= c != 0;
    }
    if (!anyMatch) {
      score = 0.0;
    } else {
      BleuSmoothing smoothing = options.smoothing();
      double smoothValue = options.smoothValue();
      double smoothMteval = 1.0;
      int effectiveOrder = order;
      for (int n = 1; n <= order; n++) {
        if (smoothing == BleuSmoothing.ADD_K && n > 1) {
          correct[n - 1] += smoothValue;
          total[n - 1] += smoothValue;
        }
        if (total[n - 1] == 0) {
          break;
        }
        if (options.effectiveOrder()) {
          effectiveOrder = n;
        }
        if (correct[n - 1] == 0) {
          if (smoothing == BleuSmoothing.EXP) {
            smoothMteval *= 2;
            precisions[n - 1] = 100.0 / (smoothMteval * total[n - 1]);
          } else if (smoothing == BleuSmoothing.FLOOR) {
            precisions[n - 1] = 100.0 * smoothValue / total[n - 1];
          }
        } else {
          precisions[n - 1] = 100.0 * correct[n - 1] / total[n - 1];
        }
      }
      double logSum = 0;
      for (int n = 0; n < effectiveOrder; n++) {
        logSum += precisions[n] == 0.0 ? LOG_ZERO : Math.log(precisions[n]);
      }
      score = bp * Math.exp(logSum / effectiveOrder);
    }
    if (breakdownOut != null) {
      breakdownOut[0] =
          new BleuBreakdown(
              boxed(correct),
              boxed(total),
              boxed(precisions),
              bp,
              sysLen,
              refLen,
              refLen != 0 ? (double) sysLen / refLen : 0);
    }
    return score;
  }

  private static List<Double> boxed(double[] values) {
    List<Double> out = new ArrayList<>(values.length);
    for (double v : values) {
      out.add(v);
    }
    return out;
  }
}
