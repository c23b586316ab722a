package dev.tarjama.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Argument checks and reshaping shared by the metrics. Stateless. */
final class Inputs {

  private Inputs() {}

  /** Checks a corpus: non-empty hypotheses, at least one stream, equal lengths, no nulls. */
  static void checkCorpus(List<String> hypotheses, List<List<String>> references) {
    Objects.requireNonNull(hypotheses, "hypotheses");
    Objects.requireNonNull(references, "references");
    if (hypotheses.isEmpty()) {
      throw new IllegalArgumentException("hypotheses must not be empty");
    }
    if (references.isEmpty()) {
      throw new IllegalArgumentException("references must hold at least one reference stream");
    }
    for (int k = 0; k < references.size(); k++) {
      List<String> stream = Objects.requireNonNull(references.get(k), "references[" + k + "]");
      if (stream.size() != hypotheses.size()) {
        throw new IllegalArgumentException(
            "reference stream " + (k + 1) + " has " + stream.size() + " lines but there are "
                + hypotheses.size() + " hypotheses");
      }
    }
  }

  /** Checks one segment's references: at least one, no nulls. */
  static void checkSentence(String hypothesis, List<String> references) {
    Objects.requireNonNull(hypothesis, "hypothesis");
    Objects.requireNonNull(references, "references");
    if (references.isEmpty()) {
      throw new IllegalArgumentException("references must hold at least one reference");
    }
  }

  /** The references of segment {@code i}, one from each stream. */
  static List<String> referencesOf(List<List<String>> references, int i) {
    List<String> out = new ArrayList<>(references.size());
    for (List<String> stream : references) {
      out.add(Objects.requireNonNull(stream.get(i), "reference line " + (i + 1)));
    }
    return out;
  }

  /** Element-wise sum of flat statistics. */
  static double[] sum(List<double[]> rows, int width) {
    double[] total = new double[width];
    for (double[] row : rows) {
      for (int j = 0; j < width; j++) {
        total[j] += row[j];
      }
    }
    return total;
  }
}
