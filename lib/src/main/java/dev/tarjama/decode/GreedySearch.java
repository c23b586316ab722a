package dev.tarjama.decode;

import dev.tarjama.model.DecoderState;
import dev.tarjama.model.Seq2SeqModel;
import java.util.Arrays;
import java.util.List;

/**
 * The step loop of greedy search: Hugging Face {@code GenerationMixin._sample} with {@code
 * do_sample=False} (utils.py, v4.46.3). Each step applies the processors to the raw logits and
 * takes the argmax; a row stops at eos or at the maximum length. Hugging Face keeps finished rows
 * and feeds them padding; here they leave the batch, which gives the same tokens because every
 * processor works row by row.
 *
 * <p>The score is the sum of {@code log_softmax(processed logits)[token]} over the generated
 * tokens. One instance per search; not thread-safe.
 */
final class GreedySearch {

  private final SpecialIds ids;
  private final int vocabSize;
  private final int maxLength;
  private final LogitsProcessorList processors;

  GreedySearch(SpecialIds ids, int vocabSize, DecodeOptions options) {
    this.ids = ids;
    this.vocabSize = vocabSize;
    this.maxLength = options.effectiveMaxLength();
    this.processors = LogitsProcessorList.create(options, ids, vocabSize);
  }

  /** Decodes every source; the result holds one hypothesis per source. */
  List<List<Hypothesis>> run(Seq2SeqModel model, int[][] sources) {
    int count = sources.length;
    Hypothesis[] results = new Hypothesis[count];
    try (DecoderState state = model.start(sources, 1)) {
      StepChecks.requireRows(state, count);
      RowHistory history = new RowHistory(count, maxLength, ids.decoderStartId());
      int[] rowSource = new int[count];
      Arrays.setAll(rowSource, i -> i);
      double[] rowScore = new double[count];
      int[] tokens = new int[count];
      Arrays.fill(tokens, ids.decoderStartId());
      int[] origins = new int[count];
      int rows = count;
      while (rows > 0) {
        float[] logits = state.step(Arrays.copyOf(tokens, rows));
        StepChecks.requireLogits(logits, rows, vocabSize);
        for (int r = 0; r < rows; r++) {
          int offset = r * vocabSize;
          processors.apply(history.row(r), history.length(), logits, offset);
          tokens[r] = Scores.argmax(logits, offset, vocabSize);
          rowScore[r] += Scores.logSoftmaxAt(logits, offset, vocabSize, tokens[r]);
        }
        history.append(tokens);
        boolean atMaxLength = history.length() >= maxLength;
        int kept = 0;
        for (int r = 0; r < rows; r++) {
          if (atMaxLength || tokens[r] == ids.eosId()) {
            results[rowSource[r]] = new Hypothesis(toList(history.generated(r)), rowScore[r]);
          } else {
            origins[kept] = r;
            rowSource[kept] = rowSource[r];
            rowScore[kept] = rowScore[r];
            tokens[kept] = tokens[r];
            kept++;
          }
        }
        if (kept > 0 && kept < rows) {
          state.reorder(Arrays.copyOf(origins, kept));
          history.reorder(origins, kept);
        }
        rows = kept;
      }
    }
    return Arrays.stream(results).map(List::of).toList();
  }

  private static List<Integer> toList(int[] tokens) {
    return Arrays.stream(tokens).boxed().toList();
  }
}
