package dev.tarjama;

import dev.tarjama.segment.ArabicSegmenter;
import dev.tarjama.segment.Sentence;
import dev.tarjama.segment.Span;
import dev.tarjama.tokenize.MarianTokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into what the model translates: sentences, and clauses of sentences longer than the
 * model accepts, each with its cleaned token ids. Thread-safe.
 */
final class SourceSplitter {

  /**
   * A stretch of the input to translate in one search; ids end with end-of-sentence. A piece
   * without an Arabic letter has no ids and its {@code copy} ({@link NonArabicText}) instead;
   * {@code copy} is null for a piece to translate.
   */
  record Piece(int start, int end, int[] ids, String copy) {
    Piece(int start, int end, int[] ids) {
      this(start, end, ids, null);
    }
  }

  /** A source sentence and the pieces it is translated in. */
  record SentencePieces(int start, int end, List<Piece> pieces) {}

  private final ArabicSegmenter segmenter = ArabicSegmenter.INSTANCE;
  private final MarianTokenizer tokenizer;
  private final int maxSourceTokens;
  private final boolean copyNonArabic;

  SourceSplitter(MarianTokenizer tokenizer, int maxSourceTokens, boolean copyNonArabic) {
    this.tokenizer = tokenizer;
    this.maxSourceTokens = maxSourceTokens;
    this.copyNonArabic = copyNonArabic;
  }

  List<SentencePieces> split(String text) {
    List<SentencePieces> out = new ArrayList<>();
    for (Sentence sentence : segmenter.segment(text)) {
      String clean = TextCleaner.clean(sentence.text());
      if (TextCleaner.isBlank(clean)) {
        continue;
      }
      if (copyNonArabic && NonArabicText.hasNoArabicLetter(clean)) {
        Piece copied =
            new Piece(sentence.start(), sentence.end(), new int[0], NonArabicText.copy(clean));
        out.add(new SentencePieces(sentence.start(), sentence.end(), List.of(copied)));
        continue;
      }
      int[] ids = tokenizer.encode(clean);
      List<Piece> pieces = new ArrayList<>();
      if (ids.length <= maxSourceTokens) {
        pieces.add(new Piece(sentence.start(), sentence.end(), ids));
      } else {
        pieces.addAll(
            pieces(
                text,
                segmenter.splitClauses(text, sentence.span(), maxSourceTokens, this::countTokens)));
      }
      out.add(new SentencePieces(sentence.start(), sentence.end(), pieces));
    }
    return out;
  }

  /**
   * The piece cut in two, for a piece whose translation reached the output length limit: where the
   * clause splitter cuts it ({@link ArabicSegmenter#splitClauses}: a semicolon, else a comma, else
   * a clause-opening waw, else a space, each the nearest its middle), or, when that leaves a part
   * under {@code minTokens} tokens, at the space nearest its middle. The piece alone when it has
   * fewer than {@code 2 * minTokens} tokens or no cut leaves {@code minTokens} on both sides.
   */
  List<Piece> halve(String text, Piece piece, int minTokens) {
    if (piece.copy() != null || piece.ids().length < 2 * minTokens) {
      return List.of(piece);
    }
    Span span = new Span(piece.start(), piece.end());
    List<Span> clauses =
        segmenter.splitClauses(text, span, piece.ids().length - 1, this::countTokens);
    List<Piece> parts = pieces(text, clauses);
    if (parts.size() < 2 || shortest(parts) < minTokens) {
      parts = pieces(text, cutAtMiddleSpace(text, span));
    }
    return parts.size() < 2 || shortest(parts) < minTokens ? List.of(piece) : parts;
  }

  private List<Piece> pieces(String text, List<Span> spans) {
    List<Piece> out = new ArrayList<>(spans.size());
    for (Span s : spans) {
      out.add(new Piece(s.start(), s.end(), fit(tokenizer.encode(clean(text, s)))));
    }
    return out;
  }

  private static int shortest(List<Piece> pieces) {
    return pieces.stream().mapToInt(p -> p.ids().length).min().orElse(0);
  }

  /** The span cut at the whitespace nearest its middle, blanks left out; itself if it has none. */
  private static List<Span> cutAtMiddleSpace(String text, Span span) {
    int middle = (span.start() + span.end()) / 2;
    int best = -1;
    for (int i = span.start() + 1; i < span.end() - 1; i++) {
      if (Character.isWhitespace(text.charAt(i))
          && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
        best = i;
      }
    }
    if (best < 0) {
      return List.of(span);
    }
    int leftEnd = best;
    while (leftEnd > span.start() && Character.isWhitespace(text.charAt(leftEnd - 1))) {
      leftEnd--;
    }
    int rightStart = best;
    while (rightStart < span.end() && Character.isWhitespace(text.charAt(rightStart))) {
      rightStart++;
    }
    if (leftEnd == span.start() || rightStart == span.end()) {
      return List.of(span);
    }
    return List.of(new Span(span.start(), leftEnd), new Span(rightStart, span.end()));
  }

  private static String clean(String text, Span span) {
    return TextCleaner.clean(span.text(text));
  }

  private int countTokens(String text) {
    return tokenizer.encode(TextCleaner.clean(text)).length;
  }

  /**
   * The clause splitter cuts down to single code points, so only a code point that alone makes more
   * pieces than the model's positions could exceed the limit; keep its first pieces and the
   * end-of-sentence rather than fail.
   */
  private int[] fit(int[] ids) {
    if (ids.length <= maxSourceTokens) {
      return ids;
    }
    int[] cut = java.util.Arrays.copyOf(ids, maxSourceTokens);
    cut[maxSourceTokens - 1] = ids[ids.length - 1];
    return cut;
  }
}
