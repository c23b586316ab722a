package dev.tarjama.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clause splitting through {@link ArabicSegmenter#splitClauses}. */
class ClauseSplitterTest {
  private static final ToIntFunction<String> WORDS = s -> s.isBlank() ? 0 : s.strip().split("\\s+").length;
  private final ArabicSegmenter segmenter = ArabicSegmenter.INSTANCE;

  private List<String> pieces(String sentence, int maxWords) {
    return segmenter.splitClauses(sentence, maxWords, WORDS).stream()
        .map(span -> span.text(sentence))
        .toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    // semicolon first, even when a comma is nearer the middle
    "5; تراجعت الصادرات كثيرا، هذا العام؛ وارتفعت الواردات; تراجعت الصادرات كثيرا، هذا العام؛|وارتفعت الواردات",
    // then the comma
    "4; قال الوزير للصحفيين، إن الحكومة ستتخذ إجراءات; قال الوزير للصحفيين،|إن الحكومة ستتخذ إجراءات",
    // then waw on a clause opener
    "4; وصل الوزير إلى المطار وقال إن الزيارة مهمة; وصل الوزير إلى المطار|وقال إن الزيارة مهمة",
    // waw on the article
    "3; زار الوفد القاهرة والإسكندرية اليوم; زار الوفد القاهرة|والإسكندرية اليوم",
    // then any whitespace, nearest the middle
    "2; واحد اثنان ثلاثة أربعة; واحد اثنان|ثلاثة أربعة",
  })
  void splitsAtTheStrongestClauseBoundaryFirst(int maxWords, String sentence, String expected) {
    assertEquals(Arrays.asList(expected.split("\\|")), pieces(sentence, maxWords));
  }

  @Test
  void sentenceThatFitsIsOnePiece() {
    String sentence = "وصل الوفد إلى القاهرة.";
    assertEquals(List.of(new Span(0, sentence.length())), segmenter.splitClauses(sentence, 4, WORDS));
  }

  @Test
  void noPieceExceedsTheLimitAndPiecesCoverAllText() {
    String sentence = ("وأضاف الوزير أن الحكومة، التي تواجه ضغوطا كبيرة؛ ستعمل على خفض العجز "
        + "وزيادة الإنفاق على التعليم والصحة وتحسين البنية التحتية في المناطق الريفية ").repeat(20);
    for (int max = 1; max <= 40; max += 3) {
      List<Span> spans = segmenter.splitClauses(sentence, max, WORDS);
      int previousEnd = 0;
      for (Span span : spans) {
        assertTrue(WORDS.applyAsInt(span.text(sentence)) <= max, span.text(sentence));
        assertTrue(sentence.substring(previousEnd, span.start()).isBlank());
        previousEnd = span.end();
      }
      assertTrue(sentence.substring(previousEnd).isBlank());
    }
  }

  @Test
  void runWithoutWhitespaceIsCutBetweenCodePoints() {
    String sentence = "\uD83D\uDE00".repeat(10);
    List<Span> spans = segmenter.splitClauses(sentence, 3, String::length);
    assertEquals(10, spans.size());
    for (Span span : spans) {
      assertEquals(2, span.length());
    }
  }

  @Test
  void spansAreOffsetsIntoTheWholeText() {
    String text = "مقدمة. قال الوزير للصحفيين، إن الحكومة ستتخذ إجراءات. خاتمة.";
    Span sentence = new Span(7, text.indexOf("إجراءات.") + 8);
    List<Span> spans = segmenter.splitClauses(text, sentence, 4, WORDS);
    assertEquals(List.of("قال الوزير للصحفيين،", "إن الحكومة ستتخذ إجراءات."),
        spans.stream().map(s -> s.text(text)).toList());
  }

  @Test
  void blankSentenceHasNoPieces() {
    assertEquals(List.of(), segmenter.splitClauses(" \u200f ", 5, WORDS));
  }

  @Test
  void badArgumentsAreRejected() {
    assertThrows(NullPointerException.class, () -> segmenter.splitClauses(null, 5, WORDS));
    assertThrows(NullPointerException.class, () -> segmenter.splitClauses("نص", 5, null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> segmenter.splitClauses("نص", 0, WORDS));
    assertEquals("maxTokens must be >= 1, got 0", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> segmenter.splitClauses("نص", new Span(0, 9), 5, WORDS));
  }
}
