package dev.tarjama.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The paired tests against sacreBLEU 2.6.0's own runs in {@code paired-bs/} (seed 12345): the
 * resample indices, p-values, means and intervals must be exactly sacreBLEU's (bit for bit).
 */
class PairedTestTest {

  private static final List<String> REFERENCE = SacrebleuVectors.cliLines("paired-bs/ref.txt");
  private static final List<String> BASELINE = SacrebleuVectors.cliLines("paired-bs/baseline.txt");
  private static final List<List<String>> SYSTEMS =
      List.of(
          SacrebleuVectors.cliLines("paired-bs/system1.txt"),
          SacrebleuVectors.cliLines("paired-bs/system2.txt"));
  private static final List<Metric> METRICS =
      List.of(
          new Bleu(BleuOptions.DEFAULTS), new Chrf(ChrfOptions.DEFAULTS), new Ter(TerOptions.DEFAULTS));

  @Test
  void resampleIndicesAreNumpysForSeed12345() {
    String[] rows = SacrebleuVectors.read(SacrebleuVectors.ROOT.resolve(
        "paired-bs/paired-bs.indices.txt")).split("\n");
    int[][] ours = new NumpyRandom(12345).choice(REFERENCE.size(), 1000);
    assertEquals(1000, rows.length);
    for (int b = 0; b < rows.length; b++) {
      String[] fields = rows[b].trim().split(" ");
      int[] expected = new int[fields.length];
      for (int i = 0; i < fields.length; i++) {
        expected[i] = Integer.parseInt(fields[i]);
      }
      assertArrayEquals(expected, ours[b], "resample " + b);
    }
  }

  @Test
  void pairedBootstrapReproducesSacrebleu() {
    check("paired-bs/paired-bs.json", SignificanceOptions.DEFAULTS);
  }

  @Test
  void approximateRandomizationReproducesSacrebleu() {
    check(
        "paired-bs/paired-ar.json",
        SignificanceOptions.DEFAULTS.withTest(SignificanceTest.APPROXIMATE_RANDOMIZATION));
  }

  @Test
  void bootstrapScoresOfEveryResampleAreSacrebleus() {
    String[] rows = SacrebleuVectors.read(SacrebleuVectors.ROOT.resolve(
        "paired-bs/paired-bs.resample-scores.tsv")).split("\n");
    int[][] indices = new NumpyRandom(12345).choice(REFERENCE.size(), 1000);
    List<List<String>> systems = List.of(BASELINE, SYSTEMS.get(0), SYSTEMS.get(1));
    for (int m = 0; m < METRICS.size(); m++) {
      for (int s = 0; s < systems.size(); s++) {
        double[] scores = PairedTest.resample(METRICS.get(m),
            PairedTest.statistics(METRICS.get(m), systems.get(s), List.of(REFERENCE)), indices);
        for (int b = 0; b < 1000; b++) {
          double expected = Double.parseDouble(rows[b + 1].split("\t")[1 + 3 * m + s]);
          assertEquals(expected, scores[b], 1e-9, "metric " + m + " system " + s + " resample " + b);
        }
      }
    }
  }

  @Test
  void confidenceReproducesSacrebleusPrintedInterval() {
    JsonArray expected = JsonParser.parseString(SacrebleuVectors.read(
        SacrebleuVectors.ROOT.resolve("paired-bs/confidence.baseline.json"))).getAsJsonArray();
    for (int m = 0; m < METRICS.size(); m++) {
      SignificanceResult result =
          PairedTest.confidence(METRICS.get(m), BASELINE, List.of(REFERENCE), 1000, 12345);
      JsonObject row = expected.get(m).getAsJsonObject();
      assertEquals(row.get("confidence_mean").getAsString(),
          Formats.repr(Double.parseDouble(Formats.fixed(result.mean().getAsDouble(), 1))));
      assertEquals(row.get("confidence_var").getAsString(),
          Formats.repr(Double.parseDouble(
              Formats.fixed(result.confidenceInterval().getAsDouble(), 1))));
    }
  }

