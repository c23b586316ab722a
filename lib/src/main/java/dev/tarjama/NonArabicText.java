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

  /** The text as English writes it: the digit and punctuation mappings of the class comment. */
  static String copy(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0660' && c <= '\u0669') {
        out.append((char) ('0' + (c - '\u0660')));
      } else if (c >= '\u06F0' && c <= '\u06F9') {
        out.append((char) ('0' + (c - '\u06F0')));
      } else {
        out.append(
            switch (c) {
              case '\u060C', '\u066C' -> ',';
              case '\u061B' -> ';';
              case '\u061F' -> '?';
              case '\u066A' -> '%';
              case '\u066B' -> '.';
              default -> c;
            });
      }
    }
    return out.toString().strip();
  }
}
