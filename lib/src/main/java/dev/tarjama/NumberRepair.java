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
 * Extended Arabic-Indic digits and the Arabic separators ٫ ٬ are read as English writes them
 * ({@link NonArabicText#englishDigit}), so "١٬٠٠٠" is 1,000. Two numbers are the same when they
 * have the same value as written: commas (grouping) do not count, a single point is a decimal
 * point (several are grouping), and leading zeros do not count ({@code 1,000} = {@code 1000},
 * {@code 05} = {@code 5}, {@code 3.5} ≠ {@code 35}). A number of the translation is replaced when:
 *
 * <ol>
 *   <li>no source number is the same, and
 *   <li>the source words its word is linked to hold exactly one number that the translation lacks
 *       (more times in the source than in the translation), or, when no number of the translation
 *       is replaced that way, it is the one number of the translation that no source number is
 *       the same as and the translation lacks just one source number, once: the attention may
 *       point at "عام" (year) as "1990" is written for "عام ١٩٧٦".
 * </ol>
 *
 * <p>It becomes that number as the source writes it, in English digits; the letters around it stay
 * ("738th" → "78th"). A number written in words on either side is never touched. Stateless.
 */
final class NumberRepair {
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

  private NumberRepair() {}

  /**
   * Whether {@link #repair} could change the English: it has a number no Arabic number is the same
   * as, and the Arabic has a number the English lacks. Only then is an alignment worth making.
   */
  static boolean mayRepair(String arabic, String english) {
    Map<String, Integer> missing = new HashMap<>();
    for (Word word : WordTokenizer.tokenize(arabic)) {
      for (String number : numbers(englishDigits(word.text()))) {
        missing.merge(value(number), 1, Integer::sum);
      }
    }
    boolean foreign = false;
    for (Word word : WordTokenizer.tokenize(english)) {
      for (String number : numbers(word.text())) {
        String value = value(number);
        foreign |= !missing.containsKey(value);
        missing.computeIfPresent(value, (k, n) -> n - 1);
      }
    }
    return foreign && missing.values().stream().anyMatch(n -> n > 0);
  }

  /** The alignment's target with its numbers repaired; the target itself when none is. */
  static String repair(Alignment alignment) {
    return TextEdit.apply(alignment.target(), edits(alignment));
  }

  /** The replacements that repair the alignment target's numbers, against the target. */
  static List<TextEdit> edits(Alignment alignment) {
    SourceNumbers source = SourceNumbers.of(alignment);
    if (source.spelling.isEmpty()) {
      return List.of();
    }
    Map<Integer, List<Integer>> linked = new HashMap<>();
    for (AlignmentLink link : alignment.links()) {
      linked.computeIfAbsent(link.targetWord(), k -> new ArrayList<>()).add(link.sourceWord());
    }
    List<TextEdit> edits = new ArrayList<>();
    List<TextEdit> undecided = new ArrayList<>();
    List<Word> targetWords = alignment.targetWords();
    for (int t = 0; t < targetWords.size(); t++) {
      Word word = targetWords.get(t);
      Matcher m = NUMBER.matcher(word.text());
      while (m.find()) {
        if (source.spelling.containsKey(value(m.group()))) {
          continue;
        }
        String replacement = source.takeOnlyMissing(linked.getOrDefault(t, List.of()));
        TextEdit edit =
            new TextEdit(
                word.start() + m.start(),
                word.start() + m.end(),
                replacement == null ? m.group() : replacement);
        (replacement == null ? undecided : edits).add(edit);
      }
    }
    if (edits.isEmpty() && undecided.size() == 1) {
      String sole = source.takeSoleMissing();
      if (sole != null) {
        TextEdit only = undecided.get(0);
        edits.add(new TextEdit(only.start(), only.end(), sole));
      }
    }
    return edits;
  }

  /** The source's numbers by word, their spellings, and how many of each the target lacks. */
  private static final class SourceNumbers {
    /** Value → the source's first spelling of it, in English digits. */
    final Map<String, String> spelling = new HashMap<>();

    private final Map<String, Integer> missing = new HashMap<>();
    private final List<List<String>> wordValues = new ArrayList<>();

    static SourceNumbers of(Alignment alignment) {
      SourceNumbers source = new SourceNumbers();
      for (Word word : alignment.sourceWords()) {
        List<String> values = new ArrayList<>();
        for (String number : numbers(englishDigits(word.text()))) {
          String value = value(number);
          source.spelling.putIfAbsent(value, number);
          source.missing.merge(value, 1, Integer::sum);
          values.add(value);
        }
        source.wordValues.add(values);
      }
      for (Word word : alignment.targetWords()) {
        for (String number : numbers(word.text())) {
          source.missing.computeIfPresent(value(number), (k, n) -> n - 1);
        }
      }
      return source;
    }

    /**
     * The spelling of the one source number the target lacks, counted as put back, when the
     * target lacks just that one, once; null otherwise.
     */
    String takeSoleMissing() {
      String sole = null;
      int total = 0;
      for (Map.Entry<String, Integer> e : missing.entrySet()) {
        if (e.getValue() > 0) {
          total += e.getValue();
          sole = e.getKey();
        }
      }
      if (total != 1) {
        return null;
      }
      missing.merge(sole, -1, Integer::sum);
      return spelling.get(sole);
    }

    /**
     * The spelling of the one number that these source words hold and the target lacks, counted
     * as put back; null when there is none or more than one.
     */
    String takeOnlyMissing(List<Integer> sourceWords) {
      Set<String> candidates = new HashSet<>();
      for (int s : sourceWords) {
        for (String value : wordValues.get(s)) {
          if (missing.get(value) > 0) {
            candidates.add(value);
          }
        }
      }
      if (candidates.size() != 1) {
        return null;
      }
      String value = candidates.iterator().next();
      missing.merge(value, -1, Integer::sum);
      return spelling.get(value);
    }
  }

  private static List<String> numbers(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The text with Arabic digits and separators as English writes them, char for char. */
  private static String englishDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      out.append(NonArabicText.englishDigit(text.charAt(i)));
    }
    return out.toString();
  }

  /** The number's value as written: see the class comment. */
  static String value(String number) {
    String digits = number.replace(",", "");
    if (digits.indexOf('.') != digits.lastIndexOf('.')) {
      digits = digits.replace(".", "");
    }
    int first = 0;
    while (first < digits.length() - 1
        && digits.charAt(first) == '0'
        && digits.charAt(first + 1) != '.') {
      first++;
    }
    return digits.substring(first);
  }
}
