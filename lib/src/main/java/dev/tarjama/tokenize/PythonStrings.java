package dev.tarjama.tokenize;

/** Python string behaviour that Java lacks, for results that must equal Hugging Face's. */
final class PythonStrings {

  /** Python's {@code str.strip()}: removes leading and trailing {@code str.isspace()} chars. */
  static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * Python's {@code str.isspace()} for one BMP char: Unicode White_Space plus the separators
   * U+001C..U+001F, which Java's {@code Character.isWhitespace} also counts, minus nothing else.
   */
  static boolean isSpace(char c) {
    switch (c) {
      case '\t',
      '\n',
      '\u000B',
      '\f',
      '\r',
      '\u001C',
      '\u001D',
      '\u001E',
      '\u001F',
      ' ',
      '\u0085',
      '\u00A0',
      '\u1680',
      '\u2028',
      '\u2029',
      '\u202F',
      '\u205F',
      '\u3000':
        return true;
      default:
        return c >= '\u2000' && c <= '\u200A';
    }
  }

  private PythonStrings() {}
}
