package dev.tarjama.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Python's own output (CPython 3.11) for f'{x:.Nf}' and repr(x), the strings sacreBLEU prints. */
class FormatsTest {

  @ParameterizedTest
  @CsvSource({
    "0.125, 2, 0.12",
    "2.675, 2, 2.67",
    "-0.04, 1, -0.0",
    "0.05, 1, 0.1",
    "0.15, 1, 0.1",
    "0.25, 1, 0.2",
    "100.00000000000004, 1, 100.0",
    "51.13577094797824, 15, 51.135770947978237",
    "0.0, 0, 0",
  })
  void fixedRoundsTheExactBinaryValueHalfToEven(double value, int decimals, String python) {
    assertEquals(python, Formats.fixed(value, decimals));
  }

  @ParameterizedTest
  @CsvSource({
    "1e-05, 1e-05",
    "1e16, 1e+16",
    "60.6, 60.6",
    "0.30000000000000004, 0.30000000000000004",
    "100.0, 100.0",
    "123456789012345.6, 123456789012345.6",
    "0.00015, 0.00015",
    "0.0001, 0.0001",
    "12345678901234567.0, 1.2345678901234568e+16",
    "-2.5, -2.5",
  })
  void reprIsTheShortestRoundTripInPythonNotation(double value, String python) {
    assertEquals(python, Formats.repr(value));
  }

  @org.junit.jupiter.api.Test
  void negativeDecimalsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Formats.fixed(1.0, -1));
  }
}