  @Test
  void mixedSystemIsNotSignificantAndClearlyWorseOneIsWithOtherSeeds() {
    for (SignificanceTest test : SignificanceTest.values()) {
      for (long seed : new long[] {1, 2, 3}) {
        SignificanceOptions options =
            SignificanceOptions.DEFAULTS.withTest(test).withSamples(500).withSeed(seed);
        List<SignificanceResult> results =
            PairedTest.compare(METRICS.get(0), BASELINE, SYSTEMS, List.of(REFERENCE), options);
        // system1 mixes the baseline's better and worse lines: a difference due to chance.
        assertTrue(results.get(1).pValue().getAsDouble() > 0.05, test + ": " + results.get(1));
        assertTrue(results.get(2).pValue().getAsDouble() < 0.05, test + ": " + results.get(2));
      }
    }
  }

  @Test
  void identicalSystemGetsTheSmallestPValueAsInSacrebleu() {
    // A zero difference is never exceeded: sacreBLEU (after multeval) does not attribute it to
    // chance, so p = 1 / (samples + 1).
    for (SignificanceTest test : SignificanceTest.values()) {
      SignificanceOptions options = SignificanceOptions.DEFAULTS.withTest(test).withSamples(200);
      List<SignificanceResult> results = PairedTest.compare(
          METRICS.get(0), BASELINE, List.of(BASELINE), List.of(REFERENCE), options);
      assertEquals(1.0 / 201, results.get(1).pValue().getAsDouble(), 1e-15);
    }
  }

  @Test
  void intervalShrinksWithMoreSegments() {
    Metric bleu = METRICS.get(0);
    double small = PairedTest.confidence(bleu, BASELINE.subList(0, 100),
        List.of(REFERENCE.subList(0, 100)), 1000, 1).confidenceInterval().getAsDouble();
    double large = PairedTest.confidence(bleu, BASELINE, List.of(REFERENCE), 1000, 1)
        .confidenceInterval().getAsDouble();
    assertTrue(large < small, "interval " + large + " on 1012 lines vs " + small + " on 100");
  }

  @Test
  void signatureNamesTheResampling() {
    assertEquals("nrefs:1|bs:1000|seed:12345|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0",
        METRICS.get(0).signature(1)
            .withResampling(SignificanceTest.PAIRED_BOOTSTRAP, 1000, 12345).format());
    assertEquals("#:1|ar:10000|rs:12345|c:lc|t:tercom|nr:no|pn:yes|as:no|v:2.6.0",
        METRICS.get(2).signature(1)
            .withResampling(SignificanceTest.APPROXIMATE_RANDOMIZATION, 10000, 12345)
            .formatShort());
  }

  private static void check(String file, SignificanceOptions options) {
    JsonArray expected =
        JsonParser.parseString(SacrebleuVectors.read(SacrebleuVectors.ROOT.resolve(file)))
            .getAsJsonArray();
    for (Metric metric : METRICS) {
      List<SignificanceResult> results =
          PairedTest.compare(metric, BASELINE, SYSTEMS, List.of(REFERENCE), options);
      for (int s = 0; s < results.size(); s++) {
        JsonObject row = expected.get(s).getAsJsonObject().getAsJsonObject(metric.name());
        SignificanceResult result = results.get(s);
        String where = file + " " + metric.name() + " system " + s;
        assertEquals(row.get("score").getAsDouble(), result.score(), 1e-9, where);
        assertOptional(row.get("p_value"), result.pValue(), where + " p");
        assertOptional(row.get("mean"), result.mean(), where + " mean");
        assertOptional(row.get("ci"), result.confidenceInterval(), where + " ci");
      }
    }
  }

  private static void assertOptional(
      JsonElement expected, java.util.OptionalDouble actual, String where) {
    if (expected.isJsonNull()) {
      assertTrue(actual.isEmpty(), where);
    } else {
      // Bit for bit: same resamples, same float32/float64 arithmetic, same summation order.
      assertEquals(expected.getAsDouble(), actual.getAsDouble(), 0.0, where);
    }
  }
}
