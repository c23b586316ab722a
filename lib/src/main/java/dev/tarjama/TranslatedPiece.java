package dev.tarjama;

import java.util.List;
import java.util.Objects;

/**
 * A stretch of the source translated in one search: a whole sentence, or one clause of a sentence
 * too long for the model.
 *
 * <p>Offsets count chars of the original input string; {@code end} is exclusive.
 *
 * @param start first char of the piece in the input
 * @param end one past the last char of the piece in the input
 * @param text the English of the best hypothesis
 * @param score the best hypothesis's score (see {@link Alternative#score})
 * @param alternatives the n-best list, best first; its first entry is the best hypothesis
 */
public record TranslatedPiece(
    int start, int end, String text, double score, List<Alternative> alternatives) {
  public TranslatedPiece {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("start=" + start + ", end=" + end);
    }
    Objects.requireNonNull(text, "text");
    alternatives = List.copyOf(alternatives);
  }
}
