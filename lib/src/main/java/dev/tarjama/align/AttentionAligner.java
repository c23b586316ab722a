package dev.tarjama.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Word alignment from a translation model's cross-attention over sub-word pieces.
 *
 * <p>The piece matrix is pooled into a word matrix ({@link WordAttention}): {@code W[j][i]} is the
 * mean, over the pieces of target word {@code j}, of the attention that goes to the pieces of
 * source word {@code i} (summed, averaged or maxed, {@link AttentionExtraction#pooling}). The
 * target side links each target word to its argmax source word; the source side links each source
 * word to the target word with the largest {@code W[j][i]}; {@link AttentionExtraction#rule} keeps
 * one side, combines both, or thresholds the posteriors of both ({@link
 * AttentionExtraction.Rule#AGREEMENT}). Each link's weight is {@code W[j][i]}. JDK only: the caller
 * runs the model. Stateless and thread-safe.
 */
public final class AttentionAligner {
  private AttentionAligner() {}

  /**
   * Aligns a pair from its attention with {@link AttentionExtraction#DEFAULTS}.
   *
   * @see #align(String, List, String, List, float[][], boolean, AttentionExtraction)
   */
  public static Alignment align(
      String source,
      List<String> sourcePieces,
      String target,
      List<String> targetPieces,
      float[][] attention,
      boolean shifted) {
    return align(
        source,
        sourcePieces,
        target,
        targetPieces,
        attention,
        shifted,
        AttentionExtraction.DEFAULTS);
  }

  /**
   * Aligns a pair from its attention, without a lexical table.
   *
   * @see #align(String, List, String, List, float[][], boolean, AttentionExtraction, LexicalTable)
   */
  public static Alignment align(
      String source,
      List<String> sourcePieces,
      String target,
      List<String> targetPieces,
      float[][] attention,
      boolean shifted,
      AttentionExtraction extraction) {
    return align(source, sourcePieces, target, targetPieces, attention, shifted, extraction, null);
  }

  /**
   * Aligns a pair from its attention.
   *
   * @param source the source text
   * @param sourcePieces its pieces, without end-of-sentence
   * @param target the target text
   * @param targetPieces its pieces, without end-of-sentence
   * @param attention {@code [targetPieces + 1][sourcePieces + 1]}: row {@code t} is the decoder
   *     position that predicts target piece {@code t} (the last row predicts end-of-sentence), the
   *     last column is the source end-of-sentence
   * @param shifted read row {@code t + 1} for piece {@code t} (see {@link AttentionHead#shifted})
   * @param extraction how pieces are merged and which word pairs are linked
   * @param lexicalTable the word translation probabilities of {@link
   *     AttentionExtraction#lexicalPrior}, or null for none
   * @throws IllegalArgumentException if the matrix has fewer rows than target pieces + 1
   */
  public static Alignment align(
      String source,
      List<String> sourcePieces,
      String target,
      List<String> targetPieces,
      float[][] attention,
      boolean shifted,
      AttentionExtraction extraction,
      LexicalTable lexicalTable) {
    Objects.requireNonNull(attention, "attention");
    Objects.requireNonNull(extraction, "extraction");
    List<Word> sourceWords = WordTokenizer.tokenize(source);
    List<Word> targetWords = WordTokenizer.tokenize(target);
    if (sourceWords.isEmpty() || targetWords.isEmpty()) {
      return new Alignment(source, target, sourceWords, targetWords, List.of());
    }
    if (attention.length < targetPieces.size() + 1) {
      throw new IllegalArgumentException(
          "attention has " + attention.length + " rows for " + targetPieces.size() + " pieces");
    }
    WordAttention words =
        WordAttention.pool(
            attention,
            PieceWords.map(source, sourceWords, sourcePieces),
            sourceWords.size(),
            PieceWords.map(target, targetWords, targetPieces),
            targetWords.size(),
            shifted,
            extraction.pooling());
    boolean[] targetPunctuation = punctuation(targetWords);
    if (extraction.punctuationApart()) {
      words.keepPunctuationApart(punctuation(sourceWords), targetPunctuation);
    }
    if (extraction.lexicalPrior() && lexicalTable != null) {
      words.applyLexicalPrior(
          lexicalTable, sourceWords, targetWords, AttentionExtraction.LEXICAL_FLOOR);
    }
    if (extraction.diagonalPrior()) {
      words.applyDiagonalPrior(AttentionExtraction.DIAGONAL_TENSION);
    }
    if (extraction.articleTakesNextWord()) {
      words.moveArticles(targetWords, targetPunctuation);
    }
    WordAlignment linked = extraction.rule().links(words, extraction.eosIsNull());
    List<AlignmentLink> links = new ArrayList<>();
    for (WordLink link : linked.links()) {
      float weight = words.weight(link.targetWord(), link.sourceWord());
      links.add(new AlignmentLink(link.sourceWord(), link.targetWord(), weight));
    }
    return new Alignment(source, target, sourceWords, targetWords, links);
  }

  /** Whether each word is punctuation: all its chars are punctuation or symbols (P*, S*). */
  private static boolean[] punctuation(List<Word> words) {
    boolean[] result = new boolean[words.size()];
    for (int w = 0; w < words.size(); w++) {
      result[w] = words.get(w).text().codePoints().allMatch(WordTokenizer::isPunctuation);
    }
    return result;
  }
}
