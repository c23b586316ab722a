package dev.tarjama.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tarjama.segment.WordTables.AbbreviationKind;
import dev.tarjama.segment.WordTables.LetterName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordTablesTest {

  @ParameterizedTest
  @CsvSource({
    "أ.ف.ب, افب",
    "ا ف ب, افب",
    "إيتار-تاس, ايتارتاس",
    "الأُمَم, الامم",
    "وكالةـ, وكاله",
    "على, علي",
    "Reuters, reuters",
  })
  void normalizeFoldsSpellingVariants(String input, String expected) {
    assertEquals(expected, WordTables.normalize(input));
  }

  @ParameterizedTest
  @CsvSource({"د, TITLE", "Dr, TITLE", "a.m, TITLE", "إلخ, MAY_END", "U.S, MAY_END", "ق.م, MAY_END"})
  void abbreviationTableIsLoaded(String form, AbbreviationKind kind) {
    assertEquals(kind, WordTables.ABBREVIATIONS.get(form));
  }

  @ParameterizedTest
  @CsvSource({"إف, INITIAL", "سي, INITIAL", "بي, ACRONYM", "أي, ACRONYM"})
  void letterNameTableIsLoaded(String name, LetterName kind) {
    assertEquals(kind, WordTables.LETTER_NAMES.get(name));
  }

  @ParameterizedTest
  @CsvSource({"رويترز", "أ ف ب", "شينخوا", "AFP"})
  void agencyTableIsLoaded(String agency) {
    assertTrue(WordTables.AGENCIES.contains(WordTables.normalize(agency)));
  }

  @ParameterizedTest
  @CsvSource({"أبريل", "حزيران", "الخميس"})
  void dateWordTableIsLoaded(String word) {
    assertTrue(WordTables.DATE_WORDS.contains(WordTables.normalize(word)));
  }
}
