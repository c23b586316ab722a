package dev.tarjama.segment;

import static dev.tarjama.segment.ArabicChars.isArabicLetter;
import static dev.tarjama.segment.ArabicChars.isArabicMark;
import static dev.tarjama.segment.ArabicChars.isDigit;
import static dev.tarjama.segment.ArabicChars.isLatinLetter;
import static dev.tarjama.segment.ArabicChars.isSpace;
import static dev.tarjama.segment.ArabicChars.isWordChar;

import dev.tarjama.segment.WordTables.AbbreviationKind;

/**
 * Decides whether a full stop ends its sentence from the word before it: abbreviations, initials,
 * era markers, list numbers. Look-behind is bounded by {@link #MAX_WORD} chars.
 */
final class FullStopRule {
  /** Longest word looked at before a full stop; longer words are never abbreviations. */
  static final int MAX_WORD = 32;

  private FullStopRule() {}

  /**
   * Whether the full stop at {@code dot}, in a punctuation run ending at {@code runEnd} and
   * followed by whitespace and then {@code following} on the same line, ends the sentence that
   * began at {@code sentenceStart}.
   *
   * <p>Initials ("ف.", "U.S.", "أ.ف.ب."): Arabic initials never end a sentence, except as an era
   * or unit marker after a number; Latin initials end one unless Latin text follows ("J. K.
   * Rowling").
   */
  static boolean ends(String text, int dot, int runEnd, int sentenceStart, char following) {
    int wordStart = wordStart(text, dot);
    if (wordStart == dot) {
      return true;
    }
    String word = text.substring(wordStart, dot);
    // An abbreviation or initial closed by a bracket, "(U.S.)", sits inside a parenthesis.
    boolean bracketed = text.charAt(runEnd - 1) == ')' || text.charAt(runEnd - 1) == ']';
    boolean latinOrDigitFollows = ArabicChars.isLatinOrDigit(following);
    AbbreviationKind kind = WordTables.ABBREVIATIONS.get(word);
    if (kind == AbbreviationKind.MAY_END) {
      return !bracketed && !latinOrDigitFollows;
    }
    boolean initials = isAllInitials(word);
    if (initials && isArabicLetter(word.charAt(0))) {
      // Era and unit markers follow a number ("عام 1950 م."); a page or volume number follows
      // its abbreviation ("ص. 45").
      return followsNumber(text, wordStart) && !bracketed && !latinOrDigitFollows;
    }
    if (kind == AbbreviationKind.TITLE) {
      return false;
    }
    WordTables.LetterName letter = WordTables.LETTER_NAMES.get(word);
    if (letter != null) {
      // "سي إن إن." ends a spelled acronym; "جون إف." is a name initial.
      return WordTables.LETTER_NAMES.containsKey(previousWord(text, wordStart))
          || letter == WordTables.LetterName.ACRONYM;
    }
    if (initials) {
      return !bracketed && !isLatinLetter(following);
    }
    if (isListMarker(word) && opensSentence(text, sentenceStart, wordStart)) {
      return false;
    }
    return true;
  }

  /** Whether a full stop directly followed by an Arabic letter or an opening quote ends a sentence. */
  static boolean endsUnspaced(String text, int dot) {
    int wordStart = wordStart(text, dot);
    String word = text.substring(wordStart, dot);
    if (word.indexOf('.') >= 0 || WordTables.ABBREVIATIONS.containsKey(word)) {
      return false;
    }
    int letters = 0;
    boolean digitsOnly = !word.isEmpty();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (isArabicLetter(c) && c != ArabicChars.TATWEEL) {
        letters++;
      }
      digitsOnly &= isDigit(c);
    }
    return letters >= 2 && letters == countLetters(word) || digitsOnly;
  }

  /** Whether every part of the word between its full stops is one letter ("U.S", "أ.ف.ب", "J"). */
  private static boolean isAllInitials(String word) {
    int partStart = 0;
    for (int dot = word.indexOf('.'); ; dot = word.indexOf('.', partStart)) {
      int partEnd = dot < 0 ? word.length() : dot;
      if (partEnd - partStart > 3 || countLetters(word, partStart, partEnd) != 1) {
        return false;
      }
      if (dot < 0) {
        return true;
      }
      partStart = dot + 1;
    }
  }

  private static int countLetters(String word) {
    return countLetters(word, 0, word.length());
  }

  private static int countLetters(String word, int start, int end) {
    int letters = 0;
    for (int i = start; i < end; i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c) && c != ArabicChars.TATWEEL) {
        letters++;
      }
    }
    return letters;
  }

  /** A number of up to three digits or a Roman numeral: "1." "١٢." "IV." as list numbering. */
  private static boolean isListMarker(String word) {
    if (word.length() > 4) {
      return false;
    }
    boolean digits = true;
    boolean roman = true;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      digits &= isDigit(c);
      roman &= "IVXivx".indexOf(c) >= 0;
    }
    return (digits && word.length() <= 3) || roman;
  }

  /** Whether only blanks and opening brackets stand between the sentence start and the word. */
  private static boolean opensSentence(String text, int sentenceStart, int wordStart) {
    for (int i = Math.max(sentenceStart, wordStart - MAX_WORD); i < wordStart; i++) {
      char c = text.charAt(i);
      if (!(ArabicChars.isBlank(c) || c == '(' || c == '[' || c == '-')) {
        return false;
      }
    }
    return wordStart - sentenceStart <= MAX_WORD;
  }

  /** The word before {@code wordStart} across spaces, without punctuation; empty if none. */
  private static String previousWord(String text, int wordStart) {
    int end = wordStart;
    int limit = Math.max(0, wordStart - MAX_WORD);
    while (end > limit && isSpace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > limit && isWordChar(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end);
  }

  /** Whether the word before {@code wordStart}, across spaces, is a number. */
  private static boolean followsNumber(String text, int wordStart) {
    int i = wordStart;
    int limit = Math.max(0, wordStart - MAX_WORD);
    while (i > limit && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i > 0 && isDigit(text.charAt(i - 1));
  }

  /**
   * Start of the word ending just before {@code dot}: letters, digits, marks and tatweel, with
   * single inner full stops ("U.S", "أ.ف.ب"), at most {@link #MAX_WORD} chars back.
   */
  static int wordStart(String text, int dot) {
    int limit = Math.max(0, dot - MAX_WORD);
    int i = dot;
    while (i > limit) {
      char c = text.charAt(i - 1);
      if (isWordChar(c) || isArabicMark(c)) {
        i--;
      } else if (c == '.' && i - 1 > limit && isWordChar(text.charAt(i - 2)) && i < dot) {
        i--;
      } else {
        break;
      }
    }
    return i;
  }
}
