package dev.tarjama.decode;

import static dev.tarjama.decode.Tables.A;
import static dev.tarjama.decode.Tables.B;
import static dev.tarjama.decode.Tables.C;
import static dev.tarjama.decode.Tables.D;
import static dev.tarjama.decode.Tables.EOS;
import static dev.tarjama.decode.Tables.IDS;
import static dev.tarjama.decode.Tables.PAD;
import static dev.tarjama.decode.Tables.ln;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Beam search semantics against the hand-worked scenarios of {@link Tables}. Scores accumulate in
 * float32, as in PyTorch, so they are compared within 1e-5.
 */
class BeamLoopTest {

  private static final double TOLERANCE = 1e-5;

  private static final DecodeOptions TWO_BEAMS =
      DecodeOptions.DEFAULTS
          .withBeamSize(2)
          .withNumHypotheses(2)
          .withMaxLength(10)
          .withForceEosAtMaxLength(false)
          .withEarlyStopping(EarlyStopping.TRUE);

  private static final int[][] ONE_SOURCE = {{A, EOS}};

  private static List<Hypothesis> searchOne(ScriptedModel model, DecodeOptions options) {
    List<List<Hypothesis>> result = new BeamSearch(model, IDS).search(ONE_SOURCE, options);
    assertEquals(1, result.size());
    return result.get(0);
  }

  private static void assertHypothesis(Hypothesis actual, double score, Integer... tokens) {
    assertEquals(List.of(tokens), actual.tokenIds());
    assertEquals(score, actual.score(), TOLERANCE, () -> "score of " + actual.tokenIds());
  }

  @Test
  void lengthPenaltyOneDividesBySequenceLengthIncludingEos() {
    List<Hypothesis> nBest = searchOne(Tables.model(Tables.forAll(Tables.scenarioA())), TWO_BEAMS);
    assertEquals(2, nBest.size());
    assertHypothesis(nBest.get(0), (ln(.3) + ln(.7) + ln(.9)) / 3, B, C, EOS);
    assertHypothesis(nBest.get(1), (ln(.5) + ln(.6)) / 2, A, EOS);
  }

  @Test
  void lengthPenaltyZeroRanksByPlainSum() {
    List<Hypothesis> nBest =
        searchOne(
            Tables.model(Tables.forAll(Tables.scenarioA())), TWO_BEAMS.withLengthPenalty(0.0));
    assertHypothesis(nBest.get(0), ln(.5) + ln(.6), A, EOS);
    assertHypothesis(nBest.get(1), ln(.3) + ln(.7) + ln(.9), B, C, EOS);
  }

  @Test
  void logitsAreLogSoftmaxedSoARowShiftChangesNothing() {
    ScriptedModel.Script table =
        ScriptedModel.table(Tables.forAll(Tables.scenarioA()), Tables.FALLBACK);
    ScriptedModel.Script shifted =
        (source, fed) -> {
          float[] logits = table.logits(source, fed);
          for (int i = 0; i < logits.length; i++) {
            logits[i] += 3f + 2f * fed.size() + (fed.isEmpty() ? 0 : fed.get(0));
          }
          return logits;
        };
    List<Hypothesis> nBest = searchOne(new ScriptedModel(Tables.VOCAB, shifted), TWO_BEAMS);
    assertHypothesis(nBest.get(0), (ln(.3) + ln(.7) + ln(.9)) / 3, B, C, EOS);
    assertHypothesis(nBest.get(1), (ln(.5) + ln(.6)) / 2, A, EOS);
  }

  @Test
  void oneHypothesisIsTheBestOfTheNBest() {
    List<Hypothesis> nBest =
        searchOne(Tables.model(Tables.forAll(Tables.scenarioA())), TWO_BEAMS.withNumHypotheses(1));
    assertEquals(1, nBest.size());
    assertHypothesis(nBest.get(0), (ln(.3) + ln(.7) + ln(.9)) / 3, B, C, EOS);
  }

  @Test
  void reorderFollowsTheChosenBeamsAndStepsFeedTheirLastTokens() {
    ScriptedModel model = Tables.model(Tables.forAll(Tables.scenarioA()));
    searchOne(model, TWO_BEAMS);
    assertEquals(List.of("start sources=1 perSource=2", "close"), model.calls());
    // Step 1 expands beam 0 only (the others start at -1e9); step 2 keeps B·C (row 1), A·A (row 0).
    assertEquals("[0, 0],[1, 0]", ScriptedModel.describe(model.reorders()));
    assertEquals("[5, 5],[1, 2],[3, 1]", ScriptedModel.describe(model.stepTokens()));
  }

