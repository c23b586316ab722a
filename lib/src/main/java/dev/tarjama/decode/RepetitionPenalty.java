package dev.tarjama.decode;

/**
 * Penalises every token already in the row, start token included, once however often it occurs: a
 * negative score is multiplied by the penalty, any other divided by it. Hugging Face {@code
 * RepetitionPenaltyLogitsProcessor} (after Keskar et al. 2019, CTRL).
 */
final class RepetitionPenalty implements LogitsProcessor {

  /** PyTorch multiplies a float32 tensor by the Python float in float32. */
  private final float penalty;

  /** {@code seen[token] == stamp} marks a token already penalised in the current row. */
  private final int[] seen;

  private int stamp;

  RepetitionPenalty(double penalty, int vocabSize) {
    this.penalty = (float) penalty;
    this.seen = new int[vocabSize];
  }

  @Override
  public void process(int[] history, int length, float[] scores, int offset) {
    stamp++;
    for (int i = 0; i < length; i++) {
      int token = history[i];
      if (seen[token] == stamp) {
        continue;
      }
      seen[token] = stamp;
      float score = scores[offset + token];
      scores[offset + token] = score < 0 ? score * penalty : score / penalty;
    }
  }
}
