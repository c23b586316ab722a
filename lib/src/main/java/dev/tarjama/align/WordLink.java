package dev.tarjama.align;

/**
 * A link between a source word and a target word, by 0-based word position.
 *
 * <p>Links sort by source position, then target position, the order atools prints them in.
 *
 * @param sourceWord 0-based position of the source word
 * @param targetWord 0-based position of the target word
 */
public record WordLink(int sourceWord, int targetWord) implements Comparable<WordLink> {

  /** Rejects negative positions. */
  public WordLink {
    if (sourceWord < 0 || targetWord < 0) {
      throw new IllegalArgumentException(
          "word positions must be >= 0, got sourceWord="
              + sourceWord
              + ", targetWord="
              + targetWord);
    }
  }

  @Override
  public int compareTo(WordLink other) {
    int bySource = Integer.compare(sourceWord, other.sourceWord);
    return bySource != 0 ? bySource : Integer.compare(targetWord, other.targetWord);
  }

  /** The Pharaoh form {@code source-target}, e.g. {@code 0-2}. */
  @Override
  public String toString() {
    return sourceWord + "-" + targetWord;
  }
}
