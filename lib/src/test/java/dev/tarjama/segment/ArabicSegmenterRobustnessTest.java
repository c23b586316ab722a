package dev.tarjama.segment;

import static dev.tarjama.segment.SegmentationAssertions.assertValidSentences;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad and extreme input: never an exception other than the documented NPE, always valid spans.
 * Ten-megabyte inputs check that pathological shapes (one long punctuation run, a long token full
 * of dots, thousands of abbreviations) finish; there is deliberately no timing assertion.
 */
class ArabicSegmenterRobustnessTest {
  private static final int TEN_MB = 10 * 1024 * 1024;
  private final ArabicSegmenter segmenter = new ArabicSegmenter();

  @Test
  void nullTextThrowsNullPointerException() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> segmenter.segment(null));
    assertEquals("text", e.getMessage());
  }

  @Test
  void nullTextThrowsNullPointerExceptionFromSpans() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> segmenter.spans(null));
    assertEquals("text", e.getMessage());
  }

  @Test
  void emptyTextHasNoSentences() {
    assertEquals(List.of(), segmenter.segment(""));
    assertEquals(List.of(), segmenter.spans(""));
  }

  @Test
  void whitespaceAndInvisibleOnlyTextHasNoSentences() {
    assertEquals(List.of(), segmenter.segment(" \t\n\r\u00A0\u2029\u200f\u202b\u202c\ufeff  \n"));
  }

  @Test
  void textWithoutPunctuationIsOneSentencePerLine() {
    String text = "وصل الوفد إلى القاهرة وبدأ الاجتماع\nثم غادر";
    List<Sentence> sentences = segmenter.segment(text);
    assertValidSentences(text, sentences);
    assertEquals(2, sentences.size());
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("only punctuation", "...!!!؟؟؟.،؛:\"«»()...."),
        Arguments.of("punctuation and spaces", ". . . ! ؟ … \" \" « » ( ) . ."),
        Arguments.of("lone closing quote", "\""),
        Arguments.of("lone full stop", "."),
        Arguments.of("unpaired high surrogate", "وصل\uD83D. وغادر\uD83D"),
        Arguments.of("unpaired low surrogate", "\uDE00وصل. \uDE00 وغادر.\uDE00"),
        Arguments.of("surrogate pair at edges", "\uD83D\uDE00وصل. وغادر\uD83D\uDE00. \uD83D\uDE00"),
        Arguments.of("bidi controls everywhere", "\u202bوصل\u202c.\u200f\u2067 \u2069وغادر\u200e؟\u061c"),
        Arguments.of("only bidi and a dot", "\u200f.\u200f"),
        Arguments.of("dateline only", "القاهرة (رويترز) -"),
        Arguments.of("dangling dateline", "القاهرة (رويترز"),
        Arguments.of("control chars", "وصل\u0000.\u0007 وغادر\u001b."),
        Arguments.of("abbreviation at end", "وقال د."),
        Arguments.of("url at end", "www."),
        Arguments.of("at sign alone", "@."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputGivesValidSpans(String name, String text) {
    assertValidSentences(text, segmenter.segment(text));
  }

  static Stream<Arguments> tenMegabyteInputs() {
    return Stream.of(
        Arguments.of("news prose", repeat("موسكو 13 أبريل (شينخوا) - قال د. أحمد إن النمو بلغ 3.5 في المائة. "
            + "\"لن نتراجع!\" وأضاف… ثم غادر؟ www.un.org/ar.\n", TEN_MB)),
        Arguments.of("no punctuation", repeat("كلمة ", TEN_MB)),
        Arguments.of("no whitespace", repeat("كلمة", TEN_MB)),
        Arguments.of("one punctuation run", repeat(".", TEN_MB)),
        Arguments.of("one token full of dots", repeat("a.", TEN_MB)),
        Arguments.of("abbreviations", repeat("د. ", TEN_MB)),
        Arguments.of("quotes", repeat("\".\" ", TEN_MB)),
        Arguments.of("whitespace", repeat(" \n", TEN_MB)),
        Arguments.of("random", random(TEN_MB)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tenMegabyteInputs")
  void tenMegabyteInputCompletesWithValidSpans(String name, String text) {
    List<Sentence> sentences = segmenter.segment(text);
    assertValidSentences(text, sentences);
    assertTrue(text.length() >= TEN_MB);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputGivesValidSpansForWrappedText(String name, String text) {
    assertValidSentences(text, new ArabicSegmenter(LineBreaks.WRAPPED).segment(text));
  }

  @Test
  void tenMegabytesOfSingleLineBreaksCompleteForWrappedText() {
    String text = repeat("كلمة\n \n\r\n.\n", TEN_MB);
    assertValidSentences(text, new ArabicSegmenter(LineBreaks.WRAPPED).segment(text));
  }

  @Test
  void nullLineBreaksThrowsNullPointerException() {
    assertThrows(NullPointerException.class, () -> new ArabicSegmenter(null));
  }

  private static String repeat(String unit, int length) {
    return unit.repeat(length / unit.length() + 1);
  }

  /** Deterministic noise over the characters the rules look at. */
  private static String random(int length) {
    String alphabet = "وصل د م.!?؟…\"«»()،؛: \n\t3٥a@/\u200f\u202b\uD83D\uDE00\u0640www";
    Random random = new Random(42);
    StringBuilder out = new StringBuilder(length);
    while (out.length() < length) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
