package dev.tarjama.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of a parallel corpus: source words and target words, already tokenized.
 *
 * <p>Either side may be empty; such a pair takes no part in training and aligns to an empty
 * alignment.
 *
 * @param sourceWords the source sentence's words, in order
 * @param targetWords the target sentence's words, in order
 */
public record SentencePair(List<String> sourceWords, List<String> targetWords) {

  /** Copies both lists; rejects null lists and null or empty words. */
  public SentencePair {
    sourceWords = List.copyOf(Objects.requireNonNull(sourceWords, "sourceWords"));
    targetWords = List.copyOf(Objects.requireNonNull(targetWords, "targetWords"));
    checkWords(sourceWords, "sourceWords");
    checkWords(targetWords, "targetWords");
  }

  /**
   * Parses a line in fast_align's input format, {@code source words ||| target words}, exactly as
   * fast_align does: words are separated by ASCII spaces and tabs only; a {@code |||} word or a
   * tab ends the source side; any later {@code |||} or tab is a target word {@code |||}. A line
   * without a separator has an empty target side.
   *
   * @param line one corpus line without its line terminator
   * @return the pair
   */
  public static SentencePair parse(String line) {
    Objects.requireNonNull(line, "line");
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c == ' ' || c == '\t') {
        if (start >= 0) {
          tokens.add(line.substring(start, k));
          start = -1;
        }
        if (c == '\t') {
          tokens.add(Vocabulary.SEPARATOR);
        }
      } else if (start < 0) {
        start = k;
      }
    }
    if (start >= 0) {
      tokens.add(line.substring(start));
    }
    int separator = tokens.indexOf(Vocabulary.SEPARATOR);
    if (separator < 0) {
      return new SentencePair(tokens, List.of());
    }
    return new SentencePair(
        tokens.subList(0, separator), tokens.subList(separator + 1, tokens.size()));
  }

  /** True when either side has no words. */
  public boolean hasEmptySide() {
    return sourceWords.isEmpty() || targetWords.isEmpty();
  }

  private static void checkWords(List<String> words, String name) {
    for (int k = 0; k < words.size(); k++) {
      if (words.get(k).isEmpty()) {
        throw new IllegalArgumentException(name + " has an empty word at index " + k);
      }
    }
  }
}
