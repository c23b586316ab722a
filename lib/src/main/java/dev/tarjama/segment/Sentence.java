package dev.tarjama.segment;

import java.util.Objects;
import java.util.Optional;

/**
 * One sentence found by {@link ArabicSegmenter}: a span of the original text, end exclusive, with
 * the news dateline it opens with, if any.
 *
 * <p>Offsets count chars of the input string given to {@link ArabicSegmenter#segment(String)}. The
 * span never starts or ends with whitespace or an invisible format character.
 *
 * @param start offset of the first char of the sentence
 * @param end offset after its last char
 * @param text the chars {@code [start, end)} of the input
 * @param dateline the leading dateline ("موسكو 13 أبريل 2017 (شينخوا) -"), inside {@code [start,
 *     end)} and in offsets of the same input; empty when the sentence has none
 */
public record Sentence(int start, int end, String text, Optional<Span> dateline) {

  /** Checks that the offsets, the text and the dateline agree. */
  public Sentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(dateline, "dateline");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "sentence offsets must satisfy 0 <= start <= end, got start=" + start + ", end=" + end);
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "text length " + text.length() + " does not match start=" + start + ", end=" + end);
    }
    dateline.ifPresent(
        d -> {
          if (d.start() < start || d.end() > end) {
            throw new IllegalArgumentException(
                "dateline " + d + " lies outside the sentence start=" + start + ", end=" + end);
          }
        });
  }

  /** The sentence as a {@link Span}. */
  public Span span() {
    return new Span(start, end);
  }

  /**
   * The sentence after its dateline and the blanks that follow it; the whole sentence when there is
   * no dateline.
   */
  public Span body() {
    if (dateline.isEmpty()) {
      return span();
    }
    int bodyStart = dateline.get().end() - start;
    while (bodyStart < text.length() && ArabicChars.isBlank(text.charAt(bodyStart))) {
      bodyStart++;
    }
    return new Span(start + bodyStart, end);
  }
}
