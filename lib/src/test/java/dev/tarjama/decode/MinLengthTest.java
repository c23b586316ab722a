package dev.tarjama.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class MinLengthTest {

  private static final float INF = Float.NEGATIVE_INFINITY;

  @Test
  void bansEosWhileTheRowIncludingStartTokenIsShorter() {
    MinLength minLength = new MinLength(3, 1);
    float[] scores = {0, 0, 0};
    minLength.process(new int[] {2, 0}, 2, scores, 0);
    assertArrayEquals(new float[] {0, INF, 0}, scores);
    float[] atMinimum = {0, 0, 0};
    minLength.process(new int[] {2, 0, 0}, 3, atMinimum, 0);
    assertArrayEquals(new float[] {0, 0, 0}, atMinimum);
  }
}
