package dev.tarjama.eval;

import java.util.function.IntPredicate;

/**
 * Fast exact equivalents of the one- and two-character {@code re.sub} rules of sacreBLEU's
 * tokenizers. Python substitutes non-overlapping matches from left to right; for a pattern of
 * fixed length that is a scan that skips past each match, which these methods do over code points.
 *
 * <p>Stateless and thread-safe.
 */
final class CharRules {

  private CharRules() {}

  /** {@code re.sub(r'([class])', r' \1 ', s)}: spaces around every matching code point. */
  static String spaceAround(String s, IntPredicate matches) {
    StringBuilder out = null;
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      int width = Character.charCount(c);
      if (matches.test(c)) {
        if (out == null) {
          out = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        out.append(' ').appendCodePoint(c).append(' ');
      } else if (out != null) {
        out.appendCodePoint(c);
      }
      i += width;
    }
    return out == null ? s : out.toString();
  }

  /**
   * {@code re.sub(r'([first])([second])', before + r'\1' + middle + r'\2' + after, s)}.
   *
   * @param before text before the first character of each match
   * @param middle text between the two characters
   * @param after text after the second character
   */
  static String pair(
      String s,
      IntPredicate first,
      IntPredicate second,
      String before,
      String middle,
      String after) {
    StringBuilder out = null;
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      int width = Character.charCount(c);
      if (i + width < s.length() && first.test(c)) {
        int d = s.codePointAt(i + width);
        if (second.test(d)) {
          if (out == null) {
            out = new StringBuilder(s.length() + 16).append(s, 0, i);
          }
          out.append(before).appendCodePoint(c).append(middle).appendCodePoint(d).append(after);
          i += width + Character.charCount(d);
          continue;
        }
      }
      if (out != null) {
        out.appendCodePoint(c);
      }
      i += width;
    }
    return out == null ? s : out.toString();
  }

  /** ASCII digit, Python's {@code [0-9]}. */
  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /** Unicode general category P (punctuation), the {@code regex} module's {@code \p{P}}. */
  static boolean isPunctuation(int c) {
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  /** Unicode general category N (numbers), {@code \p{N}}. */
  static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** Unicode general category S (symbols), {@code \p{S}}. */
  static boolean isSymbol(int c) {
    int type = Character.getType(c);
    return type == Character.MATH_SYMBOL
        || type == Character.CURRENCY_SYMBOL
        || type == Character.MODIFIER_SYMBOL
        || type == Character.OTHER_SYMBOL;
  }

  /**
   * mteval's Western punctuation class {@code [{-~[-` -&(-+:-@/]}: ASCII symbols and punctuation
   * except {@code ' , - .}, plus the space.
   */
  static boolean isWesternPunctuation(int c) {
    return (c >= '{' && c <= '~')
        || (c >= '[' && c <= '`')
        || (c >= ' ' && c <= '&')
        || (c >= '(' && c <= '+')
        || (c >= ':' && c <= '@')
        || c == '/';
  }

  /** {@code [.,]}. */
  static boolean isPeriodOrComma(int c) {
    return c == '.' || c == ',';
  }
}
