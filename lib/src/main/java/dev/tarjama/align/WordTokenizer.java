package dev.tarjama.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into the words that alignments link, the same way on both sides and for the gold
 * set. Rules, in order:
 *
 * <ol>
 *   <li>Whitespace separates words and belongs to none.
 *   <li>A punctuation or symbol char (Unicode categories P* and S*, e.g. {@code . , ! ? " ( ) ،
 *       ؛ ؟ « » %}) is a word of its own,
 *   <li>except {@code ' ’ . , - / :} between two letters or digits, which stays inside the word:
 *       {@code don't}, {@code 3.5}, {@code 1,000}, {@code well-known}, {@code 10:30}.
 * </ol>
 *
 * <p>A run of format chars alone (Unicode Cf, e.g. the right-to-left mark U+200F) is not a word.
 *
 * <p>Nothing is normalised and no clitic is split: Arabic {@code وبالكتاب} is one word, and its
 * links to "and", "with" and "the book" are all links of that word.
 */
public final class WordTokenizer {
  private static final String JOINERS = "'\u2019.,-/:\u066B\u066C";

  private WordTokenizer() {}

  /** The words of a text, in order; empty for an empty or blank text. */
  public static List<Word> tokenize(String text) {
    List<Word> words = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        start = flush(text, start, i, words);
      } else if (isPunctuation(c) && !joins(text, i, c, next)) {
        start = flush(text, start, i, words);
        words.add(new Word(i, next, text.substring(i, next)));
      } else if (start < 0) {
        start = i;
      }
      i = next;
    }
    flush(text, start, text.length(), words);
    return words;
  }

  /** The words' texts. */
  public static List<String> texts(String text) {
    return tokenize(text).stream().map(Word::text).toList();
  }

  private static int flush(String text, int start, int end, List<Word> words) {
    if (start >= 0 && end > start && !onlyFormatChars(text, start, end)) {
      words.add(new Word(start, end, text.substring(start, end)));
    }
    return -1;
  }

  /** Direction marks and other format chars (Cf) alone are not a word. */
  private static boolean onlyFormatChars(String text, int start, int end) {
    return text.substring(start, end)
        .chars()
        .allMatch(c -> Character.getType(c) == Character.FORMAT);
  }

  private static boolean joins(String text, int at, int c, int next) {
    if (JOINERS.indexOf(c) < 0 || at == 0 || next >= text.length()) {
      return false;
    }
    return Character.isLetterOrDigit(text.codePointBefore(at))
        && Character.isLetterOrDigit(text.codePointAt(next));
  }

  static boolean isPunctuation(int c) {
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL -> true;
      default -> false;
    };
  }
}
