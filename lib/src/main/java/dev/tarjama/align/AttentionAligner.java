package dev.tarjama.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Word alignment from a translation model's cross-attention over sub-word pieces.
 *
 * <p>The piece matrix is pooled into a word matrix: {@code W[j][i]} is the mean, over the pieces of
 * target word {@code j}, of the attention that goes to the pieces of source word {@code i}
 * (end-of-sentence columns and rows are dropped). Each target word is linked to the source word
 * with the largest {@code W[j][i]}, with that value as the weight. Every target word thus gets
 * exactly one link; a source word may get none or several. JDK only: the caller runs the model.
 */
public final class AttentionAligner {
  private AttentionAligner() {}

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
   */
  public static Alignment align(
      String source,
      List<String> sourcePieces,
      String target,
      List<String> targetPieces,
      float[][] attention,
      boolean shifted) {
    Objects.requireNonNull(attention, "attention");
    List<Word> sourceWords = WordTokenizer.tokenize(source);
    List<Word> targetWords = WordTokenizer.tokenize(target);
    if (sourceWords.isEmpty() || targetWords.isEmpty()) {
      return new Alignment(source, target, sourceWords, targetWords, List.of());
    }
    int[] sourceWordOf = PieceWords.map(source, sourceWords, sourcePieces);
    int[] targetWordOf = PieceWords.map(target, targetWords, targetPieces);
    if (attention.length < targetPieces.size() + 1) {
      throw new IllegalArgumentException(
          "attention has " + attention.length + " rows for " + targetPieces.size() + " pieces");
    }
    float[][] sums = new float[targetWords.size()][sourceWords.size()];
    int[] piecesOfTarget = new int[targetWords.size()];
    for (int t = 0; t < targetPieces.size(); t++) {
      int j = targetWordOf[t];
      if (j < 0) {
        continue;
      }
      float[] row = attention[shifted ? t + 1 : t];
      piecesOfTarget[j]++;
      for (int s = 0; s < sourcePieces.size() && s < row.length; s++) {
        if (sourceWordOf[s] >= 0) {
          sums[j][sourceWordOf[s]] += row[s];
        }
      }
    }
    List<AlignmentLink> links = new ArrayList<>();
    for (int j = 0; j < targetWords.size(); j++) {
      if (piecesOfTarget[j] == 0) {
        continue;
      }
      int best = 0;
      for (int i = 1; i < sourceWords.size(); i++) {
        if (sums[j][i] > sums[j][best]) {
          best = i;
        }
      }
      float weight = Math.min(1f, Math.max(0f, sums[j][best] / piecesOfTarget[j]));
      links.add(new AlignmentLink(best, j, weight));
    }
    return new Alignment(source, target, sourceWords, targetWords, links);
  }
}
