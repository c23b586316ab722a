package dev.tarjama.eval;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The BLEU tokenizers of sacreBLEU 2.6.0 that need no external tool.
 *
 * <p>Each returns a string whose Python-whitespace-separated words are BLEU's tokens. Stateless and
 * thread-safe.
 */
public enum BleuTokenizer {
  /**
   * mteval-v13a.pl, the WMT standard and sacreBLEU's default: removes {@code <skipped>}, joins
   * hyphenated line breaks, unescapes {@code &quot; &amp; &lt; &gt;}, splits off ASCII punctuation
   * and symbols, splits {@code .} and {@code ,} except between digits, and a {@code -} after a
   * digit.
   */
  THIRTEEN_A("13a"),
  /**
   * mteval-v14.pl "international": splits off Unicode punctuation ({@code \p{P}}) unless it sits
   * between digits on both sides, and every symbol ({@code \p{S}}).
   */
  INTL("intl"),
  /** Every code point is a token (for languages written without spaces). */
  CHAR("char"),
  /** No tokenization: the words are the input's whitespace-separated words. */
  NONE("none");

  private static final Pattern ASCII_PUNCTUATION = Pattern.compile("([{-~\\[-` -&(-+:-@/])");
  private static final Pattern PERIOD_COMMA_AFTER_NON_DIGIT = Pattern.compile("([^0-9])([.,])");
  private static final Pattern PERIOD_COMMA_BEFORE_NON_DIGIT = Pattern.compile("([.,])([^0-9])");
  private static final Pattern DASH_AFTER_DIGIT = Pattern.compile("([0-9])(-)");
  private static final Pattern PUNCTUATION_AFTER_NON_NUMBER = Pattern.compile("(\\P{N})(\\p{P})");
  private static final Pattern PUNCTUATION_BEFORE_NON_NUMBER = Pattern.compile("(\\p{P})(\\P{N})");
  private static final Pattern SYMBOL = Pattern.compile("(\\p{S})");

  private final String signatureName;

  BleuTokenizer(String signatureName) {
    this.signatureName = signatureName;
  }

  /** The name in the signature and on sacreBLEU's command line: {@code 13a}, {@code intl}, ... */
  public String signatureName() {
    return signatureName;
  }

  /**
   * Finds a tokenizer by its sacreBLEU name.
   *
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static BleuTokenizer fromName(String name) {
    for (BleuTokenizer tokenizer : values()) {
      if (tokenizer.signatureName.equals(name)) {
        return tokenizer;
      }
    }
    throw new IllegalArgumentException(
        "unknown BLEU tokenizer '" + name + "', expected one of "
            + Arrays.stream(values()).map(BleuTokenizer::signatureName).toList());
  }

  /**
   * Tokenizes one line.
   *
   * @param line one segment, already right-stripped by the caller as sacreBLEU does
   * @return the tokens separated by whitespace
   */
  public String tokenize(String line) {
    return switch (this) {
      case THIRTEEN_A -> thirteenA(line);
      case INTL -> intl(line);
      case CHAR -> characters(line);
      case NONE -> line;
    };
  }

  private static String thirteenA(String line) {
    String s = line.replace("<skipped>", "").replace("-\n", "").replace("\n", " ");
    if (s.indexOf('&') >= 0) {
      s = s.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }
    s = " " + s + " ";
    s = ASCII_PUNCTUATION.matcher(s).replaceAll(" $1 ");
    s = PERIOD_COMMA_AFTER_NON_DIGIT.matcher(s).replaceAll("$1 $2 ");
    s = PERIOD_COMMA_BEFORE_NON_DIGIT.matcher(s).replaceAll(" $1 $2");
    s = DASH_AFTER_DIGIT.matcher(s).replaceAll("$1 $2 ");
    return PythonText.collapseSpaces(s);
  }

  private static String intl(String line) {
    String s = PUNCTUATION_AFTER_NON_NUMBER.matcher(line).replaceAll("$1 $2 ");
    s = PUNCTUATION_BEFORE_NON_NUMBER.matcher(s).replaceAll(" $1 $2");
    s = SYMBOL.matcher(s).replaceAll(" $1 ");
    return PythonText.collapseSpaces(s);
  }

  private static String characters(String line) {
    StringBuilder out = new StringBuilder(line.length() * 2);
    line.codePoints()
        .forEach(
            c -> {
              if (out.length() > 0) {
                out.append(' ');
              }
              out.appendCodePoint(c);
            });
    return out.toString();
  }
}
