package dev.tarjama;

/** Told how far a translation has got; called from the translating thread. */
@FunctionalInterface
public interface TranslationProgress {

  /** Reports nothing. */
  TranslationProgress NONE = (done, total) -> {};

  /**
   * Called after each batch.
   *
   * @param sentencesDone sentences (or clauses of split sentences) translated so far
   * @param sentencesTotal all of them; grows when a piece whose translation reached the length
   *     limit is halved and its halves translated again ({@link Tarjama.Builder#retranslateCut})
   */
  void update(int sentencesDone, int sentencesTotal);
}
