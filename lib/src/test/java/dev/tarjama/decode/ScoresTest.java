package dev.tarjama.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScoresTest {

  @Test
  void logSoftmaxOfLogProbabilitiesIsTheirLogarithm() {
    float[] scores = {9f, (float) Math.log(.2), (float) Math.log(.5), (float) Math.log(.3)};
    Scores.logSoftmax(scores, 1, 3);
    assertEquals(9f, scores[0]);
    assertEquals(Math.log(.2), scores[1], 1e-6);
    assertEquals(Math.log(.5), scores[2], 1e-6);
    assertEquals(Math.log(.3), scores[3], 1e-6);
  }

  @Test
  void logSoftmaxKeepsMinusInfinityAndNormalisesTheRest() {
    float[] scores = {1f, Float.NEGATIVE_INFINITY, 1f};
    Scores.logSoftmax(scores, 0, 3);
    assertEquals(Math.log(.5), scores[0], 1e-6);
    assertEquals(Float.NEGATIVE_INFINITY, scores[1]);
  }

  @Test
  void entriesFarBelowTheMaximumStillGetTheirLogProbability() {
    float[] scores = {5f, 5f - 70f, 5f - 10f, Float.NEGATIVE_INFINITY};
    double logSum = Math.log1p(Math.exp(-70) + Math.exp(-10));
    Scores.logSoftmax(scores, 0, 4);
    assertEquals(-logSum, scores[0], 1e-9);
    assertEquals(-70 - logSum, scores[1], 1e-5);
    assertEquals(-10 - logSum, scores[2], 1e-6);
    assertEquals(Float.NEGATIVE_INFINITY, scores[3]);
  }

  @Test
  void logSoftmaxAtLeavesTheRowUnchanged() {
    float[] scores = {0f, 2f, 1f};
    double expected = 2 - Math.log(1 + Math.exp(2) + Math.exp(1));
    assertEquals(expected, Scores.logSoftmaxAt(scores, 0, 3, 1), 1e-9);
    assertEquals(2f, scores[1]);
  }

  @Test
  void argmaxTakesTheFirstOfEqualMaxima() {
    float[] scores = {7f, 1f, 3f, 3f, 0f};
    assertEquals(1, Scores.argmax(scores, 1, 4));
    assertEquals(0, Scores.argmax(new float[] {-1f, -1f}, 0, 2));
  }
}
