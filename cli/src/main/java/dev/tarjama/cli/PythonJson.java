package dev.tarjama.cli;

import dev.tarjama.eval.Formats;

/**
 * The pieces of Python's {@code json.dumps(..., ensure_ascii=False)} that sacreBLEU's output uses:
 * string escaping and float literals. Stateless and thread-safe.
 */
final class PythonJson {

  private PythonJson() {}

  /**
   * A JSON string literal as Python writes it: only quotes, backslash and controls escaped. One
   * difference: a lone surrogate, which Python would write raw (and then fail to encode as UTF-8),
   * is escaped (backslash, u, four hex digits), so that the output is always valid UTF-8.
   */
  static String string(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c) && !isPaired(value, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static boolean isPaired(String value, int i) {
    char c = value.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
  }

  /** A float as {@code json.dumps} writes it ({@code repr}); NaN and infinities as Python does. */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    return Formats.repr(value);
  }
}
