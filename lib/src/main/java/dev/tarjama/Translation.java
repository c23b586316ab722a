package dev.tarjama;

import java.util.List;
import java.util.Objects;

/**
 * The translation of a text: its English and, per source sentence, the source span, the English and
 * the score. Immutable.
 *
 * @param source the input text, as given
 * @param text the English: sentences of a paragraph joined by a space, paragraphs separated by as
 *     many line breaks as separated them in the source
 * @param sentences per source sentence, in source order; empty for an empty or blank input
 */
public record Translation(String source, String text, List<SentenceTranslation> sentences) {
  public Translation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
  }
}
