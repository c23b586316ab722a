package dev.tarjama.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ForcedEosTest {

  private static final float INF = Float.NEGATIVE_INFINITY;

  @Test
  void oneShortOfMaxLengthOnlyEosRemainsWithScoreZero() {
    ForcedEos forced = new ForcedEos(4, 0, 3);
    float[] scores = {7f, -1f, 2f, 5f, 3f, 1f};
    forced.process(new int[] {2, 1, 1}, 3, scores, 3);
    assertArrayEquals(new float[] {7f, -1f, 2f, 0f, INF, INF}, scores);
  }

  @Test
  void otherLengthsAreLeftAlone() {
    ForcedEos forced = new ForcedEos(4, 0, 3);
    float[] scores = {5f, 3f, 1f};
    forced.process(new int[] {2, 1}, 2, scores, 0);
    assertArrayEquals(new float[] {5f, 3f, 1f}, scores);
  }
}
