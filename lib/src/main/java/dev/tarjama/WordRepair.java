package dev.tarjama;

import dev.tarjama.align.Alignment;
import dev.tarjama.align.AlignmentLink;
import dev.tarjama.align.LexicalTable;
import dev.tarjama.align.Word;
import dev.tarjama.align.WordTokenizer;
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
 * <p>A word of the translation is made up when it is letters a–z only ({@link WordTokenizer} words)
 * and no pair of the lexical table has it, lowercased: the table's English words are those of the
 * corpus it was aligned on, so a made-up word is one the training English never had. It is
 * replaced when:
 *
 * <ol>
 *   <li>it is linked to a source word (the strongest link, ties to the first word; the
 *       translator's links, {@link TranslationPipeline#REPAIR_LINKS}, give each word one), no
 *       earlier made-up word of the translation is linked to that one, and
 *   <li>the table has a translation of that word ({@link LexicalTable#likeliestTarget}, letters
 *       only) — of the word as written, else of another of its {@link #forms}: without marks,
 *       clitics or an attached pronoun — that the translation does not already have.
 * </ol>
 *
 * <p>The translation is capitalised when the made-up word is. Stateless.
 */
final class WordRepair {
  /** Leading conjunction, preposition and article clusters, longest first. */
  static final String CLITIC_LIST = "وال فال بال كال لل ال و ف ب ل ك";

  /** Attached pronouns (his, her, their, your, our, my), longest first. */
  static final String PRONOUN_LIST = "هما هم هن ها كم كن نا ه ك ي";

  private static final List<String> CLITICS = List.of(CLITIC_LIST.split(" "));
  private static final List<String> PRONOUNS = List.of(PRONOUN_LIST.split(" "));
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
    Set<Integer> usedSources = new HashSet<>();
    List<TextEdit> edits = new ArrayList<>();
    List<Word> targetWords = alignment.targetWords();
    for (int t = 0; t < targetWords.size(); t++) {
      Word word = targetWords.get(t);
      AlignmentLink link = strongest.get(t);
      if (link == null || !madeUp(word.text(), table) || !usedSources.add(link.sourceWord())) {
        continue;
      }
      Optional<String> translation =
          translation(alignment.sourceWords().get(link.sourceWord()).text(), table);
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
   * leading clitic it has ({@value #CLITIC_LIST}); then each of the last two kinds without each
   * trailing pronoun it has ({@value #PRONOUN_LIST}). A cut is made only where two letters
   * remain. No repeats.
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

  /** The word without U+064B–U+065F, U+0670 (as segment's ArabicChars.isArabicMark) and U+0640. */
  private static String withoutMarks(String arabic) {
    StringBuilder out = new StringBuilder(arabic.length());
    for (int i = 0; i < arabic.length(); i++) {
      char c = arabic.charAt(i);
      if (!((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640')) {
        out.append(c);
      }
    }
    return out.toString();
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
