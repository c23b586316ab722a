package dev.tarjama.segment;

import static dev.tarjama.segment.ArabicChars.isArabicLetter;
import static dev.tarjama.segment.ArabicChars.isBlank;
import static dev.tarjama.segment.ArabicChars.isDash;
import static dev.tarjama.segment.ArabicChars.isDigit;

import java.util.Optional;

/**
 * Finds the news dateline at the start of a paragraph's first sentence. Two shapes are accepted:
 *
 * <ol>
 *   <li>place, optional date, then a source in brackets, then an optional dash or colon:
 *       "موسكو 13 أبريل 2017 (شينخوا) -", "واشنطن (رويترز) -"; unless the date names a month or
 *       day or joins numbers ("15-7"), the source must be a known agency;
 *   <li>place, optional date, a dash and a known agency, then an optional dash, colon or comma:
 *       "القاهرة - رويترز:"; or a dash, any source in quotes, and a dash or colon: "القاهرة -
 *       «الحياة» -".
 * </ol>
 *
 * <p>The place is one to three Arabic words, optionally followed by a bracketed qualifier
 * ("رفح (قطاع غزة)"); the date is up to six tokens of digits, month and day
 * names (see {@code date-words.txt}); agencies are listed in {@code agencies.txt}. Only the first
 * {@link #WINDOW} chars are examined, so the cost per sentence is constant.
 */
final class DatelineDetector {
  static final int WINDOW = 160;
  private static final int MAX_PLACE_WORDS = 3;
  private static final int MAX_DATE_TOKENS = 6;
  private static final int MAX_SOURCE_CHARS = 40;
  private static final int MAX_AGENCY_WORDS = 4;

  private final String text;
  private final int limit;
  private final int sentenceEnd;

  private DatelineDetector(String text, int sentenceEnd, int limit) {
    this.text = text;
    this.sentenceEnd = sentenceEnd;
    this.limit = limit;
  }

  /** The dateline at the start of {@code text[start, end)}, if the sentence opens with one. */
  static Optional<Span> find(String text, int start, int end) {
    var detector = new DatelineDetector(text, end, Math.min(end, start + WINDOW));
    if (!detector.hasSeparator(start)) {
      return Optional.empty();
    }
    int p = start;
    for (int words = 1; words <= MAX_PLACE_WORDS; words++) {
      int wordEnd = detector.arabicWordEnd(p);
      if (wordEnd == p || WordTables.DATE_WORDS.contains(WordTables.normalize(text.substring(p, wordEnd)))) {
        return Optional.empty();
      }
      int datelineEnd = detector.matchAfterPlace(wordEnd, true);
      if (datelineEnd > 0 && detector.skipBlanks(datelineEnd) < end) {
        return Optional.of(new Span(start, datelineEnd));
      }
      p = detector.skipBlanks(wordEnd);
    }
    return Optional.empty();
  }

