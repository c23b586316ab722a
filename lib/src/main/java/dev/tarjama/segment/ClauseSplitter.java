package dev.tarjama.segment;

import static dev.tarjama.segment.ArabicChars.isBlank;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Splits a sentence that is too long for the model into clause-sized pieces. A piece is split at
 * the candidate nearest its middle from the first level that has one:
 *
 * <ol>
 *   <li>after a semicolon ({@code ؛} or {@code ;});
 *   <li>after a comma ({@code ،} or {@code ,});
 *   <li>before the conjunction waw written on a clause opener ("وقال", "وقد", "وال…"; see {@code
 *       clause-openers.txt});
 *   <li>at any whitespace;
 *   <li>between two code points, for a single run of text longer than the limit.
 * </ol>
 *
 * <p>Pieces are split again until each fits, so no piece exceeds the limit unless one code point
 * alone does. Pieces never start or end with blanks; the blanks between them are left out.
 */
final class ClauseSplitter {
  private final String text;
  private final int maxTokens;
  private final ToIntFunction<String> tokenCounter;

  private ClauseSplitter(String text, int maxTokens, ToIntFunction<String> tokenCounter) {
    this.text = text;
    this.maxTokens = maxTokens;
    this.tokenCounter = tokenCounter;
  }

  static List<Span> split(
      String text, Span sentence, int maxTokens, ToIntFunction<String> tokenCounter) {
    var splitter = new ClauseSplitter(text, maxTokens, tokenCounter);
    List<Span> pieces = new ArrayList<>();
    Span trimmed = splitter.trim(sentence.start(), sentence.end());
    // An explicit stack instead of recursion: a long run of tiny clauses must not overflow.
    Deque<Span> pending = new ArrayDeque<>();
    if (trimmed.length() > 0) {
      pending.push(trimmed);
    }
    while (!pending.isEmpty()) {
      Span piece = pending.pop();
      Span[] halves = splitter.halve(piece);
      if (halves.length == 1) {
        pieces.add(piece);
      } else {
        pending.push(halves[1]);
        pending.push(halves[0]);
      }
    }
    return List.copyOf(pieces);
  }

  /** The piece itself when it fits or cannot be cut, else its two halves. */
  private Span[] halve(Span piece) {
    if (fits(piece.start(), piece.end())) {
      return new Span[] {piece};
    }
    int cut = clauseCut(piece);
    if (cut < 0) {
      cut = codePointCut(piece);
    }
    Span left = trim(piece.start(), cut);
    Span right = trim(cut, piece.end());
    if (left.length() == 0 || right.length() == 0) {
      return new Span[] {piece};
    }
    return new Span[] {left, right};
  }

  private boolean fits(int start, int end) {
    return tokenCounter.applyAsInt(text.substring(start, end)) <= maxTokens;
  }

  /** The best clause boundary inside the piece, or -1 when it has no whitespace at all. */
  private int clauseCut(Span piece) {
    int middle = (piece.start() + piece.end()) / 2;
    int[] best = {-1, -1, -1, -1};
    for (int i = piece.start() + 1; i < piece.end() - 1; i++) {
      int level = levelAt(i);
      if (level >= 0 && (best[level] < 0 || Math.abs(i - middle) < Math.abs(best[level] - middle))) {
        best[level] = i;
      }
    }
    for (int cut : best) {
      if (cut >= 0) {
        return cut;
      }
    }
    return -1;
  }

  /** The level of a cut before index {@code i}: 0 semicolon, 1 comma, 2 waw, 3 space, else -1. */
  private int levelAt(int i) {
    char before = text.charAt(i - 1);
    if (!isBlank(text.charAt(i))) {
      return -1;
    }
    if (before == ArabicChars.ARABIC_SEMICOLON || before == ';') {
      return 0;
    }
    if (before == ArabicChars.ARABIC_COMMA || before == ',') {
      return 1;
    }
    if (isBlank(before)) {
      return -1;
    }
    return opensWithConjunction(i + 1) ? 2 : 3;
  }

  /** Whether the word at {@code p} is waw written on a clause opener or on the article. */
  private boolean opensWithConjunction(int p) {
    if (p >= text.length() - 1 || text.charAt(p) != ArabicChars.WAW) {
      return false;
    }
    int end = p + 1;
    while (end < text.length() && end - p <= 12 && !isBlank(text.charAt(end))) {
      end++;
    }
    String rest = WordTables.normalize(text.substring(p + 1, end));
    return WordTables.CLAUSE_OPENERS.contains(rest)
        || (rest.length() >= 4 && rest.charAt(0) == ArabicChars.ALEF && rest.charAt(1) == ArabicChars.LAM);
  }

  /** Largest prefix, ending on a code point boundary, that still fits; at least one code point. */
  private int codePointCut(Span piece) {
    int low = 1;
    int high = text.codePointCount(piece.start(), piece.end()) - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (fits(piece.start(), text.offsetByCodePoints(piece.start(), middle))) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return text.offsetByCodePoints(piece.start(), low);
  }

  private Span trim(int start, int end) {
    int s = start;
    int e = end;
    while (s < e && isBlank(text.charAt(s))) {
      s++;
    }
    while (e > s && isBlank(text.charAt(e - 1))) {
      e--;
    }
    return new Span(s, e);
  }
}
