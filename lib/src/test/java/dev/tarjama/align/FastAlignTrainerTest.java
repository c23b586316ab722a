package dev.tarjama.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the port against the real fast_align's outputs on the 10- and 1,000-line corpora. */
class FastAlignTrainerTest {

  private static final ConcurrentHashMap<String, FastAlignTraining> TRAINED =
      new ConcurrentHashMap<>();

  static Stream<Arguments> referenceRuns() {
    List<Arguments> runs = new ArrayList<>();
    for (String size : List.of("c10", "c1k")) {
      String corpus = size.equals("c10") ? "corpus-10.ar-en" : "corpus-1k.ar-en";
      runs.add(Arguments.of(size + ".forward", corpus, FastAlignOptions.DEFAULTS));
      runs.add(
          Arguments.of(size + ".reverse", corpus, FastAlignOptions.DEFAULTS.withReverse(true)));
      runs.add(
          Arguments.of(
              size + ".forward.d", corpus, FastAlignOptions.MODEL_1.withFavorDiagonal(true)));
      runs.add(Arguments.of(size + ".forward.m1", corpus, FastAlignOptions.MODEL_1));
    }
    return runs.stream();
  }

  static FastAlignTraining train(String run, String corpus, FastAlignOptions options) {
    return TRAINED.computeIfAbsent(
        run, key -> FastAlignTrainer.train(Fixtures.corpus(corpus), options));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceRuns")
  void alignmentsEqualReference(String run, String corpus, FastAlignOptions options) {
    List<String> expected = Fixtures.lines(run + ".align");
    List<String> actual = Fixtures.pharaoh(train(run, corpus, options).alignments());
    assertEquals(0, Fixtures.differingLines(expected, actual), run + ": lines differ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceRuns")
  void logEqualsReferenceAtPrintedPrecision(String run, String corpus, FastAlignOptions options) {
    assertEquals(
        Fixtures.modelLog(run + ".log"), Fixtures.modelLog(train(run, corpus, options)), run);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceRuns")
  void logLikelihoodsWithinOneThousandthOfReference(
      String run, String corpus, FastAlignOptions options) {
    List<Double> expected = new ArrayList<>();
    for (String line : Fixtures.lines(run + ".log")) {
      if (line.startsWith("  log_e likelihood: ")) {
        expected.add(Double.parseDouble(line.substring("  log_e likelihood: ".length())));
      }
    }
    List<IterationStats> iterations = train(run, corpus, options).iterations();
    assertEquals(expected.size(), iterations.size());
    for (int k = 0; k < expected.size(); k++) {
      double actual = iterations.get(k).logLikelihood();
      double relative = Math.abs(actual - expected.get(k)) / Math.abs(expected.get(k));
      assertTrue(relative <= 1e-3, run + " iteration " + (k + 1) + ": " + actual);
    }
  }

  @Test
  void pairsWithAnEmptySideAlignToNothingAndLeaveTrainingUnchanged() {
    List<SentencePair> corpus = new ArrayList<>(Fixtures.corpus("corpus-10.ar-en"));
    // Words of skipped pairs still get ids, as in fast_align; at the end they shift no other id.
    corpus.add(3, SentencePair.parse("|||"));
    corpus.add(0, SentencePair.parse(""));
    corpus.add(SentencePair.parse("only source |||"));
    corpus.add(SentencePair.parse("||| only target"));
    FastAlignTraining training = FastAlignTrainer.train(corpus, FastAlignOptions.DEFAULTS);

    List<String> expected = new ArrayList<>(Fixtures.lines("c10.forward.align"));
    expected.add(3, "");
    expected.add(0, "");
    expected.add("");
    expected.add("");
    assertEquals(expected, Fixtures.pharaoh(training.alignments()));
    assertEquals(Fixtures.modelLog("c10.forward.log"), Fixtures.modelLog(training));
  }

  @Test
  void corpusWithoutAUsablePairIsRejected() {
    List<SentencePair> corpus = List.of(SentencePair.parse("a b |||"), SentencePair.parse(""));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FastAlignTrainer.train(corpus, FastAlignOptions.DEFAULTS));
    assertTrue(e.getMessage().contains("2 pairs"), e.getMessage());
  }

  @Test
  void finalIterationCollectsNoCounts() {
    IterationStats last =
        train("c10.forward", "corpus-10.ar-en", FastAlignOptions.DEFAULTS).iterations().get(4);
    assertTrue(last.last());
    assertEquals(0.0, last.posteriorNullProbability());
    assertEquals(0.0, last.posteriorAlignmentFeature());
    assertTrue(last.tensionSteps().isEmpty());
  }
}
