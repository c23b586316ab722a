package dev.tarjama.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopKTest {

  private static int[] indices(TopK topK) {
    return IntStream.range(0, topK.count()).map(topK::index).toArray();
  }

  @Test
  void selectsLargestSortedWithLowerIndexFirstOnTies() {
    float[] scores = {1f, 5f, 3f, 5f, Float.NEGATIVE_INFINITY, 4f, 3f};
    TopK topK = new TopK(4);
    topK.offer(scores, 0, scores.length, 0f, 0);
    assertArrayEquals(new int[] {1, 3, 5, 2}, indices(topK));
    assertEquals(5f, topK.value(0));
    assertEquals(3f, topK.value(3));
  }

  @Test
  void addsTheOffsetAndNumbersFromTheIndexBase() {
    float[] scores = {0f, 0f, -1f, -2f, -0.5f};
    TopK topK = new TopK(2);
    topK.offer(scores, 2, 3, -10f, 100);
    // Index base + position within the offered range: -0.5 is at position 2, -1 at 0.
    assertArrayEquals(new int[] {102, 100}, indices(topK));
    assertEquals(-10.5f, topK.value(0));
  }

  @Test
  void keepsMinusInfinityWhenFewerValuesAreFinite() {
    float[] scores = {Float.NEGATIVE_INFINITY, 2f, Float.NEGATIVE_INFINITY};
    TopK topK = new TopK(3);
    topK.offer(scores, 0, 3, 0f, 0);
    assertArrayEquals(new int[] {1, 0, 2}, indices(topK));
  }

  @Test
  void matchesAFullSortOnRandomScores() {
    Random random = new Random(7);
    float[] scores = new float[5000];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = (float) random.nextGaussian();
    }
    TopK topK = new TopK(10);
    topK.clear();
    topK.offer(scores, 0, 2500, 0f, 0);
    topK.offer(scores, 2500, 2500, 0f, 2500);
    Integer[] order = new Integer[scores.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> -scores[i]));
    assertArrayEquals(
        Arrays.stream(order).limit(10).mapToInt(Integer::intValue).toArray(), indices(topK));
  }
}
