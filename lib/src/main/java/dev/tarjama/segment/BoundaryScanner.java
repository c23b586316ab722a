package dev.tarjama.segment;

import static dev.tarjama.segment.ArabicChars.isArabicLetter;
import static dev.tarjama.segment.ArabicChars.isBlank;
import static dev.tarjama.segment.ArabicChars.isCloser;
import static dev.tarjama.segment.ArabicChars.isContinuation;
import static dev.tarjama.segment.ArabicChars.isFormat;
import static dev.tarjama.segment.ArabicChars.isLineBreak;
import static dev.tarjama.segment.ArabicChars.isSpace;
import static dev.tarjama.segment.ArabicChars.isTerminal;

import java.util.ArrayList;
import java.util.List;

/**
 * One left-to-right pass over a text that finds sentence spans; the rules themselves are listed
 * in {@link ArabicSegmenter}. Each char is visited a bounded number of times, so the pass is
 * linear in the input: runs of terminal punctuation are consumed once, and look-behind for the
 * word before a full stop stops after {@link FullStopRule#MAX_WORD} chars.
 *
 * <p>Holds the state of one call; create one per text and do not share it.
 */
final class BoundaryScanner {
  /** Char classes for the first {@value #TABLE_SIZE} chars (Latin and Arabic), for speed. */
  private static final int TABLE_SIZE = 0x0800;

  private static final byte PLAIN = 0;
  private static final byte SPACE = 1;
  private static final byte OTHER = 2;
  private static final byte[] CLASSES = new byte[TABLE_SIZE];

  static {
    for (char c = 0; c < TABLE_SIZE; c++) {
      boolean special = isLineBreak(c) || isFormat(c) || isTerminal(c)
          || c == ':' || c == '@' || c == '"';
      CLASSES[c] = special ? OTHER : isSpace(c) ? SPACE : PLAIN;
    }
  }

  private final String text;
  private final int length;
  private final LineBreaks lineBreaks;
  private final List<Span> sentences = new ArrayList<>();
  private int sentenceStart = -1;
  private int contentEnd;
  private boolean quoteOpen;
  private int tokenStart = -1;
  private boolean tokenIsUrl;

  BoundaryScanner(String text, LineBreaks lineBreaks) {
    this.text = text;
    this.length = text.length();
    this.lineBreaks = lineBreaks;
  }

