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
   * @param sentencesTotal all of them
   */
  void update(int sentencesDone, int sentencesTotal);
}
