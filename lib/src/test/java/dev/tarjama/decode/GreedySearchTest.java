package dev.tarjama.decode;

import static dev.tarjama.decode.Tables.A;
import static dev.tarjama.decode.Tables.B;
import static dev.tarjama.decode.Tables.C;
import static dev.tarjama.decode.Tables.EOS;
import static dev.tarjama.decode.Tables.IDS;
import static dev.tarjama.decode.Tables.PAD;
import static dev.tarjama.decode.Tables.ln;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Greedy search semantics (beam size 1): processors on the raw logits, argmax, and a score that
 * sums {@code log_softmax(processed logits)[token]}.
 */
class GreedySearchTest {

  private static final double TOLERANCE = 1e-5;

  private static final DecodeOptions GREEDY =
      DecodeOptions.DEFAULTS.withBeamSize(1).withMaxLength(10).withForceEosAtMaxLength(false);

  /** Every prefix: A .6, B .2, eos .1, C .05, D .04, pad .01. */
  private static final Map<String, double[]> LOOP =
      Map.of("*:", Tables.p(.1, .6, .2, .05, .04, .01));

  private static Hypothesis searchOne(ScriptedModel model, DecodeOptions options) {
    List<List<Hypothesis>> result =
        new BeamSearch(model, IDS).search(new int[][] {{A, EOS}}, options);
    assertEquals(1, result.size());
    assertEquals(1, result.get(0).size());
    return result.get(0).get(0);
  }

  private static ScriptedModel loopModel() {
    return new ScriptedModel(Tables.VOCAB, ScriptedModel.table(Map.of(), LOOP.get("*:")));
  }

  private static void assertHypothesis(Hypothesis actual, double score, Integer... tokens) {
    assertEquals(List.of(tokens), actual.tokenIds());
    assertEquals(score, actual.score(), TOLERANCE, () -> "score of " + actual.tokenIds());
  }

  @Test
  void argmaxUntilEosAndScoreSumsLogProbabilities() {
    Hypothesis best = searchOne(Tables.model(Tables.forAll(Tables.scenarioA())), GREEDY);
    assertHypothesis(best, ln(.5) + ln(.6), A, EOS);
  }

  @Test
  void maxLengthCutsWithoutEos() {
    Hypothesis best = searchOne(loopModel(), GREEDY.withMaxLength(4));
    assertHypothesis(best, 3 * ln(.6), A, A, A);
  }

  @Test
  void forcedEosIsTheLastTokenAtMaxLength() {
    Hypothesis best = searchOne(loopModel(), GREEDY.withMaxLength(4).withForceEosAtMaxLength(true));
    // log_softmax of [-inf, ..., 0 at eos, ..., -inf] is 0 at eos.
    assertHypothesis(best, 2 * ln(.6), A, A, EOS);
  }

  @Test
  void maxNewTokensCountsGeneratedTokens() {
    Hypothesis best = searchOne(loopModel(), GREEDY.withMaxLength(100).withMaxNewTokens(2));
    assertHypothesis(best, 2 * ln(.6), A, A);
  }

  @Test
  void badWordsAreBannedBeforeLogSoftmaxSoScoresAreRenormalised() {
    Map<String, double[]> table = new HashMap<>();
    table.put("*:", Tables.p(.05, .3, .1, .04, .01, .5));
    table.put("*:1", Tables.p(.9, .02, .02, .02, .02, .02));
    Hypothesis best = searchOne(Tables.model(table), GREEDY.withBadWordsIds(List.of(List.of(PAD))));
    assertHypothesis(best, ln(.3 / .5) + ln(.9 / .98), A, EOS);
  }

