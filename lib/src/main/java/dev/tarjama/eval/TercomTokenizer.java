package dev.tarjama.eval;

import java.util.regex.Pattern;

/**
 * Tercom's normalizer (src/ter/core/Normalizer.java in github.com/jhclark/tercom) as sacreBLEU
 * 2.6.0 re-implements it. Stateless and thread-safe.
 */
final class TercomTokenizer {

  /** Python's {@code $}: the end, or just before a final newline. */
  private static final String END = "(?=\\n?\\z)";

  private static final Pattern POSSESSIVE_AT_END = Pattern.compile("'s" + END);
  private static final Pattern PUNCTUATION = Pattern.compile("[.,?:;!\"()]");

  // CJK blocks, from unicode-table.com as sacreBLEU cites them.
  private static final Pattern CJK_IDEOGRAPHS = Pattern.compile("([\\u4e00-\\u9fff\\u3400-\\u4dbf])");
  private static final Pattern CJK_STROKES = Pattern.compile("([\\u31c0-\\u31ef\\u2e80-\\u2eff])");
  private static final Pattern CJK_COMPATIBILITY =
      Pattern.compile("([\\u3300-\\u33ff\\uf900-\\ufaff\\ufe30-\\ufe4f])");
  private static final Pattern CJK_ENCLOSED = Pattern.compile("([\\u3200-\\u3f22])");
  private static final Pattern HIRAGANA = kana("\\u3040-\\u309f");
  private static final Pattern KATAKANA = kana("\\u30a0-\\u30ff");
  private static final Pattern KATAKANA_EXTENSIONS = kana("\\u31f0-\\u31ff");
  private static final Pattern ASIAN_PUNCTUATION =
      Pattern.compile("([\\u3001\\u3002\\u3008-\\u3011\\u3014-\\u301f\\uff61-\\uff65\\u30fb])");
  private static final Pattern FULL_WIDTH_PUNCTUATION =
      Pattern.compile("([\\uff0e\\uff0c\\uff1f\\uff1a\\uff1b\\uff01\\uff02\\uff08\\uff09])");

  private final TerOptions options;

  TercomTokenizer(TerOptions options) {
    this.options = options;
  }

  /** sacreBLEU's pattern for a kana run, with its {@code ^} inside the groups kept as written. */
  private static Pattern kana(String range) {
    return Pattern.compile("(^|^[" + range + "])([" + range + "]+)(?=\\n?\\z|^[" + range + "])");
  }

  /** Tercom's signature name, as sacreBLEU 2.6.0 prints it in {@code tok:}. */
  static String signatureName() {
    return "tercom";
  }

  String tokenize(String sentence) {
    if (sentence.isEmpty()) {
      return "";
    }
    String s = options.caseSensitive() ? sentence : PythonText.lower(sentence);
    if (options.normalized()) {
      s = normalizeWestern(s);
      if (options.asianSupport()) {
        s = normalizeAsian(s);
      }
    }
    if (options.noPunct()) {
      s = PUNCTUATION.matcher(s).replaceAll("");
      if (options.asianSupport()) {
        s = ASIAN_PUNCTUATION.matcher(s).replaceAll("");
        s = FULL_WIDTH_PUNCTUATION.matcher(s).replaceAll("");
      }
    }
    return PythonText.collapseSpaces(s);
  }

  private static String normalizeWestern(String sentence) {
    String s = sentence.replace("\n-", "").replace("\n", " ");
    s = s.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    s = CharRules.spaceAround(" " + s + " ", CharRules::isWesternPunctuation);
    // Possessives: "'s " and a final "'s" get a space before them.
    s = POSSESSIVE_AT_END.matcher(s.replace("'s ", " 's ")).replaceAll(" 's");
    return BleuTokenizer.mtevalNumberRules(s);
  }

  private static String normalizeAsian(String sentence) {
    String s = CJK_IDEOGRAPHS.matcher(sentence).replaceAll(" $1 ");
    s = CJK_STROKES.matcher(s).replaceAll(" $1 ");
    s = CJK_COMPATIBILITY.matcher(s).replaceAll(" $1 ");
    s = CJK_ENCLOSED.matcher(s).replaceAll(" $1 ");
    s = HIRAGANA.matcher(s).replaceAll("$1 $2 ");
    s = KATAKANA.matcher(s).replaceAll("$1 $2 ");
    s = KATAKANA_EXTENSIONS.matcher(s).replaceAll("$1 $2 ");
    s = ASIAN_PUNCTUATION.matcher(s).replaceAll(" $1 ");
    return FULL_WIDTH_PUNCTUATION.matcher(s).replaceAll(" $1 ");
  }
}
