package dev.tarjama;

import dev.tarjama.align.Alignment;
import dev.tarjama.align.AlignmentLink;
import dev.tarjama.align.LexicalTable;
import dev.tarjama.align.Word;
import dev.tarjama.align.WordTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Replaces the words a translation made up out of pieces ("Russsia", "Sponia", "slumorocibons") by
 * the lexical table's translation of the Arabic word they stand for ("Russia", "Spain",
 * "hydrofluorocarbons"): the rare-word replacement of Luong et al. (2015) and of OpenNMT's {@code
 * -replace_unk} with a phrase table, for a model that spells out what it does not know instead of
 * writing {@code <unk>}.
 *
 * <p>A word of the translation is made up when the whole {@link WordTokenizer} word is letters a–z
 * (so "Sponia's" and "Sponia-based" are not looked at) and no pair of the lexical table has it,
 * lowercased: the table's English words are those of the corpus it was aligned on, so a made-up
 * word is one the training English never had. It is replaced when:
 *
 * <ol>
 *   <li>it is linked to a source word (the strongest link, ties to the first word; the
 *       translator's links, {@link TranslationPipeline#REPAIR_LINKS}, give each word one), and
 *   <li>the table has a translation of that word ({@link LexicalTable#likeliestTarget}, letters
 *       only) — of the word as written, else of the first other of its {@link #forms} it has one
 *       for: without marks, clitics or an attached pronoun — that the translation does not
 *       already have (so two made-up words of one Arabic word give it once).
 * </ol>
 *
 * <p>A source word of letters a–z only (a Latin-script name or acronym in the Arabic) is not
 * looked up: the made-up word becomes that word as written, unless the translation has it.
 *
 * <p>The table keeps its words lowercase: the translation's first letter is capitalised when the
 * made-up word's is, and otherwise it stays lowercase, names too. Stateless; the affix tables are
 * read once, from {@code clitics.txt} and {@code pronouns.txt} beside this class.
 */
final class WordRepair {
  /** Leading conjunctions, prepositions and the article, in the order tried (clitics.txt). */
  private static final List<String> CLITICS = table("clitics.txt");

  /** Attached pronouns, longest first (pronouns.txt). */
  private static final List<String> PRONOUNS = table("pronouns.txt");

  /** ARABIC FATHATAN … ARABIC WAVY HAMZA BELOW: harakat, shadda, sukun and Quranic marks. */
  private static final char FIRST_MARK = '\u064B';

  private static final char LAST_MARK = '\u065F';
  private static final char SUPERSCRIPT_ALEF = '\u0670';
  private static final char TATWEEL = '\u0640';
  private static final Pattern LETTERS = Pattern.compile("[A-Za-z]+");

  private WordRepair() {}

  /** Whether the English has a made-up word: only then is an alignment worth making. */
  static boolean mayRepair(String english, LexicalTable table) {
    for (Word word : WordTokenizer.tokenize(english)) {
      if (madeUp(word.text(), table)) {
        return true;
      }
    }
    return false;
  }

  /** The replacements of the alignment target's made-up words, against the target. */
  static List<TextEdit> edits(Alignment alignment, LexicalTable table) {
    Map<Integer, AlignmentLink> strongest = new HashMap<>();
    for (AlignmentLink link : alignment.links()) {
      strongest.merge(link.targetWord(), link, WordRepair::stronger);
    }
    Set<String> present = new HashSet<>();
    for (Word word : alignment.targetWords()) {
      present.add(word.text().toLowerCase(Locale.ROOT));
    }
    List<TextEdit> edits = new ArrayList<>();
    List<Word> targetWords = alignment.targetWords();
    for (int t = 0; t < targetWords.size(); t++) {
      Word word = targetWords.get(t);
      AlignmentLink link = strongest.get(t);
      if (link == null || !madeUp(word.text(), table)) {
        continue;
      }
      String source = alignment.sourceWords().get(link.sourceWord()).text();
      if (letters(source)) {
        // A Latin-script word of the Arabic ("NASA", "Oxford") is copied as written, as OpenNMT
        // copies the source word, not looked up: the table keeps words lowercase.
        if (present.add(source.toLowerCase(Locale.ROOT))) {
          edits.add(new TextEdit(word.start(), word.end(), source));
        }
        continue;
      }
      Optional<String> translation = translation(source, table);
      if (translation.isPresent() && present.add(translation.get())) {
        edits.add(new TextEdit(word.start(), word.end(), caseLike(word.text(), translation.get())));
      }
    }
    return edits;
  }

  /** The table's translation of the first of the word's {@link #forms} the table has one for. */
  static Optional<String> translation(String arabic, LexicalTable table) {
    for (String form : forms(arabic)) {
      Optional<String> found = table.likeliestTarget(form, WordRepair::letters);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * The forms of an Arabic word to look up, in order: as written; without its marks (harakat,
   * shadda, sukun, superscript alef, tatweel: the corpus seldom writes them); that without each
   * leading clitic it has, in the order of clitics.txt; then each of the last two kinds without
   * each attached pronoun it has, longest first (pronouns.txt). A cut is made only where two
   * letters remain, and may cut a letter of the word itself (ك of كتاب): a wrong form is tried
   * only after the right ones. No repeats.
   */
  static List<String> forms(String arabic) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(arabic);
    String bare = withoutMarks(arabic);
    List<String> stems = new ArrayList<>(List.of(bare));
    for (String clitic : CLITICS) {
      if (bare.startsWith(clitic) && bare.length() - clitic.length() >= 2) {
        stems.add(bare.substring(clitic.length()));
      }
    }
    forms.addAll(stems);
    for (String stem : stems) {
      for (String pronoun : PRONOUNS) {
        if (stem.endsWith(pronoun) && stem.length() - pronoun.length() >= 2) {
          forms.add(stem.substring(0, stem.length() - pronoun.length()));
        }
      }
    }
    return List.copyOf(forms);
  }

  /** The word without marks and tatweel (the marks of segment's ArabicChars.isArabicMark). */
  private static String withoutMarks(String arabic) {
    StringBuilder out = new StringBuilder(arabic.length());
    for (int i = 0; i < arabic.length(); i++) {
      char c = arabic.charAt(i);
      if (!((c >= FIRST_MARK && c <= LAST_MARK) || c == SUPERSCRIPT_ALEF || c == TATWEEL)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The non-empty lines of a table beside this class, {@code #} comments removed. */
  private static List<String> table(String resource) {
    try (InputStream in = WordRepair.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing word repair table " + resource + " on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(line -> line.replaceFirst("#.*", "").strip())
          .filter(line -> !line.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word repair table " + resource, e);
    }
  }

  private static boolean madeUp(String word, LexicalTable table) {
    return letters(word) && !table.hasTargetWord(word);
  }

  private static boolean letters(String word) {
    return LETTERS.matcher(word).matches();
  }

  private static AlignmentLink stronger(AlignmentLink a, AlignmentLink b) {
    if (a.weight() != b.weight()) {
      return a.weight() > b.weight() ? a : b;
    }
    return a.sourceWord() <= b.sourceWord() ? a : b;
  }

  private static String caseLike(String word, String translation) {
    return Character.isUpperCase(word.charAt(0))
        ? Character.toUpperCase(translation.charAt(0)) + translation.substring(1)
        : translation;
  }
}
