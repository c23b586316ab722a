package dev.tarjama.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The segmenter's word lists, read once from the text files beside this class: abbreviations,
 * Latin letter names, news agencies, date words and clause openers. Keeping them as data (as Lucene keeps its stop
 * words) means a new abbreviation is a line in a file, not a new branch in the rules.
 *
 * <p>Immutable after class initialisation, so safe to share between threads.
 */
final class WordTables {

  /** How a full stop after an abbreviation behaves. */
  enum AbbreviationKind {
    /** A title or reference ("د.", "Dr."): the full stop never ends the sentence. */
    TITLE,
    /** "إلخ.", "Inc.": the full stop ends the sentence unless Latin text or a digit follows. */
    MAY_END
  }

  /** How a Latin letter spelled in Arabic ("إف", "سي") reads before a full stop. */
  enum LetterName {
    /** May be a name initial ("جون إف. كينيدي"). */
    INITIAL,
    /** Only part of a spelled acronym; alone it is an ordinary word ("بي" "with me"). */
    ACRONYM
  }

  static final Map<String, AbbreviationKind> ABBREVIATIONS =
      loadKinds("abbreviations.txt", AbbreviationKind.class);
  static final Map<String, LetterName> LETTER_NAMES = loadKinds("letter-names.txt", LetterName.class);
  static final Set<String> AGENCIES = loadNormalized("agencies.txt");
  static final Set<String> DATE_WORDS = loadNormalized("date-words.txt");
  static final Set<String> CLAUSE_OPENERS = loadNormalized("clause-openers.txt");

  private WordTables() {}

  /**
   * Folds a name for table lookup: drops blanks, dots, dashes, tatweel and vowel marks, writes
   * every alef form as bare alef, alef maksura as yeh and teh marbuta as heh, and lower-cases Latin.
   */
  static String normalize(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (ArabicChars.isBlank(c) || c == '.' || ArabicChars.isDash(c) || ArabicChars.isArabicMark(c)) {
        continue;
      }
      out.append(fold(c));
    }
    return out.toString();
  }

  private static char fold(char c) {
    return switch (c) {
      case ArabicChars.ALEF_MADDA, ArabicChars.ALEF_HAMZA_ABOVE, ArabicChars.ALEF_HAMZA_BELOW,
          ArabicChars.ALEF_WASLA -> ArabicChars.ALEF;
      case ArabicChars.ALEF_MAKSURA -> ArabicChars.YEH;
      case ArabicChars.TEH_MARBUTA -> ArabicChars.HEH;
      default -> Character.toLowerCase(c);
    };
  }

  private static <K extends Enum<K>> Map<String, K> loadKinds(String resource, Class<K> kinds) {
    Map<String, K> table = new HashMap<>();
    for (String line : readLines(resource)) {
      String[] fields = line.split("\t");
      if (fields.length < 2) {
        throw new IllegalStateException(
            "bad line in " + resource + ": '" + line + "', expected <form> TAB <kind>");
      }
      table.put(fields[0].strip(), Enum.valueOf(kinds, fields[1].strip()));
    }
    return Map.copyOf(table);
  }

  private static Set<String> loadNormalized(String resource) {
    Set<String> table = new HashSet<>();
    for (String line : readLines(resource)) {
      table.add(normalize(line));
    }
    return Set.copyOf(table);
  }

  /** Non-empty lines with any {@code #} comment removed. */
  private static List<String> readLines(String resource) {
    try (InputStream in = WordTables.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing segmenter table " + resource + " on the class path");
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int hash = line.indexOf('#');
        String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!content.isEmpty()) {
          lines.add(content);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read segmenter table " + resource, e);
    }
  }
}