  /** Sentence spans in text order; empty when the text has no visible content. */
  List<Span> scan() {
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (c < TABLE_SIZE && CLASSES[c] != OTHER) {
        i = skipPlain(i);
      } else if (isLineBreak(c) && !endsParagraph(i)) {
        tokenStart = -1;
        i++;
      } else if (isLineBreak(c)) {
        closeSentence(contentEnd);
        quoteOpen = false;
        tokenStart = -1;
        i++;
      } else if (isSpace(c)) {
        tokenStart = -1;
        i++;
      } else if (isFormat(c)) {
        i++;
      } else {
        i = visitContent(i, c);
      }
    }
    closeSentence(contentEnd);
    return sentences;
  }

  private boolean startsWithWww(int i) {
    char c = text.charAt(i);
    return (c == 'w' || c == 'W') && text.regionMatches(true, i, "www.", 0, 4);
  }

  /**
   * Consumes a run of ordinary chars (letters, digits, most punctuation) and the spaces between
   * them, within one line: the hot loop, kept on locals.
   */
  private int skipPlain(int i) {
    int first = -1;
    int last = -1;
    int token = tokenStart;
    boolean url = tokenIsUrl;
    int j = i;
    while (j < length) {
      char c = text.charAt(j);
      if (c >= TABLE_SIZE) {
        break;
      }
      byte kind = CLASSES[c];
      if (kind == PLAIN) {
        if (token < 0) {
          token = j;
          url = (c == 'w' || c == 'W') && text.regionMatches(true, j, "www.", 0, 4);
        }
        if (first < 0) {
          first = j;
        }
        last = j;
      } else if (kind == SPACE) {
        token = -1;
      } else {
        break;
      }
      j++;
    }
    tokenStart = token;
    tokenIsUrl = url;
    if (first >= 0) {
      if (sentenceStart < 0) {
        sentenceStart = first;
      }
      contentEnd = last + 1;
    }
    return j;
  }

  /**
   * Whether the line break at {@code i} ends a paragraph: always with {@link LineBreaks#PARAGRAPHS};
   * with {@link LineBreaks#WRAPPED} only U+2029 or a break followed, across blanks, by another
   * (the look-ahead covers blanks the main loop visits anyway, so the pass stays linear).
   */
  private boolean endsParagraph(int i) {
    char c = text.charAt(i);
    if (lineBreaks == LineBreaks.PARAGRAPHS || c == ArabicChars.PARAGRAPH_SEPARATOR) {
      return true;
    }
    int j = c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
    while (j < length && isBlank(text.charAt(j)) && !isLineBreak(text.charAt(j))) {
      j++;
    }
    return j < length && isLineBreak(text.charAt(j));
  }

  /** Handles one visible char and returns the index to continue from. */
  private int visitContent(int i, char c) {
    if (sentenceStart < 0) {
      sentenceStart = i;
    }
    if (tokenStart < 0) {
      tokenStart = i;
      tokenIsUrl = startsWithWww(i);
    }
    if ((c == ':' && text.startsWith("//", i + 1)) || (c == '@' && i > tokenStart)) {
      tokenIsUrl = true;
    }
    if (c == '"') {
      quoteOpen = !quoteOpen;
    }
    if (!isTerminal(c)) {
      contentEnd = i + 1;
      return i + 1;
    }
    int runEnd = extendRun(i);
    contentEnd = runEnd;
    if (isBoundary(i, runEnd)) {
      closeSentence(runEnd);
    }
    return runEnd;
  }

  /**
   * The end of the punctuation run starting at a terminal: further terminals ("؟!", "..."),
   * closing quotes and brackets, footnote references, and format chars between them.
   */
  private int extendRun(int i) {
    int end = i + 1;
    int j = end;
    while (j < length) {
      char c = text.charAt(j);
      if (isTerminal(c) || isCloser(c)) {
        end = ++j;
      } else if (c == '"' && (quoteOpen || closesByPosition(j + 1))) {
        quoteOpen = false;
        end = ++j;
      } else if (c == '(' && footnoteEnd(j) > j) {
        end = j = footnoteEnd(j);
      } else if (isFormat(c)) {
        j++;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * Whether a straight quote right after a terminal, followed at {@code after} by a blank, more
   * punctuation or the end of the text, closes a quotation. News text often has unbalanced quotes,
   * so position decides where parity cannot.
   */
  private boolean closesByPosition(int after) {
    if (after >= length) {
      return true;
    }
    char c = text.charAt(after);
    return isBlank(c) || isTerminal(c) || isCloser(c) || isContinuation(c);
  }

  private boolean isBoundary(int runStart, int runEnd) {
    if (runStart > 0 && text.charAt(runStart - 1) == '(' && text.charAt(runEnd - 1) == ')') {
      // "(!)", "(؟)", "(...)": an aside or an omission mark inside the sentence.
      return false;
    }
    int next = runEnd;
    boolean spaced = false;
    while (next < length && isBlank(text.charAt(next))) {
      char c = text.charAt(next);
      if (isLineBreak(c) && endsParagraph(next)) {
        return true;
      }
      spaced |= isSpace(c);
      next++;
    }
    if (next >= length) {
      return true;
    }
    Punctuation kind = Punctuation.of(text, runStart, runEnd);
    char following = text.charAt(next);
    if (!spaced) {
      return isDirectBoundary(kind, runStart, runEnd, following);
    }
    if (isContinuation(following) || Character.isLowerCase(following)) {
      return false;
    }
    return switch (kind) {
      case STRONG -> true;
      // Measured: 10 of 12 ellipses followed by text continue the sentence in NTREX, FLORES,
      // TICO, UN and Tatoeba, 23 of 25 in PADT; only a paragraph break after one ends it.
      case ELLIPSIS -> false;
      case FULL_STOP -> FullStopRule.ends(text, runStart, runEnd, sentenceStart, following);
    };
  }

  /** Terminal punctuation directly followed by a visible char, as in "3.5" or "الحماقة.وقال". */
  private boolean isDirectBoundary(Punctuation kind, int runStart, int runEnd, char following) {
    if (tokenIsUrl) {
      return false;
    }
    boolean opensText = isArabicLetter(following) || isOpener(following);
    return switch (kind) {
      case STRONG -> opensText;
      case ELLIPSIS -> false;
      case FULL_STOP -> opensText
          && (runEnd > runStart + 1 || FullStopRule.endsUnspaced(text, runStart));
    };
  }

  /**
   * The end of a footnote reference "()" or "(12)" written directly after a sentence end, which
   * belongs to that sentence (UN documents); {@code open} itself when there is none.
   */
  private int footnoteEnd(int open) {
    int p = open + 1;
    while (p < length && p - open <= 4 && ArabicChars.isDigit(text.charAt(p))) {
      p++;
    }
    return p < length && text.charAt(p) == ')' ? p + 1 : open;
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == ArabicChars.LEFT_GUILLEMET || c == ArabicChars.LEFT_DOUBLE_QUOTE
        || c == '(' || c == '[';
  }

  private void closeSentence(int end) {
    if (sentenceStart >= 0 && end > sentenceStart) {
      sentences.add(new Span(sentenceStart, end));
    }
    sentenceStart = -1;
  }

  /** The kind of a run of terminal punctuation. */
  enum Punctuation {
    /** Contains ! ? ؟ or ۔: always a candidate boundary. */
    STRONG,
    /** An ellipsis char or three or more full stops, without a strong mark. */
    ELLIPSIS,
    /** One or two full stops. */
    FULL_STOP;

    static Punctuation of(String text, int start, int end) {
      int dots = 0;
      boolean ellipsis = false;
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (c == '.') {
          dots++;
        } else if (c == ArabicChars.HORIZONTAL_ELLIPSIS) {
          ellipsis = true;
        } else if (isTerminal(c)) {
          return STRONG;
        }
      }
      return ellipsis || dots >= 3 ? ELLIPSIS : FULL_STOP;
    }
  }
}
