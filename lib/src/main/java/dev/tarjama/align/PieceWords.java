package dev.tarjama.align;

import java.util.List;

/**
 * Maps SentencePiece pieces to the {@link WordTokenizer} words of the text they came from, so
 * sub-word pieces are merged into words.
 *
 * <p>Each piece, without its word-boundary mark U+2581, covers the next chars of the text that are
 * not whitespace; the piece belongs to the word holding its first such char. A piece of only the
 * boundary mark belongs to the word of the next char. If SentencePiece's normalisation changed the
 * text's length, positions are scaled to the text's length, so the mapping stays monotonic.
 */
final class PieceWords {
  private static final String BOUNDARY = "\u2581";

  private PieceWords() {}

  /** Word position of each piece; -1 for a piece that covers no word (e.g. a stray mark). */
  static int[] map(String text, List<Word> words, List<String> pieces) {
    int[] wordOfChar = new int[text.length()];
    java.util.Arrays.fill(wordOfChar, -1);
    for (int w = 0; w < words.size(); w++) {
      for (int c = words.get(w).start(); c < words.get(w).end(); c++) {
        wordOfChar[c] = w;
      }
    }
    int[] visible = new int[text.length()];
    int count = 0;
    for (int c = 0; c < text.length(); c++) {
      if (!Character.isWhitespace(text.charAt(c)) && !Character.isSpaceChar(text.charAt(c))) {
        visible[count++] = c;
      }
    }
    int covered = 0;
    for (String piece : pieces) {
      covered += piece.replace(BOUNDARY, "").length();
    }
    double scale = covered == 0 || covered == count ? 1.0 : (double) count / covered;
    int[] result = new int[pieces.size()];
    int position = 0;
    for (int p = 0; p < pieces.size(); p++) {
      int at = (int) Math.floor(position * scale);
      result[p] = at < count ? nearestWord(wordOfChar, visible[at]) : -1;
      position += pieces.get(p).replace(BOUNDARY, "").length();
    }
    return result;
  }

  /** The word at a char, or the next word after it (format chars belong to no word). */
  private static int nearestWord(int[] wordOfChar, int at) {
    for (int c = at; c < wordOfChar.length; c++) {
      if (wordOfChar[c] >= 0) {
        return wordOfChar[c];
      }
    }
    for (int c = at; c >= 0; c--) {
      if (wordOfChar[c] >= 0) {
        return wordOfChar[c];
      }
    }
    return -1;
  }
}
