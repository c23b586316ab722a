package dev.tarjama.align;

import java.util.Objects;

/**
 * A word of an aligned text.
 *
 * <p>Offsets count chars of the original input string; {@code end} is exclusive.
 *
 * @param start first char of the word in the input
 * @param end one past the last char of the word in the input
 * @param text the word, {@code input.substring(start, end)}
 */
public record Word(int start, int end, String text) {
  public Word {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("start=" + start + ", end=" + end);
    }
    Objects.requireNonNull(text, "text");
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "text \"" + text + "\" has " + text.length() + " chars, span has " + (end - start));
    }
  }
}
