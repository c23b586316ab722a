package dev.tarjama;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "unpaired high surrogate removed, 'a\uD800b', ab",
    "unpaired low surrogate removed, 'a\uDC00b', ab",
    "paired surrogates kept, 'a\uD83D\uDE00b', 'a\uD83D\uDE00b'",
    "bidi controls removed, '\u202Bسلام\u202C', سلام",
    "zero width joiner and BOM removed, '\uFEFFa\u200Db', ab",
    "control characters removed, 'a\u0000\u0007b', ab",
    "tab and newline become spaces, 'a\tb\nc', 'a b c'",
  })
  void cleans(String rule, String input, String expected) {
    assertEquals(expected, TextCleaner.clean(input));
  }

  @ParameterizedTest
  @CsvSource({"'', true", "' \t', true", "'\u00A0\u3000', true", "a, false"})
  void blank(String input, boolean expected) {
    assertEquals(expected, TextCleaner.isBlank(input), input);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "no break, 'a. b', 1, 3, 0",
    "one newline, 'a.\nb', 2, 3, 1",
    "blank line, 'a.\n\nb', 2, 4, 2",
    "crlf counts once, 'a.\r\nb', 2, 4, 1",
  })
  void countsLineBreaksBetweenSentences(String rule, String text, int from, int to, int breaks) {
    assertEquals(breaks, TranslationPipeline.lineBreaks(text, from, to));
  }
}
