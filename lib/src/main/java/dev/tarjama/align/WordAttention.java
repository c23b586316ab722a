package dev.tarjama.align;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece-level attention matrix pooled into words, with the end-of-sentence attention kept apart
 * as NULL. Built once per pair by {@link AttentionAligner}; not shared.
 */
final class WordAttention {
  /** {@code [targetWord][sourceWord]}; rows of target words without pieces stay empty. */
  private final float[][] words;

  /** What the argmaxes compare: {@link #words}, or a copy times a prior. */
  private float[][] scores;

  /** Per target word: mean attention of its pieces to the source end-of-sentence. */
  private final float[] targetNull;

  /** Per source word: pooled attention from the row no target piece reads (end-of-sentence). */
  private final float[] sourceNull;

  private final boolean[] hasPieces;

  private WordAttention(float[][] words, float[] targetNull, float[] sourceNull, boolean[] has) {
    this.words = words;
    this.scores = words;
    this.targetNull = targetNull;
    this.sourceNull = sourceNull;
    this.hasPieces = has;
  }

  /**
   * Pools the rows of the target pieces (row {@code t}, or {@code t + 1} when shifted) into word
   * rows. The NULL row is the one no piece reads: the last (predicting end-of-sentence), or the
   * first when shifted.
   */
  static WordAttention pool(
      float[][] attention,
      int[] sourceWordOf,
      int sourceWords,
      int[] targetWordOf,
      int targetWords,
      boolean shifted,
      AttentionExtraction.Pooling pooling) {
    int eosColumn = sourceWordOf.length;
    int[] piecesOfSource = new int[sourceWords];
    for (int word : sourceWordOf) {
      if (word >= 0) {
        piecesOfSource[word]++;
      }
    }
    float[][] words = new float[targetWords][sourceWords];
    float[] targetNull = new float[targetWords];
    int[] piecesOfTarget = new int[targetWords];
    for (int t = 0; t < targetWordOf.length; t++) {
      int j = targetWordOf[t];
      if (j < 0) {
        continue;
      }
      float[] row = attention[shifted ? t + 1 : t];
      float[] pooled = poolRow(row, sourceWordOf, piecesOfSource, pooling);
      for (int i = 0; i < sourceWords; i++) {
        words[j][i] += pooled[i];
      }
      targetNull[j] += eosColumn < row.length ? row[eosColumn] : 0f;
      piecesOfTarget[j]++;
    }
    boolean[] has = new boolean[targetWords];
    for (int j = 0; j < targetWords; j++) {
      has[j] = piecesOfTarget[j] > 0;
      for (int i = 0; i < sourceWords && has[j]; i++) {
        words[j][i] /= piecesOfTarget[j];
      }
      targetNull[j] = has[j] ? targetNull[j] / piecesOfTarget[j] : 0f;
    }
    int nullRow = shifted ? 0 : targetWordOf.length;
    float[] sourceNull = poolRow(attention[nullRow], sourceWordOf, piecesOfSource, pooling);
    return new WordAttention(words, targetNull, sourceNull, has);
  }

  private static float[] poolRow(
      float[] row, int[] sourceWordOf, int[] piecesOfSource, AttentionExtraction.Pooling pooling) {
    float[] pooled = new float[piecesOfSource.length];
    for (int s = 0; s < sourceWordOf.length && s < row.length; s++) {
      int i = sourceWordOf[s];
      if (i >= 0) {
        pooled[i] =
            pooling == AttentionExtraction.Pooling.MAX
                ? Math.max(pooled[i], row[s])
                : pooled[i] + row[s];
      }
    }
    if (pooling == AttentionExtraction.Pooling.MEAN) {
      for (int i = 0; i < pooled.length; i++) {
        pooled[i] = piecesOfSource[i] == 0 ? 0f : pooled[i] / piecesOfSource[i];
      }
    }
    return pooled;
  }

  /**
   * Zeroes the scores of pairs of a punctuation word and another word, so that neither side links
   * them (a word whose scores are all zero gets no link).
   */
  void keepPunctuationApart(boolean[] sourcePunctuation, boolean[] targetPunctuation) {
    float[][] masked = new float[scores.length][];
    for (int j = 0; j < scores.length; j++) {
      masked[j] = scores[j].clone();
      for (int i = 0; i < masked[j].length; i++) {
        if (sourcePunctuation[i] != targetPunctuation[j]) {
          masked[j][i] = 0f;
        }
      }
    }
    scores = masked;
  }

