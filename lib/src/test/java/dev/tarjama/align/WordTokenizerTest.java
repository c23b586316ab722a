package dev.tarjama.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {
  private static final Path GOLD = Path.of("src/test/resources/align-gold");

  @Test
  void splitsPunctuationButKeepsWordInternalJoiners() {
    assertEquals(
        List.of("I", "don't", "know", ",", "3.5", "or", "1,000", "?", "\"", "Yes", "\"", "."),
        WordTokenizer.texts("I don't know, 3.5 or 1,000? \"Yes\"."));
    assertEquals(List.of("Mr", ".", "Smith"), WordTokenizer.texts("Mr. Smith"));
    assertEquals(List.of("well-known", "-", "x"), WordTokenizer.texts("well-known - x"));
  }

  @Test
  void arabicPunctuationAndMarks() {
    assertEquals(
        List.of("أتمنى", "لك", "،", "يا", "تِمِي", "؟"),
        WordTokenizer.texts("أتمنى لك، يا تِمِي؟ \u200f\u200f"));
  }

  @Test
  void offsetsPointIntoTheInput() {
    String text = "  وبالكتاب،  قرأ ";
    for (Word word : WordTokenizer.tokenize(text)) {
      assertEquals(word.text(), text.substring(word.start(), word.end()));
    }
    assertEquals(3, WordTokenizer.tokenize(text).size());
    assertTrue(WordTokenizer.tokenize(" \t ").isEmpty());
  }

  @Test
  void everyGoldLinkIsInsideTheTokenisedPair() throws Exception {
    List<String> ar = Files.readAllLines(GOLD.resolve("gold.ar"), StandardCharsets.UTF_8);
    List<String> en = Files.readAllLines(GOLD.resolve("gold.en"), StandardCharsets.UTF_8);
    List<String> links = Files.readAllLines(GOLD.resolve("gold.links"), StandardCharsets.UTF_8);
    assertEquals(209, ar.size());
    assertEquals(ar.size(), en.size());
    assertEquals(ar.size(), links.size());
    int linked = 0;
    for (int k = 0; k < ar.size(); k++) {
      int sourceWords = WordTokenizer.tokenize(ar.get(k)).size();
      int targetWords = WordTokenizer.tokenize(en.get(k)).size();
      for (String link : links.get(k).split(" ")) {
        String[] parts = link.split("[-?]");
        int i = Integer.parseInt(parts[0]);
        int j = Integer.parseInt(parts[1]);
        assertTrue(i < sourceWords && j < targetWords, "line " + (k + 1) + " link " + link);
        linked++;
      }
      // Every English word of a Tatoeba pair has a link unless the guidelines leave it out.
      assertTrue(targetWords > 0 && sourceWords > 0);
    }
    assertEquals(1435 + 271, linked);
  }
}
