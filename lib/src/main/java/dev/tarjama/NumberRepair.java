package dev.tarjama;

import dev.tarjama.align.Alignment;
import dev.tarjama.align.AlignmentLink;
import dev.tarjama.align.Word;
import dev.tarjama.align.WordTokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the source's numbers where a translation garbled them ("1976" come out as "1967",
 * "1979" as "199679"), as OpenNMT's {@code -replace_unk} copies source words: through the
 * attention alignment of the source and the translation.
 *
 * <p>A number is a run of digits 0–9 with single {@code ,} or {@code .} between digits ({@code
 * 1,000}, {@code 3.5}) within one word ({@link WordTokenizer}); in the source, Arabic-Indic and
 * Extended Arabic-Indic digits and the Arabic separators ٫ ٬ are read as English writes them, so
 * "١٬٠٠٠" is 1,000. Two numbers are the same when their
 * digits are ({@code 1,000} = {@code 1000}). A number of the translation is replaced when:
 *
 * <ol>
 *   <li>no source number has its digits, and
 *   <li>the source words its word is linked to hold exactly one number (by digits) that the
 *       translation lacks, counting repeats.
 * </ol>
 *
 * <p>It becomes that number as the source writes it, in English digits; the letters around it stay
 * ("738th" → "78th"). A number written in words on either side is never touched. Stateless.
 */
final class NumberRepair {
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

  private NumberRepair() {}

  /**
   * Whether the English has a number whose digits no Arabic number has: the only case {@link
   * #repair} may change, so the only one worth an alignment.
   */
  static boolean hasForeignNumber(String arabic, String english) {
    Set<String> source = new HashSet<>();
    for (Word word : WordTokenizer.tokenize(arabic)) {
      for (String number : numbers(englishDigits(word.text()))) {
        source.add(digits(number));
      }
    }
    for (Word word : WordTokenizer.tokenize(english)) {
      for (String number : numbers(word.text())) {
        if (!source.contains(digits(number))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The alignment's target with its numbers repaired; the target itself when none is. */
  static String repair(Alignment alignment) {
    List<Word> sourceWords = alignment.sourceWords();
    List<Word> targetWords = alignment.targetWords();
    // Digits → the source's first spelling of them, and how many of them the target lacks.
    Map<String, String> spelling = new HashMap<>();
    Map<String, Integer> missing = new HashMap<>();
    List<List<String>> wordNumbers = new ArrayList<>(sourceWords.size());
    for (Word word : sourceWords) {
      List<String> keys = new ArrayList<>();
      for (String number : numbers(englishDigits(word.text()))) {
        String key = digits(number);
        spelling.putIfAbsent(key, number);
        missing.merge(key, 1, Integer::sum);
        keys.add(key);
      }
      wordNumbers.add(keys);
    }
    if (missing.isEmpty()) {
      return alignment.target();
    }
    for (Word word : targetWords) {
      for (String number : numbers(word.text())) {
        missing.computeIfPresent(digits(number), (k, n) -> n - 1);
      }
    }
    Map<Integer, List<Integer>> linked = new HashMap<>();
    for (AlignmentLink link : alignment.links()) {
      linked.computeIfAbsent(link.targetWord(), k -> new ArrayList<>()).add(link.sourceWord());
    }
    String target = alignment.target();
    StringBuilder out = new StringBuilder(target.length());
    int copied = 0;
    for (int t = 0; t < targetWords.size(); t++) {
      Word word = targetWords.get(t);
      Matcher m = NUMBER.matcher(word.text());
      while (m.find()) {
        if (spelling.containsKey(digits(m.group()))) {
          continue;
        }
        Set<String> candidates = new HashSet<>();
        for (int s : linked.getOrDefault(t, List.of())) {
          for (String key : wordNumbers.get(s)) {
            if (missing.get(key) > 0) {
              candidates.add(key);
            }
          }
        }
        if (candidates.size() == 1) {
          String key = candidates.iterator().next();
          missing.merge(key, -1, Integer::sum);
          out.append(target, copied, word.start() + m.start()).append(spelling.get(key));
          copied = word.start() + m.end();
        }
      }
    }
    if (copied == 0) {
      return target;
    }
    return out.append(target, copied, target.length()).toString();
  }

  private static List<String> numbers(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Arabic-Indic digits as 0–9 and ٫ ٬ as . , (as {@link NonArabicText} writes them). */
  private static String englishDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0660' && c <= '\u0669') {
        out.append((char) ('0' + (c - '\u0660')));
      } else if (c >= '\u06F0' && c <= '\u06F9') {
        out.append((char) ('0' + (c - '\u06F0')));
      } else {
        out.append(c == '\u066B' ? '.' : c == '\u066C' ? ',' : c);
      }
    }
    return out.toString();
  }

  private static String digits(String number) {
    return number.replace(",", "").replace(".", "");
  }
}
