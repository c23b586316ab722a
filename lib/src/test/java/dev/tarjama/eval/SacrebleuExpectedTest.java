package dev.tarjama.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of {@code expected.jsonl}: the scores, statistics, signatures and printed lines of the
 * real sacreBLEU 2.6.0 on 19 cases × 20 configurations, corpus and sentence level.
 */
class SacrebleuExpectedTest {

  /** The README's tolerance on the 0–100 scale: Java's and glibc's log/exp may differ by an ulp. */
  private static final double TOLERANCE = 1e-9;

  private static final List<JsonObject> ROWS = SacrebleuVectors.rows("expected.jsonl");

  @Test
  void allRowsArePresent() {
    assertEquals(740, ROWS.size());
  }

  @TestFactory
  Stream<DynamicTest> everyRowMatchesSacrebleu() {
    return ROWS.stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.get("case").getAsString() + " " + row.get("config").getAsString() + " "
                        + row.get("level").getAsString(),
                    () -> check(row)));
  }

  private static void check(JsonObject row) {
    String caseName = row.get("case").getAsString();
    int referenceCount = row.get("nrefs").getAsInt();
    List<String> hypotheses = SacrebleuVectors.cliLines("cases/" + caseName + "/hyp.txt");
    List<List<String>> references = new ArrayList<>();
    for (int k = 1; k <= referenceCount; k++) {
      references.add(SacrebleuVectors.cliLines("cases/" + caseName + "/ref" + k + ".txt"));
    }
    assertEquals(row.get("nlines").getAsInt(), hypotheses.size(), "line count");
    Metric metric =
        VectorOptions.metric(row.get("metric").getAsString(), row.getAsJsonObject("options"));
    assertEquals(row.get("name").getAsString(), metric.name(), "name");
    Signature signature = metric.signature(referenceCount);
    assertEquals(row.get("signature").getAsString(), signature.format(), "signature");
    assertEquals(row.get("signature_short").getAsString(), signature.formatShort(), "short");
    if (row.get("level").getAsString().equals("corpus")) {
      checkCorpus(row, metric, hypotheses, references);
    } else {
      checkSentences(row, metric, hypotheses, references);
    }
  }

  private static void checkCorpus(
      JsonObject row, Metric metric, List<String> hypotheses, List<List<String>> references) {
    Score score = metric.corpusScore(hypotheses, references);
    assertEquals(row.get("score").getAsDouble(), score.value(), TOLERANCE, "score");
    assertEquals(doubles(row.getAsJsonArray("stats")), score.statistics().values(), "stats");
    assertEquals(row.get("text").getAsString(), score.format(1, false), "text");
    if (metric instanceof Bleu bleu) {
      BleuBreakdown parts = bleu.breakdown((BleuStatistics) score.statistics());
      assertEquals(doubles(row.getAsJsonArray("counts")), parts.counts(), "counts");
      assertEquals(doubles(row.getAsJsonArray("totals")), parts.totals(), "totals");
      List<Double> precisions = doubles(row.getAsJsonArray("precisions"));
      for (int n = 0; n < precisions.size(); n++) {
        assertEquals(precisions.get(n), parts.precisions().get(n), TOLERANCE, "precision " + n);
      }
      assertEquals(row.get("bp").getAsDouble(), parts.brevityPenalty(), TOLERANCE, "bp");
      assertEquals(row.get("sys_len").getAsLong(), parts.hypothesisLength(), "sys_len");
      assertEquals(row.get("ref_len").getAsLong(), parts.referenceLength(), "ref_len");
      assertEquals(row.get("ratio").getAsDouble(), parts.ratio(), TOLERANCE, "ratio");
      assertEquals(row.get("verbose").getAsString(), score.details(), "verbose");
    }
    if (metric instanceof Ter) {
      TerStatistics ter = (TerStatistics) score.statistics();
      assertEquals(row.get("num_edits").getAsDouble(), ter.edits(), "num_edits");
      assertEquals(row.get("ref_length").getAsDouble(), ter.referenceLength(), "ref_length");
    }
  }

  private static void checkSentences(
      JsonObject row, Metric metric, List<String> hypotheses, List<List<String>> references) {
    String[] lines = SacrebleuVectors.read(SacrebleuVectors.ROOT.resolve(row.get("file")
        .getAsString())).split("\n");
    assertEquals("line\tscore\tstats", lines[0], "sentence file header");
    assertEquals(hypotheses.size() + 1, lines.length, "sentence file rows");
    for (int i = 0; i < hypotheses.size(); i++) {
      String[] fields = lines[i + 1].split("\t");
      assertEquals(Integer.toString(i + 1), fields[0]);
      Score score = metric.sentenceScore(hypotheses.get(i), Inputs.referencesOf(references, i));
      assertEquals(Double.parseDouble(fields[1]), score.value(), TOLERANCE, "line " + (i + 1));
      List<Double> stats = new ArrayList<>();
      for (String s : fields[2].split(" ")) {
        stats.add(Double.parseDouble(s));
      }
      assertEquals(stats, score.statistics().values(), "stats of line " + (i + 1));
      if (i == 0) {
        assertEquals(row.get("text_line1").getAsString(), score.format(1, false), "line 1 text");
      }
    }
    assertTrue(hypotheses.size() > 0);
  }

  private static List<Double> doubles(JsonArray array) {
    List<Double> out = new ArrayList<>();
    array.forEach(e -> out.add(e.getAsDouble()));
    return out;
  }
}
