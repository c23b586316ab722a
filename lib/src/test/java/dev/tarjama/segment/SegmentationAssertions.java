package dev.tarjama.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

/** Shared checks of the segmenter's output contract. */
final class SegmentationAssertions {
  private SegmentationAssertions() {}

  /**
   * Spans are ordered, inside the text, never start or end with a blank, never cut a surrogate
   * pair, carry their own text, and the gaps between them hold only blanks. Together these mean
   * spans plus gaps rebuild the input; for inputs up to a megabyte the rebuild is also done.
   */
  static void assertValidSentences(String text, List<Sentence> sentences) {
    int previousEnd = 0;
    for (Sentence s : sentences) {
      if (s.start() < previousEnd || s.end() <= s.start() || s.end() > text.length()) {
        fail("bad span " + s.start() + "-" + s.end() + " after " + previousEnd + " in " + text.length());
      }
      assertBlank(text, previousEnd, s.start());
      if (isBlank(text.charAt(s.start())) || isBlank(text.charAt(s.end() - 1))) {
        fail("sentence starts or ends with a blank: " + s.start() + "-" + s.end());
      }
      if (splitsPair(text, s.start()) || splitsPair(text, s.end())) {
        fail("sentence cuts a surrogate pair: " + s.start() + "-" + s.end());
      }
      if (!text.regionMatches(s.start(), s.text(), 0, s.text().length())) {
        fail("sentence text differs from the input at " + s.start());
      }
      previousEnd = s.end();
    }
    assertBlank(text, previousEnd, text.length());
    if (text.length() <= 1 << 20) {
      StringBuilder rebuilt = new StringBuilder();
      int end = 0;
      for (Sentence s : sentences) {
        rebuilt.append(text, end, s.start()).append(s.text());
        end = s.end();
      }
      rebuilt.append(text, end, text.length());
      assertEquals(text, rebuilt.toString());
    }
  }

  private static void assertBlank(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!isBlank(text.charAt(i))) {
        fail("visible char U+" + Integer.toHexString(text.charAt(i)) + " outside every sentence at " + i);
      }
    }
  }

  static boolean splitsPair(String text, int at) {
    return at > 0 && at < text.length()
        && Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at));
  }

  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT;
  }

  /** The texts of the sentences. */
  static List<String> texts(List<Sentence> sentences) {
    List<String> out = new ArrayList<>();
    sentences.forEach(s -> out.add(s.text()));
    return out;
  }
}