  /**
   * Multiplies each score by {@code t(target | source) + t(source | target) + floor} from the
   * table, before the diagonal prior; {@link #weight} still returns the attention.
   */
  void applyLexicalPrior(
      LexicalTable table, List<Word> sourceWords, List<Word> targetWords, double floor) {
    int[] sourceIds = sourceWords.stream().mapToInt(w -> table.sourceId(w.text())).toArray();
    float[][] weighted = new float[scores.length][];
    for (int j = 0; j < scores.length; j++) {
      weighted[j] = scores[j].clone();
      int target = table.targetId(targetWords.get(j).text());
      for (int i = 0; i < weighted[j].length; i++) {
        weighted[j][i] *= (float) (table.bothWays(sourceIds[i], target) + floor);
      }
    }
    scores = weighted;
  }

  /**
   * Multiplies each target word's row by fast_align's diagonal prior and renormalises it, so the
   * argmaxes compare posteriors; {@link #weight} still returns the attention.
   */
  void applyDiagonalPrior(double tension) {
    int targets = scores.length;
    float[][] prior = new float[targets][];
    for (int j = 0; j < targets; j++) {
      int sources = scores[j].length;
      prior[j] = new float[sources];
      double sum = 0;
      for (int i = 0; i < sources; i++) {
        sum +=
            prior[j][i] =
                (float)
                    (scores[j][i]
                        * DiagonalPrior.unnormalizedProb(j + 1, i + 1, targets, sources, tension));
      }
      for (int i = 0; i < sources && sum > 0; i++) {
        prior[j][i] /= (float) sum;
      }
    }
    scores = prior;
  }

  /**
   * Gives each article ({@link AttentionExtraction#isArticle}) the scores of the target word after
   * it, when that word has pieces and is not punctuation; from the end, so "the the X" reads X
   * twice. {@link #weight} still returns the article's own attention.
   */
  void moveArticles(List<Word> targetWords, boolean[] targetPunctuation) {
    float[][] moved = scores.clone();
    for (int j = moved.length - 2; j >= 0; j--) {
      if (hasPieces[j]
          && hasPieces[j + 1]
          && !targetPunctuation[j + 1]
          && AttentionExtraction.isArticle(targetWords.get(j).text())) {
        moved[j] = moved[j + 1].clone();
      }
    }
    scores = moved;
  }

  /**
   * The pairs whose posteriors agree ({@link AttentionExtraction.Rule#AGREEMENT}): {@code P(i | j)}
   * is each target word's scores normalised over the source words, {@code P(j | i)} those
   * posteriors normalised over the target words; {@code (i, j)} is linked when {@code P(i | j) ·
   * P(j | i) >= threshold²}. Links in source, then target order.
   */
  WordAlignment agreement(double threshold) {
    int sources = sourceNull.length;
    double[][] posterior = new double[scores.length][sources];
    double[] column = new double[sources];
    for (int j = 0; j < scores.length; j++) {
      if (!hasPieces[j]) {
        continue;
      }
      double sum = 0;
      for (int i = 0; i < sources; i++) {
        sum += scores[j][i];
      }
      for (int i = 0; i < sources && sum > 0; i++) {
        posterior[j][i] = scores[j][i] / sum;
        column[i] += posterior[j][i];
      }
    }
    List<WordLink> links = new ArrayList<>();
    for (int i = 0; i < sources; i++) {
      for (int j = 0; j < scores.length; j++) {
        double p = posterior[j][i];
        if (p > 0 && p * (p / column[i]) >= threshold * threshold) {
          links.add(new WordLink(i, j));
        }
      }
    }
    return new WordAlignment(links);
  }

  /**
   * Each target word with pieces linked to its argmax source word (none if NULL wins or every score
   * is zero).
   */
  WordAlignment targetSide(boolean eosIsNull) {
    List<WordLink> links = new ArrayList<>();
    for (int j = 0; j < words.length; j++) {
      if (!hasPieces[j]) {
        continue;
      }
      int best = 0;
      for (int i = 1; i < words[j].length; i++) {
        if (scores[j][i] > scores[j][best]) {
          best = i;
        }
      }
      if (scores[j][best] > 0f && !(eosIsNull && targetNull[j] > words[j][best])) {
        links.add(new WordLink(best, j));
      }
    }
    return new WordAlignment(links);
  }

  /** Each source word linked to the target word that attends to it most (none if NULL wins). */
  WordAlignment sourceSide(boolean eosIsNull) {
    List<WordLink> links = new ArrayList<>();
    for (int i = 0; i < sourceNull.length; i++) {
      int best = -1;
      for (int j = 0; j < words.length; j++) {
        if (hasPieces[j] && (best < 0 || scores[j][i] > scores[best][i])) {
          best = j;
        }
      }
      if (best >= 0 && scores[best][i] > 0f && !(eosIsNull && sourceNull[i] > words[best][i])) {
        links.add(new WordLink(i, best));
      }
    }
    return new WordAlignment(links);
  }

  /** {@code W[j][i]} clamped to [0, 1]. */
  float weight(int targetWord, int sourceWord) {
    return Math.min(1f, Math.max(0f, words[targetWord][sourceWord]));
  }
}
