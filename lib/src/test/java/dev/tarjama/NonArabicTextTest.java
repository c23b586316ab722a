package dev.tarjama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NonArabicTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hello world.",
        "١٢٣٤ ٥٦٧",
        "2017",
        "https://example.org/a?b=1",
        "(1)",
        "٪٥٠، ؟",
        "Dr. Ehud Ur"
      })
  void textWithoutArabicLettersIsCopied(String text) {
    assertTrue(NonArabicText.hasNoArabicLetter(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"(شينخوا)", "Xinhua شينخوا", "پ", "ۀ", "ك 3", "ـو"})
  void anyArabicLetterMeansTranslate(String text) {
    assertFalse(NonArabicText.hasNoArabicLetter(text), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "١٢٣٤ ٥٦٧|1234 567",
        "۱۲۳|123",
        "١٢٫٥٪، ٣؟|12.5%, 3?",
        "١٬٠٠٠؛ ٢|1,000; 2",
        "  Hello world.  |Hello world.",
        "U.S. 3.5|U.S. 3.5"
      })
  void copiesAsEnglishWritesIt(String text, String expected) {
    assertEquals(expected, NonArabicText.copy(text));
  }
}
