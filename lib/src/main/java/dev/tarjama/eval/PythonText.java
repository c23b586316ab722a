package dev.tarjama.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The few Python {@code str} operations sacreBLEU's results depend on, reproduced exactly.
 *
 * <p>Python's whitespace ({@code str.isspace()}, {@code str.split()}, {@code str.strip()}, the
 * {@code re} class {@code \s}) is wider than Java's {@link Character#isWhitespace}: it includes
 * the no-break spaces U+00A0, U+2007 and U+202F, U+0085 and the separators U+001C–U+001F. Text is
 * handled as code points, as Python does, so a character outside the BMP counts once.
 *
 * <p>Stateless and thread-safe.
 */
final class PythonText {

  /** The code points for which CPython 3.11 {@code str.isspace()} is true (Unicode 14). */
  private static final int[] SPACES = {
    0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x2001,
    0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F,
    0x205F, 0x3000
  };

  private PythonText() {}

  /** Returns whether Python's {@code str.isspace()} holds for this code point. */
  static boolean isSpace(int codePoint) {
    if (codePoint > 0x3000) {
      return false;
    }
    if (codePoint <= 0x20) {
      return codePoint == 0x20 || (codePoint >= 0x09 && codePoint <= 0x0D) || codePoint >= 0x1C;
    }
    for (int space : SPACES) {
      if (space == codePoint) {
        return true;
      }
    }
    return false;
  }

  /** Python {@code s.split()}: the words between runs of whitespace, none of them empty. */
  static List<String> split(String s) {
    List<String> words = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      if (isSpace(c)) {
        if (start >= 0) {
          words.add(s.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      words.add(s.substring(start));
    }
    return words;
  }

  /** Python {@code ' '.join(s.split())}: whitespace runs become one space, none at the ends. */
  static String collapseSpaces(String s) {
    return String.join(" ", split(s));
  }

  /** Python {@code ''.join(s.split())}: every whitespace character removed. */
  static String removeSpaces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      if (!isSpace(c)) {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /** Python {@code s.rstrip()}: trailing whitespace removed, leading whitespace kept. */
  static String rstrip(String s) {
    int end = s.length();
    while (end > 0) {
      int c = s.codePointBefore(end);
      if (!isSpace(c)) {
        break;
      }
      end -= Character.charCount(c);
    }
    return s.substring(0, end);
  }

  /**
   * Python {@code s.lower()}: full Unicode lower-casing, locale independent ({@code İ} becomes
   * {@code i̇}, a word-final {@code Σ} becomes {@code ς}).
   */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** The number of code points, Python's {@code len(s)}. */
  static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
