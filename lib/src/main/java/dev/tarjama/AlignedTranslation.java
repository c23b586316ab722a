package dev.tarjama;

import dev.tarjama.align.Alignment;
import java.util.List;
import java.util.Objects;

/**
 * A translation with the word alignment of each translated piece.
 *
 * @param translation the translation, as {@link Tarjama#translate(String)} returns it
 * @param alignments one per {@link TranslatedPiece}, in the order of {@code
 *     translation.sentences()} and their pieces; each aligns the piece's source text (the input's
 *     chars {@code piece.start()} to {@code piece.end()}, so add {@code piece.start()} to a source
 *     word's offsets for offsets into the input) with the piece's English
 */
public record AlignedTranslation(Translation translation, List<Alignment> alignments) {
  public AlignedTranslation {
    Objects.requireNonNull(translation, "translation");
    alignments = List.copyOf(alignments);
  }
}