  @Test
  void earlyStoppingTrueStopsWithBeamSizeFinishedHypotheses() {
    ScriptedModel model = Tables.model(Tables.forAll(Tables.scenarioB()));
    List<Hypothesis> nBest = searchOne(model, TWO_BEAMS.withMaxLength(6));
    assertHypothesis(nBest.get(0), (ln(.5) + ln(.6)) / 2, A, EOS);
    assertHypothesis(nBest.get(1), (ln(.4) + ln(.5)) / 2, B, EOS);
    assertEquals(2, model.stepTokens().size());
  }

  @Test
  void earlyStoppingFalseStopsWhenTheBestCandidateAtCurrentLengthCannotWin() {
    ScriptedModel model = Tables.model(Tables.forAll(Tables.scenarioB()));
    List<Hypothesis> nBest =
        searchOne(model, TWO_BEAMS.withMaxLength(6).withEarlyStopping(EarlyStopping.FALSE));
    // Step 3 finds B·D·eos; at step 4 the best candidate A·C·A·D scores ln(.065475)/4 < ln(.3)/2.
    assertHypothesis(nBest.get(0), (ln(.4) + ln(.45) + ln(.95)) / 3, B, D, EOS);
    assertHypothesis(nBest.get(1), (ln(.5) + ln(.6)) / 2, A, EOS);
    assertEquals(4, model.stepTokens().size());
  }

  @Test
  void earlyStoppingNeverBoundsPositivePenaltyByMaxLength() {
    ScriptedModel model = Tables.model(Tables.forAll(Tables.scenarioB()));
    List<Hypothesis> nBest =
        searchOne(model, TWO_BEAMS.withMaxLength(6).withEarlyStopping(EarlyStopping.NEVER));
    // ln(.065475)/5 > ln(.3)/2 at step 4, so the search goes on and finds A·C·A·D·eos.
    assertHypothesis(
        nBest.get(0), (ln(.5) + ln(.3) + ln(.45) + ln(.97) + ln(.95)) / 5, A, C, A, D, EOS);
    assertHypothesis(nBest.get(1), (ln(.4) + ln(.45) + ln(.95)) / 3, B, D, EOS);
    assertEquals(5, model.stepTokens().size());
  }

  @Test
  void earlyStoppingNeverWithPenaltyZeroStopsLikeFalse() {
    for (EarlyStopping rule : List.of(EarlyStopping.FALSE, EarlyStopping.NEVER)) {
      ScriptedModel model = Tables.model(Tables.forAll(Tables.scenarioB()));
      List<Hypothesis> nBest =
          searchOne(model, TWO_BEAMS.withMaxLength(6).withLengthPenalty(0).withEarlyStopping(rule));
      // At step 3 the best candidate, B·D·eos = ln(.171), is below the worst kept ln(.2).
      assertHypothesis(nBest.get(0), ln(.5) + ln(.6), A, EOS);
      assertHypothesis(nBest.get(1), ln(.4) + ln(.5), B, EOS);
      assertEquals(3, model.stepTokens().size(), rule.name());
    }
  }

  @Test
  void eosRankedBelowTheTopBeamSizeCandidatesIsSkipped() {
    Map<String, double[]> table = new HashMap<>();
    table.put("", Tables.p(.05, .5, .4, .03, .01, .01));
    table.put("1", Tables.p(.5, .04, .03, .4, .02, .01));
    table.put("2", Tables.p(.45, .1, .1, .02, .3, .03));
    table.put("1 3", Tables.p(.9, .04, .03, .01, .01, .01));
    table.put("2 4", Tables.p(.9, .04, .03, .01, .01, .01));
    ScriptedModel model = Tables.model(Tables.forAll(table));
    List<Hypothesis> nBest = searchOne(model, TWO_BEAMS);
    // Step 2 ranks A·eos .25, A·C .20, B·eos .18, B·D .12: B·eos is rank 2 of 2 beams, so it is
    // neither finished nor continued, and the list is not yet full.
    assertHypothesis(nBest.get(0), (ln(.5) + ln(.4) + ln(.9)) / 3, A, C, EOS);
    assertHypothesis(nBest.get(1), (ln(.5) + ln(.5)) / 2, A, EOS);
    assertEquals(3, model.stepTokens().size());
  }

  @Test
  void minLengthBansEosWhileDecoderLengthIsBelowIt() {
    List<Hypothesis> nBest =
        searchOne(Tables.model(Tables.forAll(Tables.scenarioA())), TWO_BEAMS.withMinLength(3));
    // Decoder lengths 1 and 2 (start token included) may not end; A·eos at step 2 is banned.
    assertHypothesis(nBest.get(0), (ln(.3) + ln(.7) + ln(.9)) / 3, B, C, EOS);
    assertHypothesis(nBest.get(1), (ln(.5) + ln(.2) + ln(.5)) / 3, A, A, EOS);
  }

