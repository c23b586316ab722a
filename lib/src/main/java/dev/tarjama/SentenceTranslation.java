package dev.tarjama;

import java.util.List;
import java.util.Objects;

/**
 * The translation of one source sentence.
 *
 * <p>Offsets count chars of the original input string; {@code end} is exclusive. A sentence longer
 * than the model accepts is split at clause boundaries and each clause translated on its own:
 * {@link #pieces} then holds more than one piece, and says where it was split.
 *
 * @param start first char of the sentence in the input
 * @param end one past the last char of the sentence in the input
 * @param text the English, the pieces' texts joined by spaces
 * @param score the mean of the pieces' scores
 * @param pieces what was translated, in source order; one piece when the sentence was not split
 */
public record SentenceTranslation(
    int start, int end, String text, double score, List<TranslatedPiece> pieces) {
  public SentenceTranslation {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("start=" + start + ", end=" + end);
    }
    Objects.requireNonNull(text, "text");
    pieces = List.copyOf(pieces);
    if (pieces.isEmpty()) {
      throw new IllegalArgumentException("a sentence translation needs at least one piece");
    }
  }

  /**
   * Whether the sentence was split: it was longer than the model accepts, or a translation of it
   * reached the length limit and was halved ({@link Tarjama.Builder#retranslateCut}).
   */
  public boolean wasSplit() {
    return pieces.size() > 1;
  }
}
