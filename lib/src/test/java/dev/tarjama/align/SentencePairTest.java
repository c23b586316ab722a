package dev.tarjama.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencePairTest {

  @Test
  void separatorSplitsSourceFromTarget() {
    SentencePair pair = SentencePair.parse("قال لي ||| he told me");
    assertEquals(List.of("قال", "لي"), pair.sourceWords());
    assertEquals(List.of("he", "told", "me"), pair.targetWords());
  }

  @Test
  void repeatedSpacesAndTabsSeparateWords() {
    SentencePair pair = SentencePair.parse("  a   b |||  c  ");
    assertEquals(List.of("a", "b"), pair.sourceWords());
    assertEquals(List.of("c"), pair.targetWords());
  }

  @Test
  void tabActsAsSeparatorLikeInFastAlign() {
    SentencePair pair = SentencePair.parse("a b\tc d");
    assertEquals(List.of("a", "b"), pair.sourceWords());
    assertEquals(List.of("c", "d"), pair.targetWords());
  }

  @Test
  void laterSeparatorIsATargetWord() {
    assertEquals(List.of("b", "|||", "c"), SentencePair.parse("a ||| b ||| c").targetWords());
  }

  @Test
  void otherWhitespaceStaysInsideWords() {
    assertEquals(List.of("a\u00a0b"), SentencePair.parse("a\u00a0b ||| c").sourceWords());
  }

  @Test
  void lineWithoutSeparatorHasAnEmptyTarget() {
    SentencePair pair = SentencePair.parse("a b");
    assertEquals(List.of("a", "b"), pair.sourceWords());
    assertTrue(pair.hasEmptySide());
  }

  @Test
  void emptyAndBlankLinesHaveEmptySides() {
    assertTrue(SentencePair.parse("").hasEmptySide());
    assertTrue(SentencePair.parse("   ").hasEmptySide());
    assertTrue(SentencePair.parse("|||").hasEmptySide());
    assertFalse(SentencePair.parse("x ||| y").hasEmptySide());
  }

  @Test
  void emptyWordsAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new SentencePair(List.of("a", ""), List.of()));
    assertEquals("sourceWords has an empty word at index 1", e.getMessage());
  }
}
