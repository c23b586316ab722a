package dev.tarjama.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class NoRepeatNGramTest {

  private static final float INF = Float.NEGATIVE_INFINITY;

  private static float[] process(int size, int[] history, int vocab) {
    float[] scores = new float[vocab];
    new NoRepeatNGram(size).process(history, history.length, scores, 0);
    return scores;
  }

  @Test
  void bigramBansTokensThatFollowedTheLastToken() {
    // History 5 1 2 1: bigrams (5,1) (1,2) (2,1); the last token 1 was followed by 2.
    assertArrayEquals(new float[] {0, 0, INF, 0, 0, 0}, process(2, new int[] {5, 1, 2, 1}, 6));
  }

  @Test
  void trigramMatchesTheLastTwoTokens() {
    // 5 1 2 3 1 2: (1,2) was followed by 3; (2,3), (3,1) do not match the last two tokens.
    assertArrayEquals(
        new float[] {0, 0, 0, INF, 0, 0}, process(3, new int[] {5, 1, 2, 3, 1, 2}, 6));
  }

  @Test
  void startTokenCountsAsPartOfTheRow() {
    // 5 1 5: the bigram (5,1) exists, so after 5 the token 1 is banned.
    assertArrayEquals(new float[] {0, INF, 0, 0, 0, 0}, process(2, new int[] {5, 1, 5}, 6));
  }

  @Test
  void nothingIsBannedWhileTheRowIsShorterThanSizeMinusOne() {
    assertArrayEquals(new float[] {0, 0, 0, 0, 0, 0}, process(4, new int[] {5, 1}, 6));
    assertArrayEquals(new float[] {0, 0, 0, 0, 0, 0}, process(4, new int[] {5, 1, 2}, 6));
  }

  @Test
  void unigramBansEveryTokenOfTheRow() {
    assertArrayEquals(new float[] {0, INF, 0, INF, 0, INF}, process(1, new int[] {5, 1, 3}, 6));
  }

  @Test
  void onlyTheRowAtTheOffsetChanges() {
    float[] scores = new float[6];
    new NoRepeatNGram(2).process(new int[] {2, 2, 9}, 2, scores, 3);
    assertArrayEquals(new float[] {0, 0, 0, 0, 0, INF}, scores);
  }
}
