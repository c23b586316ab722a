package dev.tarjama.eval;

import java.util.Arrays;

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
    return PythonText.collapseSpaces(mtevalRules(" " + s + " "));
  }

  /**
   * The four substitutions of mteval-v13a.pl, in order, as sacreBLEU's {@code TokenizerRegexp}
   * writes them: {@code ([{-~[-` -&(-+:-@/])} -> " $1 ", {@code ([^0-9])([.,])} -> "$1 $2 ",
   * {@code ([.,])([^0-9])} -> " $1 $2", {@code ([0-9])(-)} -> "$1 $2 ". Shared with Tercom's
   * normalizer, which applies the same rules around its possessive rule.
   */
  static String mtevalRules(String s) {
    String out = CharRules.spaceAround(s, CharRules::isWesternPunctuation);
    return mtevalNumberRules(out);
  }

  /** The last three rules of {@link #mtevalRules}: periods, commas and dashes near digits. */
  static String mtevalNumberRules(String s) {
    String out =
        CharRules.pair(s, c -> !CharRules.isDigit(c), CharRules::isPeriodOrComma, "", " ", " ");
    out = CharRules.pair(out, CharRules::isPeriodOrComma, c -> !CharRules.isDigit(c), " ", " ", "");
    return CharRules.pair(out, CharRules::isDigit, c -> c == '-', "", " ", " ");
  }

  private static String intl(String line) {
    // mteval-v14: (\P{N})(\p{P}) -> "$1 $2 ", (\p{P})(\P{N}) -> " $1 $2", (\p{S}) -> " $1 ".
    String s =
        CharRules.pair(
            line, c -> !CharRules.isNumber(c), CharRules::isPunctuation, "", " ", " ");
    s = CharRules.pair(s, CharRules::isPunctuation, c -> !CharRules.isNumber(c), " ", " ", "");
    s = CharRules.spaceAround(s, CharRules::isSymbol);
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
