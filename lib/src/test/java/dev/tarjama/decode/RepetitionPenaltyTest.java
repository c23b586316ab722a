package dev.tarjama.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class RepetitionPenaltyTest {

  @Test
  void dividesPositiveAndMultipliesNegativeScoresOfSeenTokensOnce() {
    RepetitionPenalty penalty = new RepetitionPenalty(2.0, 5);
    float[] scores = {9f, 4f, -3f, 1f, 0f, 6f};
    // Row at offset 1; token 1 appears twice but is penalised once; token 3 is unseen.
    penalty.process(new int[] {4, 1, 2, 1, 99}, 4, scores, 1);
    assertArrayEquals(new float[] {9f, 4f, -6f, 0.5f, 0f, 3f}, scores, 0f);
  }

  @Test
  void penaltyBelowOneRewardsSeenTokens() {
    RepetitionPenalty penalty = new RepetitionPenalty(0.5, 3);
    float[] scores = {2f, -2f, 1f};
    penalty.process(new int[] {0, 1}, 2, scores, 0);
    assertArrayEquals(new float[] {4f, -1f, 1f}, scores, 0f);
  }

  @Test
  void eachRowIsPenalisedAfresh() {
    RepetitionPenalty penalty = new RepetitionPenalty(2.0, 2);
    float[] scores = {4f, 4f, 4f, 4f};
    penalty.process(new int[] {0}, 1, scores, 0);
    penalty.process(new int[] {0}, 1, scores, 2);
    assertArrayEquals(new float[] {2f, 4f, 2f, 4f}, scores, 0f);
  }
}
