package dev.tarjama.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Translation Edit Rate (Snover et al. 2006, "A Study of Translation Edit Rate with Targeted Human
 * Annotation", AMTA) exactly as sacreBLEU 2.6.0 computes it.
 *
 * <p>Each line is right-stripped and passed through Tercom's normalizer ({@link TerOptions}), then
 * split into words; as in sacreBLEU, references pass through the normalizer twice. A segment's
 * edits are the fewest over its references (shifts of up to 10 words within 50 positions, then
 * insertions, deletions and substitutions); its reference length is the <em>average</em> reference
 * length. The score is {@code 100 * edits / referenceLength} summed over the corpus; with no
 * reference words it is 100 if there are edits and 0 otherwise.
 *
 * <p>Immutable and thread-safe.
 */
public final class Ter implements Metric {

  private final TerOptions options;
  private final TercomTokenizer tokenizer;

  /** A TER metric with the given options. */
  public Ter(TerOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.tokenizer = new TercomTokenizer(options);
  }

  /** The options this metric uses. */
  public TerOptions options() {
    return options;
  }

  @Override
  public String name() {
    return "TER";
  }

  @Override
  public Signature signature(int referenceCount) {
    return Signature.of(
        referenceCount,
        List.of(
            new Signature.Field("case", "c", options.caseSensitive() ? "mixed" : "lc"),
            new Signature.Field("tok", "t", TercomTokenizer.signatureName()),
            new Signature.Field("norm", "nr", options.normalized() ? "yes" : "no"),
            new Signature.Field("punct", "pn", options.noPunct() ? "no" : "yes"),
            new Signature.Field("asian", "as", options.asianSupport() ? "yes" : "no")));
  }

  @Override
  public Score corpusScore(List<String> hypotheses, List<List<String>> references) {
    Inputs.checkCorpus(hypotheses, references);
    double edits = 0;
    double length = 0;
    for (Statistics s : segmentStatistics(hypotheses, references)) {
      TerStatistics ter = (TerStatistics) s;
      edits += ter.edits();
      length += ter.referenceLength();
    }
    return score(new TerStatistics(edits, length), references.size());
  }

  @Override
  public Score score(Statistics statistics, int referenceCount) {
    if (!(statistics instanceof TerStatistics ter)) {
      throw new IllegalArgumentException("expected TER statistics, got " + statistics);
    }
    return new Score(name(), value(ter.toArray()), signature(referenceCount), ter, "");
  }

  /** The statistics of one hypothesis: fewest edits over the references, mean reference length. */
  @Override
  public TerStatistics statistics(String hypothesis, List<String> references) {
    Inputs.checkSentence(hypothesis, references);
    Map<String, Integer> ids = new HashMap<>();
    int[] hypothesisWords = ids(words(hypothesis), ids);
    int best = Integer.MAX_VALUE;
    long lengths = 0;
    for (String reference : references) {
      // sacreBLEU 2.6.0 normalizes each reference twice: once when caching the references and
      // again when splitting them (TER._extract_reference_info). Only --ter-normalized notices:
      // "sami's." becomes "sami's ." and then "sami 's .".
      int[] referenceWords = ids(words(preprocess(reference)), ids);
      best = Math.min(best, TerEditDistance.edits(hypothesisWords, referenceWords));
      lengths += referenceWords.length;
    }
    return new TerStatistics(best, (double) lengths / references.size());
  }

  private String preprocess(String line) {
    return tokenizer.tokenize(PythonText.rstrip(line));
  }

  private List<String> words(String line) {
    return PythonText.split(preprocess(line));
  }

  private static int[] ids(List<String> words, Map<String, Integer> ids) {
    int[] out = new int[words.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.computeIfAbsent(words.get(i), w -> ids.size());
    }
    return out;
  }

  /** sacreBLEU's {@code _compute_score_from_stats}. */
  static double value(double[] statistics) {
    double edits = statistics[0];
    double length = statistics[1];
    double score;
    if (length > 0) {
      score = edits / length;
    } else if (edits > 0) {
      score = 1.0;
    } else {
      score = 0.0;
    }
    return 100 * score;
  }

  /**
   * {@link #value} of float32 statistic sums with NumPy 1.24's types, as in sacreBLEU's bootstrap:
   * the rate is a float32 quotient, its percentage a float64.
   */
  static double valueFloat32(float[] statistics) {
    float edits = statistics[0];
    float length = statistics[1];
    if (length > 0) {
      return 100 * (double) (edits / length);
    }
    return edits > 0 ? 100.0 : 0.0;
  }
}
