package dev.tarjama.align;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats numbers as fast_align prints them: C++ {@code ostream} defaults, that is printf
 * {@code %g} with 6 significant digits ({@code -2.97068e+06}, {@code 0.08}, {@code 1e+09}).
 *
 * <p>Stateless and thread-safe.
 */
public final class FastAlignFormat {

  private static final int PRECISION = 6;
  private static final MathContext SIGNIFICANT = new MathContext(PRECISION, RoundingMode.HALF_EVEN);

  private FastAlignFormat() {}

  /**
   * Formats {@code value} like {@code printf("%g", value)} in glibc: the exact binary value rounded
   * half-even to 6 significant digits; fixed notation when the decimal exponent X of the rounded
   * value satisfies {@code -4 <= X < 6}, else {@code d.ddddde±XX}; trailing zeros removed.
   */
  public static String number(double value) {
    if (Double.isNaN(value)) {
      return (Double.doubleToRawLongBits(value) < 0) ? "-nan" : "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return (1 / value < 0) ? "-0" : "0";
    }
    BigDecimal rounded = new BigDecimal(value).round(SIGNIFICANT);
    int exponent = rounded.precision() - rounded.scale() - 1;
    BigDecimal stripped = rounded.stripTrailingZeros();
    if (exponent >= -4 && exponent < PRECISION) {
      return stripped.toPlainString();
    }
    String digits = stripped.unscaledValue().abs().toString();
    StringBuilder result = new StringBuilder();
    if (value < 0) {
      result.append('-');
    }
    result.append(digits.charAt(0));
    if (digits.length() > 1) {
      result.append('.').append(digits, 1, digits.length());
    }
    result.append('e').append(exponent < 0 ? '-' : '+');
    int magnitude = Math.abs(exponent);
    if (magnitude < 10) {
      result.append('0');
    }
    return result.append(magnitude).toString();
  }
}
