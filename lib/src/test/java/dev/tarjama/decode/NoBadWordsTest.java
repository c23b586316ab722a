package dev.tarjama.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoBadWordsTest {

  private static final float INF = Float.NEGATIVE_INFINITY;
  private static final int EOS = 0;

  private static float[] process(List<List<Integer>> badWords, int[] history) {
    float[] scores = new float[6];
    new NoBadWords(badWords, EOS, 6).process(history, history.length, scores, 0);
    return scores;
  }

  @Test
  void singleTokenIsAlwaysBanned() {
    assertArrayEquals(
        new float[] {0, 0, 0, 0, 0, INF}, process(List.of(List.of(5)), new int[] {5}));
  }

  @Test
  void longerSequenceBansItsLastTokenAfterItsPrefix() {
    List<List<Integer>> badWords = List.of(List.of(1, 2, 3));
    assertArrayEquals(new float[] {0, 0, 0, INF, 0, 0}, process(badWords, new int[] {5, 1, 2}));
    assertArrayEquals(new float[] {0, 0, 0, 0, 0, 0}, process(badWords, new int[] {5, 2, 1}));
  }

  @Test
  void sequenceLongerThanTheRowIsSkipped() {
    // Prefix (5) would match the start token, but the sequence (5, 4) needs a row of length 2.
    assertArrayEquals(
        new float[] {0, 0, 0, 0, 0, 0}, process(List.of(List.of(5, 4)), new int[] {5}));
    assertArrayEquals(
        new float[] {0, 0, 0, 0, INF, 0}, process(List.of(List.of(5, 4)), new int[] {1, 5}));
  }

  @Test
  void eosAloneIsIgnoredButEosInASequenceIsNot() {
    assertArrayEquals(
        new float[] {0, 0, 0, 0, 0, 0}, process(List.of(List.of(EOS)), new int[] {5, 1}));
    assertArrayEquals(
        new float[] {INF, 0, 0, 0, 0, 0}, process(List.of(List.of(1, EOS)), new int[] {5, 1}));
  }

  @Test
  void idOutsideTheVocabularyIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new NoBadWords(List.of(List.of(6)), EOS, 6));
  }
}