  @Test
  void openBeamsAtMaxLengthJoinTheListWithoutEos() {
    List<Hypothesis> nBest =
        searchOne(
            Tables.model(Tables.forAll(Tables.scenarioA())),
            TWO_BEAMS.withMaxLength(3).withEarlyStopping(EarlyStopping.FALSE));
    assertHypothesis(nBest.get(0), (ln(.5) + ln(.6)) / 2, A, EOS);
    assertHypothesis(nBest.get(1), (ln(.3) + ln(.7)) / 2, B, C);
  }

  @Test
  void forcedEosEndsEveryBeamAtMaxLength() {
    List<Hypothesis> nBest =
        searchOne(
            Tables.model(Tables.forAll(Tables.scenarioA())),
            TWO_BEAMS
                .withMaxLength(3)
                .withEarlyStopping(EarlyStopping.FALSE)
                .withForceEosAtMaxLength(true));
    // At decoder length 2 every score but eos is -inf and eos is 0, so the beams end as they are.
    assertHypothesis(nBest.get(0), ln(.5) / 2, A, EOS);
    assertHypothesis(nBest.get(1), ln(.3) / 2, B, EOS);
  }

  @Test
  void maxNewTokensOverridesMaxLength() {
    List<Hypothesis> nBest =
        searchOne(
            Tables.model(Tables.forAll(Tables.scenarioA())),
            TWO_BEAMS
                .withMaxLength(50)
                .withMaxNewTokens(2)
                .withEarlyStopping(EarlyStopping.FALSE)
                .withForceEosAtMaxLength(true));
    assertHypothesis(nBest.get(0), ln(.5) / 2, A, EOS);
    assertHypothesis(nBest.get(1), ln(.3) / 2, B, EOS);
  }

  @Test
  void badWordsAreBannedAfterLogSoftmaxSoScoresAreNotRenormalised() {
    Map<String, double[]> table = new HashMap<>();
    table.put("", Tables.p(.05, .3, .1, .04, .01, .5));
    table.put("1", Tables.p(.9, .02, .02, .02, .02, .02));
    table.put("2", Tables.p(.8, .05, .05, .04, .04, .02));
    List<Hypothesis> nBest =
        searchOne(
            Tables.model(Tables.forAll(table)), TWO_BEAMS.withBadWordsIds(List.of(List.of(PAD))));
    assertHypothesis(nBest.get(0), (ln(.3) + ln(.9)) / 2, A, EOS);
    assertHypothesis(nBest.get(1), (ln(.1) + ln(.8)) / 2, B, EOS);
  }

  @Test
  void sourcesLeaveTheBatchWhenTheirListIsDone() {
    Map<String, double[]> table = new HashMap<>(Tables.forSource(0, Tables.scenarioA()));
    table.putAll(Tables.forSource(1, Tables.scenarioB()));
    ScriptedModel model = Tables.model(table);
    List<List<Hypothesis>> result =
        new BeamSearch(model, IDS).search(new int[][] {{1, EOS}, {2, 3, EOS}}, TWO_BEAMS);

    assertHypothesis(result.get(0).get(0), (ln(.3) + ln(.7) + ln(.9)) / 3, B, C, EOS);
    assertHypothesis(result.get(0).get(1), (ln(.5) + ln(.6)) / 2, A, EOS);
    assertHypothesis(result.get(1).get(0), (ln(.5) + ln(.6)) / 2, A, EOS);
    assertHypothesis(result.get(1).get(1), (ln(.4) + ln(.5)) / 2, B, EOS);
    // Source 1 is done after step 2 and its two rows leave; source 0 keeps rows 1 and 0.
    assertEquals("[0, 0, 2, 2],[1, 0]", ScriptedModel.describe(model.reorders()));
    assertEquals("[5, 5, 5, 5],[1, 2, 1, 2],[3, 1]", ScriptedModel.describe(model.stepTokens()));
    assertEquals(List.of("start sources=2 perSource=2", "close"), model.calls());
  }

  @Test
  void firstStepFeedsTheDecoderStartToken() {
    ScriptedModel model = Tables.model(Tables.forAll(Tables.scenarioA()));
    searchOne(model, TWO_BEAMS);
    assertArrayEquals(new int[] {PAD, PAD}, model.stepTokens().get(0));
  }
}
