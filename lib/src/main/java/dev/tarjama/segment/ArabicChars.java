package dev.tarjama.segment;

/**
 * Named Arabic and punctuation characters, and the character classes the rules use.
 *
 * <p>Code points from the Unicode 15 Arabic block (U+0600–U+06FF) and General Punctuation; the
 * classes follow Lucene's {@code ArabicNormalizer} in naming each character by its code point.
 */
final class ArabicChars {
  static final char ARABIC_COMMA = '\u060C';
  static final char ARABIC_SEMICOLON = '\u061B';
  static final char ARABIC_LETTER_MARK = '\u061C';
  static final char ARABIC_QUESTION_MARK = '\u061F';
  static final char ARABIC_FULL_STOP = '\u06D4';
  static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  static final char TATWEEL = '\u0640';
  static final char WAW = '\u0648';
  static final char TEH_MARBUTA = '\u0629';
  static final char ALEF = '\u0627';
  static final char ALEF_MADDA = '\u0622';
  static final char ALEF_HAMZA_ABOVE = '\u0623';
  static final char ALEF_HAMZA_BELOW = '\u0625';
  static final char ALEF_WASLA = '\u0671';
  static final char ALEF_MAKSURA = '\u0649';
  static final char YEH = '\u064A';
  static final char HEH = '\u0647';
  static final char LAM = '\u0644';

  static final char HORIZONTAL_ELLIPSIS = '\u2026';
  static final char LEFT_GUILLEMET = '\u00AB';
  static final char RIGHT_GUILLEMET = '\u00BB';
  static final char LEFT_DOUBLE_QUOTE = '\u201C';
  static final char RIGHT_DOUBLE_QUOTE = '\u201D';
  static final char LEFT_SINGLE_QUOTE = '\u2018';
  static final char RIGHT_SINGLE_QUOTE = '\u2019';
  static final char SINGLE_LEFT_GUILLEMET = '\u2039';
  static final char SINGLE_RIGHT_GUILLEMET = '\u203A';
  static final char EN_DASH = '\u2013';
  static final char EM_DASH = '\u2014';
  static final char NEXT_LINE = '\u0085';
  static final char LINE_SEPARATOR = '\u2028';
  static final char PARAGRAPH_SEPARATOR = '\u2029';

  private ArabicChars() {}

  /** Arabic letters U+0621–U+063A, U+0641–U+064A, U+0671–U+06D3, U+06D5 and tatweel. */
  static boolean isArabicLetter(char c) {
    return (c >= '\u0621' && c <= '\u063A')
        || (c >= '\u0640' && c <= '\u064A')
        || (c >= '\u0671' && c <= '\u06D3')
        || c == '\u06D5'
        || (c >= '\u06FA' && c <= '\u06FC');
  }

  /** Harakat, shadda, sukun, superscript alef and Quranic marks (U+064B–U+065F, U+0670). */
  static boolean isArabicMark(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
  }

  /** ASCII, Arabic-Indic (U+0660–U+0669) and Extended Arabic-Indic (U+06F0–U+06F9) digits. */
  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
  }

  static boolean isLatinLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '\u00C0' && c <= '\u024F');
  }

  static boolean isLatinOrDigit(char c) {
    return isLatinLetter(c) || isDigit(c);
  }

  /** A letter, mark or digit of any script: the characters words are made of. */
  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || isArabicMark(c) || c == TATWEEL;
  }

  /** Characters that end a paragraph: LF, CR, VT, FF, NEL, LINE and PARAGRAPH SEPARATOR. */
  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == NEXT_LINE
        || c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR;
  }

  /** Whitespace including no-break spaces (U+00A0, U+2007, U+202F). */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Invisible format characters (Unicode category Cf): bidi controls such as U+200F and U+202B,
   * the Arabic letter mark, ZWJ, ZWNJ and the BOM. Rules look through them.
   */
  static boolean isFormat(char c) {
    return Character.getType(c) == Character.FORMAT;
  }

  /** Whitespace or an invisible format character. */
  static boolean isBlank(char c) {
    return isSpace(c) || isFormat(c);
  }

  /** Characters that may end a sentence: . ! ? and their Arabic forms, and the ellipsis. */
  static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK || c == ARABIC_FULL_STOP
        || c == HORIZONTAL_ELLIPSIS;
  }

  /** Closing quotes and brackets that stay with the sentence they follow. */
  static boolean isCloser(char c) {
    return c == ')' || c == ']' || c == '}' || c == RIGHT_GUILLEMET || c == RIGHT_DOUBLE_QUOTE
        || c == RIGHT_SINGLE_QUOTE || c == SINGLE_RIGHT_GUILLEMET || c == '\'';
  }

  /** Punctuation after which text continues the same sentence: commas, semicolons, colon. */
  static boolean isContinuation(char c) {
    return c == ',' || c == ';' || c == ':' || c == ARABIC_COMMA || c == ARABIC_SEMICOLON;
  }

  /** Dashes that separate a dateline from its sentence: hyphen, en and em dash, tatweel. */
  static boolean isDash(char c) {
    return c == '-' || c == EN_DASH || c == EM_DASH || c == TATWEEL;
  }
}
