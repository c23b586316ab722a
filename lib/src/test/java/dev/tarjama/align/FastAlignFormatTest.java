package dev.tarjama.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected strings were printed by glibc's {@code printf("%g", value)} (Debian 12). */
class FastAlignFormatTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "-2970680.4 | -2.97068e+06",
        "0.08 | 0.08",
        "1e9 | 1e+09",
        "-0.206857123 | -0.206857",
        "123456.5 | 123456",
        "999999.5 | 1e+06",
        "0.0001 | 0.0001",
        "0.00001234567 | 1.23457e-05",
        "-1409.1812 | -1409.18",
        "4.0 | 4",
        "3.79825 | 3.79825",
        "1e-300 | 1e-300",
        "100000 | 100000",
        "1234567 | 1.23457e+06",
        "2.5e-5 | 2.5e-05",
        "0.000123456789 | 0.000123457",
        "0.3333333333333333 | 0.333333",
        "999999.49999 | 999999"
      })
  void formatsLikePrintfG(double value, String expected) {
    assertEquals(expected, FastAlignFormat.number(value));
  }

  @Test
  void specialValues() {
    assertEquals("-0", FastAlignFormat.number(-0.0));
    assertEquals("0", FastAlignFormat.number(0.0));
    assertEquals("inf", FastAlignFormat.number(Double.POSITIVE_INFINITY));
    assertEquals("-inf", FastAlignFormat.number(Double.NEGATIVE_INFINITY));
    assertEquals("nan", FastAlignFormat.number(Double.NaN));
  }
}
