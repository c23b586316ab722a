package dev.tarjama.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of {@code upstream-tests.jsonl}: sacreBLEU's own test assertions (test_bleu,
 * test_chrf, test_sentence_bleu, test_ter, test_tokenizer_ter) with the values 2.6.0 returns.
 * Strings are used exactly as given (no right-stripping).
 */
class SacrebleuUpstreamTest {

  private static final double TOLERANCE = 1e-9;
  private static final List<JsonObject> ROWS = SacrebleuVectors.rows("upstream-tests.jsonl");

  @Test
  void allRowsArePresent() {
    assertEquals(90, ROWS.size());
  }

  @TestFactory
  Stream<DynamicTest> everyUpstreamAssertionHolds() {
    return ROWS.stream()
        .map(row -> DynamicTest.dynamicTest(row.get("test").getAsString(), () -> check(row)));
  }

  private static void check(JsonObject row) {
    String kind = row.get("kind").getAsString();
    JsonObject options = row.getAsJsonObject("options");
    switch (kind) {
      case "tokenizer" -> {
        String actual = new TercomTokenizer(VectorOptions.ter(options))
            .tokenize(row.get("input").getAsString());
        assertEquals(row.get("actual").getAsString(), actual);
        assertEquals(row.get("expected").getAsString(), actual);
      }
      case "compute_bleu" -> checkComputeBleu(row, options);
      case "corpus-stats" -> checkCorpusStatistics(row, options);
      case "corpus", "sentence" -> checkScore(row, options, kind.equals("corpus"));
      default -> throw new AssertionError("unknown kind " + kind);
    }
  }

  private static void checkComputeBleu(JsonObject row, JsonObject options) {
    BleuOptions bleuOptions =
        BleuOptions.DEFAULTS.withSmoothing(
            BleuSmoothing.fromName(options.get("smooth_method").getAsString()));
    if (options.has("smooth_value")) {
      bleuOptions = bleuOptions.withSmoothValue(options.get("smooth_value").getAsDouble());
    }
    List<Long> matches = longs(options.getAsJsonArray("correct"));
    List<Long> totals = longs(options.getAsJsonArray("total"));
    BleuStatistics stats =
        new BleuStatistics(
            options.get("sys_len").getAsLong(), options.get("ref_len").getAsLong(), matches, totals);
    double fraction = new Bleu(bleuOptions).score(stats, 1).value() / 100;
    assertOwnAssertion(row, fraction);
  }

  private static void checkCorpusStatistics(JsonObject row, JsonObject options) {
    Bleu bleu = new Bleu(VectorOptions.bleu(options));
    Score score = bleu.corpusScore(strings(row.getAsJsonArray("hyps")), streams(row));
    BleuBreakdown parts = bleu.breakdown((BleuStatistics) score.statistics());
    JsonObject actual = row.getAsJsonObject("actual");
    assertEquals(doubles(actual.getAsJsonArray("counts")), parts.counts());
    assertEquals(doubles(actual.getAsJsonArray("totals")), parts.totals());
    assertEquals(actual.get("sys_len").getAsLong(), parts.hypothesisLength());
    assertEquals(actual.get("ref_len").getAsLong(), parts.referenceLength());
  }

  private static void checkScore(JsonObject row, JsonObject options, boolean corpus) {
    Metric metric = VectorOptions.metric(row.get("metric").getAsString(), options);
    Score score;
    if (corpus) {
      score = metric.corpusScore(strings(row.getAsJsonArray("hyps")), streams(row));
    } else {
      score = metric.sentenceScore(row.get("hyp").getAsString(), strings(row.getAsJsonArray("refs")));
    }
    String scale = row.get("expected_scale").getAsString();
    double scaled = scale.equals("score/100") ? score.value() / 100 : score.value();
    assertOwnAssertion(row, scaled);
    if (row.has("signature")) {
      assertEquals(row.get("signature").getAsString(), score.signature().format());
    }
    if (row.has("verbose")) {
      String line = score.name() + " = " + Formats.fixed(score.value(), 1) + " " + score.details();
      assertEquals(row.get("verbose").getAsString(), line);
    }
    if (row.has("num_edits")) {
      TerStatistics ter = (TerStatistics) score.statistics();
      assertEquals(row.get("num_edits").getAsDouble(), ter.edits());
      assertEquals(row.get("ref_length").getAsDouble(), ter.referenceLength());
    }
  }

  /** Checks the value against 2.6.0's full-precision result and the upstream test's assertion. */
  private static void assertOwnAssertion(JsonObject row, double scaled) {
    double actual = row.get("actual").getAsDouble();
    String scale = row.has("expected_scale") ? row.get("expected_scale").getAsString() : "";
    double tolerance = scale.equals("score/100") ? TOLERANCE / 100 : TOLERANCE;
    assertEquals(actual, scaled, tolerance, "2.6.0's value");
    switch (row.get("compare").getAsString()) {
      case "abs" -> {
        double expected = row.get("expected").getAsDouble();
        double allowed = row.get("tolerance").getAsDouble();
        assertTrue(Math.abs(expected - scaled) <= allowed,
            "upstream assertion |" + expected + " - " + scaled + "| <= " + allowed);
      }
      case "exact" -> assertEquals(row.get("expected").getAsDouble(), scaled);
      case "string" -> assertEquals(row.get("expected").getAsString(), Formats.fixed(scaled, 2));
      default -> throw new AssertionError("unknown comparison " + row.get("compare"));
    }
  }

  private static List<List<String>> streams(JsonObject row) {
    List<List<String>> out = new ArrayList<>();
    for (JsonElement stream : row.getAsJsonArray("refs")) {
      out.add(strings(stream.getAsJsonArray()));
    }
    return out;
  }

  private static List<String> strings(JsonArray array) {
    List<String> out = new ArrayList<>();
    array.forEach(e -> out.add(e.getAsString()));
    return out;
  }

  private static List<Long> longs(JsonArray array) {
    List<Long> out = new ArrayList<>();
    array.forEach(e -> out.add(e.getAsLong()));
    return out;
  }

  private static List<Double> doubles(JsonArray array) {
    List<Double> out = new ArrayList<>();
    array.forEach(e -> out.add(e.getAsDouble()));
    return out;
  }
}
