package dev.tarjama.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of the {@code edge-unicode} vector case with sacreBLEU 2.6.0's sentence-level results:
 * line 16 has a whitespace-only hypothesis, 17 an empty hypothesis, 18 an empty reference, 19 both
 * empty, 41 a one-word hypothesis ("Yes" against "Yes.").
 */
final class EdgeCases {

  static final int WHITESPACE_HYPOTHESIS = 16;
  static final int EMPTY_HYPOTHESIS = 17;
  static final int EMPTY_REFERENCE = 18;
  static final int BOTH_EMPTY = 19;
  static final int ONE_WORD = 41;

  record Expected(String hypothesis, String reference, double score, List<Double> statistics) {}

  private EdgeCases() {}

  /** The line (1-based) as the command reads it, and sacreBLEU's score for {@code config}. */
  static Expected line(String config, int line) {
    String hypothesis = SacrebleuVectors.cliLines("cases/edge-unicode/hyp.txt").get(line - 1);
    String reference = SacrebleuVectors.cliLines("cases/edge-unicode/ref1.txt").get(line - 1);
    String[] rows =
        SacrebleuVectors.read(
                SacrebleuVectors.ROOT.resolve("cases/edge-unicode/sentence/" + config + ".tsv"))
            .split("\n");
    String[] fields = rows[line].split("\t");
    List<Double> statistics = new ArrayList<>();
    for (String s : fields[2].split(" ")) {
      statistics.add(Double.parseDouble(s));
    }
    return new Expected(hypothesis, reference, Double.parseDouble(fields[1]), statistics);
  }
}
