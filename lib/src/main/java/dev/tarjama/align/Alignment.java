package dev.tarjama.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A word alignment of a sentence pair: the words of both sides, with char offsets into the texts,
 * and the links between them. Immutable.
 *
 * @param source the source (Arabic) text, as given
 * @param target the target (English) text, as given
 * @param sourceWords the source words ({@link WordTokenizer}); offsets into {@code source}
 * @param targetWords the target words; offsets into {@code target}
 * @param links the links, sorted by source then target word; a word may have none or several
 */
public record Alignment(
    String source,
    String target,
    List<Word> sourceWords,
    List<Word> targetWords,
    List<AlignmentLink> links) {
  public Alignment {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    sourceWords = List.copyOf(sourceWords);
    targetWords = List.copyOf(targetWords);
    List<AlignmentLink> sorted = new ArrayList<>(links);
    sorted.sort(
        Comparator.comparingInt(AlignmentLink::sourceWord)
            .thenComparingInt(AlignmentLink::targetWord));
    for (AlignmentLink link : sorted) {
      if (link.sourceWord() >= sourceWords.size() || link.targetWord() >= targetWords.size()) {
        throw new IllegalArgumentException(
            "link "
                + link.sourceWord()
                + "-"
                + link.targetWord()
                + " is outside "
                + sourceWords.size()
                + " source and "
                + targetWords.size()
                + " target words");
      }
    }
    links = List.copyOf(sorted);
  }

  /** The alignment without links of a pair, words tokenised; used for empty sides. */
  public static Alignment unaligned(String source, String target) {
    return new Alignment(
        source,
        target,
        WordTokenizer.tokenize(source),
        WordTokenizer.tokenize(target),
        List.of());
  }

  /**
   * An alignment of unweighted links (e.g. fast_align's, whose word positions come from {@link
   * WordTokenizer} words): each link gets weight 1.
   */
  public static Alignment of(String source, String target, WordAlignment links) {
    List<AlignmentLink> weighted = new ArrayList<>();
    for (WordLink link : links.links()) {
      weighted.add(new AlignmentLink(link.sourceWord(), link.targetWord(), 1f));
    }
    return new Alignment(
        source, target, WordTokenizer.tokenize(source), WordTokenizer.tokenize(target), weighted);
  }

  /** The links without weights, as {@link WordAlignment}. */
  public WordAlignment wordAlignment() {
    return new WordAlignment(links.stream().map(AlignmentLink::word).toList());
  }

  /** The Pharaoh line: {@code source-target} pairs separated by spaces, e.g. {@code 0-0 1-2}. */
  public String pharaoh() {
    return wordAlignment().toPharaoh();
  }
}
