package dev.tarjama.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number formatting exactly as Python prints it, so printed scores match sacreBLEU digit for
 * digit.
 *
 * <p>Python rounds the exact binary value of a double half-to-even ({@code f'{x:.1f}'}), while
 * {@link String#format} may round a shortened decimal; {@code repr(x)} is the shortest string that
 * reads back to {@code x}, in fixed notation for exponents -4..15. Stateless and thread-safe.
 */
public final class Formats {

  private Formats() {}

  /**
   * Python's {@code f'{value:.{decimals}f}'}.
   *
   * @param value a finite double
   * @param decimals digits after the point, >= 0
   * @return e.g. {@code "51.1"} for 51.13577 with 1 decimal; {@code "-0.0"} keeps its sign
   */
  public static String fixed(double value, int decimals) {
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals must be >= 0, got " + decimals);
    }
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    String digits =
        new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).abs().toPlainString();
    boolean negative = value < 0 || (value == 0 && 1 / value < 0);
    return negative ? "-" + digits : digits;
  }

  /**
   * Python's {@code repr(value)}: the shortest decimal that reads back to the same double.
   *
   * @param value any double
   * @return e.g. {@code "60.6"}, {@code "100.0"}, {@code "1e-05"}, {@code "1.5e+16"}
   */
  public static String repr(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return 1 / value < 0 ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(value);
    BigDecimal shortest = exact;
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (candidate.doubleValue() == value) {
        shortest = candidate;
        break;
      }
    }
    return pythonStyle(shortest.stripTrailingZeros());
  }

  private static String pythonStyle(BigDecimal decimal) {
    String sign = decimal.signum() < 0 ? "-" : "";
    String digits = decimal.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - decimal.scale();
    if (exponent < -4 || exponent >= 16) {
      String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      String e = String.format("%02d", Math.abs(exponent));
      return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + e;
    }
    String plain = decimal.abs().toPlainString();
    return sign + (plain.contains(".") ? plain : plain + ".0");
  }
}
