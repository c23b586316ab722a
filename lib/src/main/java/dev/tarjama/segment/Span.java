package dev.tarjama.segment;

/**
 * A range of chars in a text: {@code start} inclusive, {@code end} exclusive, both counted in chars
 * of the original input string.
 *
 * @param start offset of the first char
 * @param end offset after the last char; {@code end >= start}
 */
public record Span(int start, int end) {

  /** Checks the offsets. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span offsets must satisfy 0 <= start <= end, got start=" + start + ", end=" + end);
    }
  }

  /** Number of chars covered. */
  public int length() {
    return end - start;
  }

  /**
   * The covered chars of {@code text}.
   *
   * @throws IndexOutOfBoundsException if the span does not fit in {@code text}
   */
  public String text(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
