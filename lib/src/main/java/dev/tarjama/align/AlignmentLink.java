package dev.tarjama.align;

/**
 * A weighted link between a source word and a target word, by 0-based word position.
 *
 * @param sourceWord 0-based position of the source word
 * @param targetWord 0-based position of the target word
 * @param weight the aligner's confidence in [0, 1]: for attention, the share of the target word's
 *     attention that goes to the source word; 1 for links without a weight (fast_align)
 */
public record AlignmentLink(int sourceWord, int targetWord, float weight) {
  public AlignmentLink {
    if (sourceWord < 0 || targetWord < 0) {
      throw new IllegalArgumentException(
          "word positions must be >= 0, got sourceWord="
              + sourceWord
              + ", targetWord="
              + targetWord);
    }
    if (!(weight >= 0f && weight <= 1f)) {
      throw new IllegalArgumentException("weight must be in [0, 1], got " + weight);
    }
  }

  /** The unweighted link. */
  public WordLink word() {
    return new WordLink(sourceWord, targetWord);
  }
}
