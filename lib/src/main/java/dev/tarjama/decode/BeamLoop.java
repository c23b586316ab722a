package dev.tarjama.decode;

import dev.tarjama.model.DecoderState;
import dev.tarjama.model.Seq2SeqModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The step loop of beam search: Hugging Face {@code GenerationMixin._beam_search} with {@code
 * BeamSearchScorer.process} and {@code finalize} (utils.py and beam_search.py, v4.46.3).
 *
 * <p>Each step, per row: log-softmax of the logits, then the processors, then the beam score is
 * added (all in float32, as PyTorch); per source: the top {@code 2 * beamSize} candidates over all
 * its beams. Candidates are taken best first: an eos among the first {@code beamSize} finishes a
 * hypothesis, a later eos is skipped, any other token continues a beam until {@code beamSize} beams
 * are filled. A source whose {@link NBestList} is done leaves the batch (Hugging Face feeds it
 * padding instead, with the same result). At the maximum length the open beams of the sources still
 * running join their lists.
 *
 * <p>One instance per search; not thread-safe.
 */
final class BeamLoop {

  /** Hugging Face starts beams 1.. of each source at -1e9 so that step 1 expands beam 0 only. */
  private static final float UNUSED_BEAM_SCORE = -1e9f;

  private final SpecialIds ids;
  private final int vocabSize;
  private final int beamSize;
  private final int maxLength;
  private final DecodeOptions options;
  private final LogitsProcessorList processors;
  private final TopK topK;

  BeamLoop(SpecialIds ids, int vocabSize, DecodeOptions options) {
    this.ids = ids;
    this.vocabSize = vocabSize;
    this.beamSize = options.beamSize();
    this.maxLength = options.effectiveMaxLength();
    this.options = options;
    this.processors = LogitsProcessorList.create(options, ids, vocabSize);
    // One eos id: 2 * beamSize candidates always hold beamSize that continue.
    this.topK = new TopK(2 * beamSize);
  }

  /** Decodes every source; the result holds the n-best list of each source, best first. */
  List<List<Hypothesis>> run(Seq2SeqModel model, int[][] sources) {
    NBestList[] lists = new NBestList[sources.length];
    for (int s = 0; s < sources.length; s++) {
      lists[s] =
          new NBestList(beamSize, options.lengthPenalty(), options.earlyStopping(), maxLength);
    }
    try (DecoderState state = model.start(sources, beamSize)) {
      StepChecks.requireRows(state, sources.length * beamSize);
      new Run(state, lists).loop();
    }
    List<List<Hypothesis>> results = new ArrayList<>(sources.length);
    for (NBestList list : lists) {
      results.add(list.best(options.numHypotheses()));
    }
    return List.copyOf(results);
  }

  /** The state of one search: the running sources, their beams and the next step's beams. */
  private final class Run {
    private final DecoderState state;
    private final NBestList[] lists;
    private final RowHistory history;

    /** Source index of each running group of {@code beamSize} rows. */
    private final int[] groupSource;

    private float[] beamScores;
    private float[] nextScores;
    private int[] tokens;
    private int[] nextTokens;
    private final int[] origins;
    private int groups;

    Run(DecoderState state, NBestList[] lists) {
      this.state = state;
      this.lists = lists;
      int rows = lists.length * beamSize;
      this.history = new RowHistory(rows, maxLength, ids.decoderStartId());
      this.groupSource = new int[lists.length];
      Arrays.setAll(groupSource, i -> i);
      this.groups = lists.length;
      this.beamScores = new float[rows];
      for (int row = 0; row < rows; row++) {
        beamScores[row] = row % beamSize == 0 ? 0f : UNUSED_BEAM_SCORE;
      }
      this.nextScores = new float[rows];
      this.tokens = new int[rows];
      Arrays.fill(tokens, ids.decoderStartId());
      this.nextTokens = new int[rows];
      this.origins = new int[rows];
    }

    void loop() {
      while (true) {
        int rows = groups * beamSize;
        float[] scores = state.step(Arrays.copyOf(tokens, rows));
        StepChecks.requireLogits(scores, rows, vocabSize);
        for (int row = 0; row < rows; row++) {
          int offset = row * vocabSize;
          Scores.logSoftmax(scores, offset, vocabSize);
          processors.apply(history.row(row), history.length(), scores, offset);
        }
        int kept = 0;
        for (int group = 0; group < groups; group++) {
          if (selectBeams(scores, group, kept)) {
            groupSource[kept++] = groupSource[group];
          }
        }
        advance(kept);
        if (groups == 0) {
          return;
        }
        if (history.length() >= maxLength) {
          finishOpenBeams();
          return;
        }
        state.reorder(Arrays.copyOf(origins, groups * beamSize));
      }
    }

    /**
     * Takes the candidates of one group best first ({@code BeamSearchScorer.process}), writes its
     * next beams at group slot {@code slot} and returns whether the source keeps running.
     */
    private boolean selectBeams(float[] scores, int group, int slot) {
      topK.clear();
      for (int beam = 0; beam < beamSize; beam++) {
        int row = group * beamSize + beam;
        topK.offer(scores, row * vocabSize, vocabSize, beamScores[row], beam * vocabSize);
      }
      NBestList list = lists[groupSource[group]];
      int length = history.length();
      int filled = 0;
      for (int rank = 0; rank < topK.count() && filled < beamSize; rank++) {
        int row = group * beamSize + topK.index(rank) / vocabSize;
        int token = topK.index(rank) % vocabSize;
        if (token == ids.eosId()) {
          // An eos outside the top beamSize candidates would not have been kept as a beam.
          if (rank < beamSize) {
            list.add(topK.value(rank), length, history.generatedWithEos(row, ids.eosId()));
          }
          continue;
        }
        int next = slot * beamSize + filled++;
        nextScores[next] = topK.value(rank);
        nextTokens[next] = token;
        origins[next] = row;
      }
      if (filled < beamSize) {
        throw new IllegalStateException(
            "only " + filled + " non-eos candidates for " + beamSize + " beams");
      }
      return !list.isDone(topK.value(0), length);
    }

    /** Makes the selected beams of the running groups the current ones. */
    private void advance(int keptGroups) {
      groups = keptGroups;
      int rows = keptGroups * beamSize;
      history.reorder(origins, rows);
      float[] swapScores = beamScores;
      beamScores = nextScores;
      nextScores = swapScores;
      int[] swapTokens = tokens;
      tokens = nextTokens;
      nextTokens = swapTokens;
      history.append(tokens);
    }

    /** At the maximum length: {@code BeamSearchScorer.finalize} adds every open beam. */
    private void finishOpenBeams() {
      int generatedLength = history.length() - 1;
      for (int group = 0; group < groups; group++) {
        NBestList list = lists[groupSource[group]];
        for (int beam = 0; beam < beamSize; beam++) {
          int row = group * beamSize + beam;
          list.add(beamScores[row], generatedLength, history.generated(row));
        }
      }
    }
  }
}
