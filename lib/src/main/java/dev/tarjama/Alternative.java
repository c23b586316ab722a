package dev.tarjama;

import java.util.Objects;

/**
 * One hypothesis of an n-best list.
 *
 * @param text the English text
 * @param score the search score: for beam search the sum of token log-probabilities divided by
 *     {@code length^lengthPenalty}; for greedy search the plain sum
 */
public record Alternative(String text, double score) {
  public Alternative {
    Objects.requireNonNull(text, "text");
  }
}
