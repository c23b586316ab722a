package dev.tarjama.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LengthPenaltyTest {

  @ParameterizedTest
  @CsvSource({
    // sum, length, penalty, expected = sum / length^penalty
    "-6.0, 3, 1.0, -2.0",
    "-6.0, 3, 0.0, -6.0",
    "-6.0, 3, 2.0, -0.6666666666666666",
    "-6.0, 4, 0.5, -3.0",
    "-6.0, 2, -1.0, -12.0",
    "-1.5, 1, 1.0, -1.5",
  })
  void dividesSumByLengthToThePenalty(double sum, int length, double penalty, double expected) {
    assertEquals(expected, LengthPenalty.normalize(sum, length, penalty), 1e-12);
  }
}
