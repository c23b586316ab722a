package dev.tarjama;

/**
 * Source text without a single Arabic letter (an English quotation, a URL, a number, a list mark)
 * is not sent to the model, which was trained on Arabic and invents English for anything else; it
 * is copied, with what English writes differently:
 *
 * <ul>
 *   <li>Arabic-Indic and Extended Arabic-Indic digits (٠–٩, ۰–۹) become 0–9;
 *   <li>the Arabic comma ، semicolon ؛ question mark ؟ and percent sign ٪ become , ; ? %;
 *   <li>the Arabic decimal separator ٫ becomes . and the thousands separator ٬ becomes ,.
 * </ul>
 *
 * <p>An Arabic letter is a code point of the Arabic script that {@link Character#isLetter} accepts
 * (Persian and Urdu letters included). Stateless.
 */
final class NonArabicText {
  private NonArabicText() {}

  /** Whether the text has no Arabic letter, so that {@link #copy} stands for its translation. */
  static boolean hasNoArabicLetter(String text) {
    return text.codePoints()
        .noneMatch(
            c ->
                Character.isLetter(c)
                    && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
  }

  private static final char ARABIC_INDIC_ZERO = '\u0660';
  private static final char EXTENDED_ARABIC_INDIC_ZERO = '\u06F0';
  private static final char ARABIC_COMMA = '\u060C';
  private static final char ARABIC_SEMICOLON = '\u061B';
  private static final char ARABIC_QUESTION_MARK = '\u061F';
  private static final char ARABIC_PERCENT_SIGN = '\u066A';
  private static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  private static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

  /** The text as English writes it: the digit and punctuation mappings of the class comment. */
  static String copy(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = englishDigit(text.charAt(i));
      out.append(
          switch (c) {
            case ARABIC_COMMA -> ',';
            case ARABIC_SEMICOLON -> ';';
            case ARABIC_QUESTION_MARK -> '?';
            case ARABIC_PERCENT_SIGN -> '%';
            default -> c;
          });
    }
    return out.toString().strip();
  }

  /**
   * An Arabic-Indic or Extended Arabic-Indic digit as 0–9, the Arabic decimal separator as {@code
   * .} and the thousands separator as {@code ,}; any other char as it is.
   */
  static char englishDigit(char c) {
    if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) {
      return (char) ('0' + (c - ARABIC_INDIC_ZERO));
    }
    if (c >= EXTENDED_ARABIC_INDIC_ZERO && c <= EXTENDED_ARABIC_INDIC_ZERO + 9) {
      return (char) ('0' + (c - EXTENDED_ARABIC_INDIC_ZERO));
    }
    return switch (c) {
      case ARABIC_DECIMAL_SEPARATOR -> '.';
      case ARABIC_THOUSANDS_SEPARATOR -> ',';
      default -> c;
    };
  }
}