  /** Whether the window holds a bracket or a dash at all; most sentences have neither. */
  private boolean hasSeparator(int start) {
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '(' || isDash(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * End of the dateline after the place, or -1. With {@code qualifierAllowed}, a bracket that is
   * not the source may qualify the place: "رفح (قطاع غزة) 15-7 (أ ف ب) -".
   */
  private int matchAfterPlace(int p, boolean qualifierAllowed) {
    p = skipBlanks(p);
    if (p < limit && (text.charAt(p) == ',' || text.charAt(p) == ArabicChars.ARABIC_COMMA)) {
      p = skipBlanks(p + 1);
    }
    int dateTokens = 0;
    boolean dated = false;
    while (dateTokens < MAX_DATE_TOKENS) {
      int tokenEnd = dateTokenEnd(p);
      if (tokenEnd == p) {
        break;
      }
      dated |= isCalendarDate(p, tokenEnd);
      dateTokens++;
      p = skipBlanks(tokenEnd);
    }
    if (p < limit && text.charAt(p) == '(') {
      int end = matchBracketedSource(p, dated);
      int close = text.indexOf(')', p);
      if (end < 0 && qualifierAllowed && dateTokens == 0 && close > 0 && close < limit) {
        return matchAfterPlace(close + 1, false);
      }
      return end;
    }
    if (p < limit && isDash(text.charAt(p))) {
      return matchDashedAgency(p);
    }
    return -1;
  }

  private int matchBracketedSource(int open, boolean dated) {
    int close = text.indexOf(')', open);
    if (close < 0 || close >= limit || close - open > MAX_SOURCE_CHARS) {
      return -1;
    }
    String source = WordTables.normalize(text.substring(open + 1, close));
    boolean known = WordTables.AGENCIES.contains(source);
    if (!known && !(dated && letters(source) >= 2)) {
      return -1;
    }
    return separatorEnd(close + 1, close + 1);
  }

  private int matchDashedAgency(int dash) {
    int p = skipBlanks(skipDashes(dash));
    if (p < limit && isQuote(text.charAt(p))) {
      return matchQuotedSource(p);
    }
    int best = -1;
    int wordEnd = p;
    for (int words = 0; words < MAX_AGENCY_WORDS; words++) {
      wordEnd = agencyWordEnd(skipBlanks(wordEnd));
      if (WordTables.AGENCIES.contains(WordTables.normalize(text.substring(p, wordEnd)))) {
        best = wordEnd;
      }
    }
    return best < 0 ? -1 : separatorEnd(best, best);
  }

  /**
   * A newspaper credited in quotes after the dash, "القاهرة - «الحياة» -": any name of up to
   * {@link #MAX_SOURCE_CHARS} chars, but a dash or colon must follow.
   */
  private int matchQuotedSource(int open) {
    int close = open + 1;
    while (close < limit && close - open <= MAX_SOURCE_CHARS && !isQuote(text.charAt(close))) {
      close++;
    }
    if (close >= limit || close - open > MAX_SOURCE_CHARS
        || WordTables.normalize(text.substring(open + 1, close)).isEmpty()) {
      return -1;
    }
    int end = separatorEnd(close + 1, -1);
    return end > close + 1 && text.charAt(end - 1) != ',' && text.charAt(end - 1) != ArabicChars.ARABIC_COMMA
        ? end : -1;
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == ArabicChars.LEFT_GUILLEMET || c == ArabicChars.RIGHT_GUILLEMET
        || c == ArabicChars.LEFT_DOUBLE_QUOTE || c == ArabicChars.RIGHT_DOUBLE_QUOTE;
  }

  /** After a source: an optional dash run, colon or comma; returns its end, else {@code end}. */
  private int separatorEnd(int from, int end) {
    int p = skipBlanks(from);
    if (p >= limit) {
      return end;
    }
    char c = text.charAt(p);
    if (isDash(c)) {
      return skipDashes(p);
    }
    if (c == ':' || c == ',' || c == ArabicChars.ARABIC_COMMA) {
      return p + 1;
    }
    return end;
  }

  /**
   * Whether a date token names a calendar date rather than a bare number ("البند 5 (ب)"): it holds
   * a month or day name, or digits joined by - / . ("15-7", "13.04.2017").
   */
  private boolean isCalendarDate(int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isArabicLetter(c) || ((c == '-' || c == '/' || c == '.') && i > start)) {
        return true;
      }
    }
    return false;
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** End of a date token: digits, date words and the separators - / . between them. */
  private int dateTokenEnd(int p) {
    int q = p;
    boolean content = false;
    while (q < limit) {
      char c = text.charAt(q);
      if (isDigit(c)) {
        q++;
        content = true;
      } else if (isArabicLetter(c) && c != ArabicChars.TATWEEL) {
        int wordEnd = arabicWordEnd(q);
        if (!WordTables.DATE_WORDS.contains(WordTables.normalize(text.substring(q, wordEnd)))) {
          break;
        }
        q = wordEnd;
        content = true;
      } else if ((c == '/' || c == '.' || c == '-') && content && q + 1 < limit
          && (isDigit(text.charAt(q + 1)) || isArabicLetter(text.charAt(q + 1)))) {
        q++;
      } else {
        break;
      }
    }
    if (!content) {
      return p;
    }
    // "15 - 7": a spaced dash between two numbers belongs to the date.
    int dash = skipBlanks(q);
    if (dash < limit && text.charAt(dash) == '-' && isDigit(text.charAt(q - 1))) {
      int after = skipBlanks(dash + 1);
      if (after < limit && isDigit(text.charAt(after))) {
        return dateTokenEnd(after);
      }
    }
    return q;
  }

  private int arabicWordEnd(int p) {
    int q = p;
    while (q < limit && (isArabicLetter(text.charAt(q)) || ArabicChars.isArabicMark(text.charAt(q)))) {
      q++;
    }
    return q;
  }

  private int agencyWordEnd(int p) {
    int q = p;
    while (q < limit) {
      char c = text.charAt(q);
      if (isBlank(c) || c == ':' || c == ',' || c == ArabicChars.ARABIC_COMMA || c == '-'
          || c == ArabicChars.EN_DASH || c == ArabicChars.EM_DASH) {
        break;
      }
      q++;
    }
    return q;
  }

  private int skipDashes(int p) {
    int q = p;
    while (q < limit && isDash(text.charAt(q))) {
      q++;
    }
    return q;
  }

  private int skipBlanks(int p) {
    int q = p;
    while (q < sentenceEnd && isBlank(text.charAt(q))) {
      q++;
    }
    return q;
  }
}
