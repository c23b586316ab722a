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
        for (Span clause :
            segmenter.splitClauses(text, sentence.span(), maxSourceTokens, this::countTokens)) {
          pieces.add(
              new Piece(clause.start(), clause.end(), fit(tokenizer.encode(clean(text, clause)))));
        }
      }
      out.add(new SentencePieces(sentence.start(), sentence.end(), pieces));
    }
    return out;
  }

  /**
   * The piece cut in two at the clause (else word) boundary nearest its middle, for a piece whose
   * translation reached the output length limit; the piece alone when it has fewer than {@code
   * 2 * minTokens} tokens or no place to cut.
   */
  List<Piece> halve(String text, Piece piece, int minTokens) {
    if (piece.copy() != null || piece.ids().length < 2 * minTokens) {
      return List.of(piece);
    }
    List<Span> halves =
        segmenter.splitClauses(
            text, new Span(piece.start(), piece.end()), piece.ids().length - 1, this::countTokens);
    if (halves.size() < 2) {
      return List.of(piece);
    }
    List<Piece> out = new ArrayList<>(halves.size());
    for (Span half : halves) {
      out.add(new Piece(half.start(), half.end(), fit(tokenizer.encode(clean(text, half)))));
    }
    return out;
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