  @Test
  void minLengthBansEosAndRenormalises() {
    Map<String, double[]> table = new HashMap<>();
    table.put("*:", Tables.p(.6, .3, .04, .03, .02, .01));
    table.put("*:1", Tables.p(.7, .1, .1, .05, .04, .01));
    Hypothesis best = searchOne(Tables.model(table), GREEDY.withMinLength(2));
    assertHypothesis(best, ln(.3 / .4) + ln(.7), A, EOS);
    Hypothesis unconstrained = searchOne(Tables.model(table), GREEDY);
    assertHypothesis(unconstrained, ln(.6), EOS);
  }

  @Test
  void noRepeatNgramBansTokensThatRepeatABigram() {
    Hypothesis best = searchOne(loopModel(), GREEDY.withNoRepeatNgramSize(2).withMaxLength(6));
    // [pad A] A → bigram (A A) seen → B; then (A B) seen too after A → eos.
    assertHypothesis(best, ln(.6) + ln(.6) + ln(.2 / .4) + ln(.6) + ln(.1 / .2), A, A, B, A, EOS);
  }

  @Test
  void repetitionPenaltyDividesPositiveAndMultipliesNegativeLogitsOfSeenTokens() {
    ScriptedModel.Script script =
        (source, fed) -> {
          if (fed.isEmpty()) {
            return new float[] {0f, 2f, 1.5f, -1f, -1f, -1f};
          }
          if (fed.size() == 1) {
            return new float[] {1f, 2f, 1.5f, -1f, -1f, -1f};
          }
          return new float[] {5f, 0f, 0f, 0f, 0f, -1f};
        };
    ScriptedModel model = new ScriptedModel(Tables.VOCAB, script);
    Hypothesis best = searchOne(model, GREEDY.withRepetitionPenalty(2.0));
    // The start token (pad) counts as seen: its -1 becomes -2. At step 2, A's 2 becomes 1 < B's
    // 1.5.
    double expected =
        logSoftmax(new double[] {0, 2, 1.5, -1, -1, -2}, A)
            + logSoftmax(new double[] {1, 1, 1.5, -1, -1, -2}, B)
            + logSoftmax(new double[] {5, 0, 0, 0, 0, -2}, EOS);
    assertHypothesis(best, expected, A, B, EOS);
    Hypothesis unpenalised = searchOne(new ScriptedModel(Tables.VOCAB, script), GREEDY);
    assertEquals(List.of(A, A, EOS), unpenalised.tokenIds());
  }

  @Test
  void finishedSourcesLeaveTheBatch() {
    Map<String, double[]> table = new HashMap<>();
    table.put("0:", Tables.p(.1, .8, .05, .03, .01, .01));
    table.put("0:1", Tables.p(.9, .05, .02, .01, .01, .01));
    table.put("1:", Tables.p(.1, .05, .8, .03, .01, .01));
    table.put("1:2", Tables.p(.1, .05, .02, .8, .02, .01));
    table.put("1:2 3", Tables.p(.9, .05, .02, .01, .01, .01));
    table.put("2:", Tables.p(.9, .05, .02, .01, .01, .01));
    ScriptedModel model = Tables.model(table);
    List<List<Hypothesis>> result =
        new BeamSearch(model, IDS).search(new int[][] {{A, EOS}, {B, EOS}, {C, EOS}}, GREEDY);
    assertHypothesis(result.get(0).get(0), ln(.8) + ln(.9), A, EOS);
    assertHypothesis(result.get(1).get(0), ln(.8) + ln(.8) + ln(.9), B, C, EOS);
    assertHypothesis(result.get(2).get(0), ln(.9), EOS);
    assertEquals(List.of("start sources=3 perSource=1", "close"), model.calls());
    assertEquals("[0, 1],[1]", ScriptedModel.describe(model.reorders()));
    assertEquals("[5, 5, 5],[1, 2],[3]", ScriptedModel.describe(model.stepTokens()));
  }

  /** log_softmax(x)[index], computed directly from its definition. */
  private static double logSoftmax(double[] x, int index) {
    double sum = 0;
    for (double value : x) {
      sum += Math.exp(value);
    }
    return x[index] - Math.log(sum);
  }
}
