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
 * @param text the English of the best hypothesis, its numbers and made-up words repaired ({@link
 *     Tarjama.Builder#repairNumbers}, {@link Tarjama.Builder#repairWords})
 * @param score the best hypothesis's score (see {@link Alternative#score})
 * @param tokens tokens the model generated for the best hypothesis, end-of-sentence included; 0 for
 *     a piece that was copied, not translated ({@link Tarjama.Builder#copyNonArabic}), whose score
 *     is 0
 * @param cut whether the best hypothesis reached the output length limit ({@code max_length}) and
 *     may end mid-sentence; with {@link Tarjama.Builder#retranslateCut} on (the default) and the
 *     model's limit, only a piece too short to halve can be cut
 * @param alternatives the n-best list, best first; its first entry is the best hypothesis
 */
public record TranslatedPiece(
    int start,
    int end,
    String text,
    double score,
    int tokens,
    boolean cut,
    List<Alternative> alternatives) {
  public TranslatedPiece {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("start=" + start + ", end=" + end);
    }
    Objects.requireNonNull(text, "text");
    if (tokens < 0) {
      throw new IllegalArgumentException("tokens must be >= 0, got " + tokens);
    }
    alternatives = List.copyOf(alternatives);
  }
}
