package dev.tarjama.examples.segbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Rebuilds running Arabic text from the PADT treebank (UD v1.3 files, no {@code # text} line):
 * strips vowel marks, drops the repeated forms of unanalysed words, re-attaches proclitics
 * (و ف ل ب ك س) and genitive/accusative pronoun enclitics, attaches punctuation to its word (a
 * full stop between two numbers to both: "٢.٨.١"), and reads Al-Hayat's guillemets the way that
 * paper's files use them ("»" opens, "«" closes). The result is held in memory only: PADT is CC
 * BY-NC-SA and is never written to the repository.
 */
public final class PadtText {
  private static final Set<String> PROCLITICS = Set.of("و", "ف", "ل", "ب", "ك", "س");
  private static final Set<String> PROCLITIC_TAGS = Set.of("CCONJ", "CONJ", "ADP", "PART", "SCONJ");
  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(".", ",", "،", "؛", ";", ":", "؟", "?", "!", ")", "]");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[");
  private static final Set<String> TERMINALS = Set.of(".", "!", "?", "؟");
  private static final Set<String> MAIN_CLAUSE_RELATIONS = Set.of("parataxis", "conj");

  /** What one gold sentence is. */
  public enum Units {
    /** A treebank unit, as annotated: often a whole paragraph in the newspapers. */
    AS_ANNOTATED,
    /**
     * A treebank unit, also cut after each terminal ({@code . ! ? ؟}) that the treebank's own tree
     * shows to end a main clause: every dependency crossing the terminal is {@code cc}, or {@code
     * parataxis}/{@code conj} from a word after it to the unit's root before it.
     */
    MAIN_CLAUSES
  }

  /** Document id prefixes and the agency or newspaper they stand for. */
  private static final Map<String, String> SOURCES = new LinkedHashMap<>();

  static {
    SOURCES.put("AFP", "AFP");
    SOURCES.put("XIN", "Xinhua");
    SOURCES.put("HYT", "Al-Hayat");
    SOURCES.put("NHR", "An-Nahar");
    SOURCES.put("UMH", "Ummah");
    SOURCES.put("ASB", "Assabah");
  }

  private PadtText() {}

  /** One gold corpus per source and kind of unit: "PADT AFP, AS_ANNOTATED", ... */
  public static List<GoldCorpus> bySource(Path data) throws IOException {
    List<GoldCorpus> corpora = new ArrayList<>();
    for (Units units : Units.values()) {
      for (Map.Entry<String, String> source : SOURCES.entrySet()) {
        corpora.add(GoldCorpus.ofDocuments("PADT " + source.getValue() + ", " + units,
            documents(data, id -> id.startsWith(source.getKey()), units)));
      }
    }
    return corpora;
  }

  /** The documents whose id passes {@code keep}, one gold sentence per treebank unit. */
  public static List<List<List<String>>> documents(Path data, Predicate<String> keep)
      throws IOException {
    return documents(data, keep, Units.AS_ANNOTATED);
  }

  /**
   * Documents of the dev and test files whose id ({@code AFP_ARB_20000715.0011}) passes {@code
   * keep}, each a list of paragraphs, in file order.
   */
  public static List<List<List<String>>> documents(Path data, Predicate<String> keep, Units units)
      throws IOException {
    Map<String, List<String>> docs = new LinkedHashMap<>();
    for (String file : List.of("ar-ud-dev.conllu", "ar-ud-test.conllu")) {
      List<String[]> tokens = new ArrayList<>();
      String doc = null;
      List<String> lines = new ArrayList<>(
          GoldSources.read(data.resolve("ud-arabic-padt-v1.3").resolve(file)));
      lines.add("");
      for (String line : lines) {
        if (line.startsWith("# orig_file_sentence")) {
          doc = line.substring(line.lastIndexOf(' ') + 1).split("#")[0];
        } else if (line.isEmpty() && !tokens.isEmpty()) {
          docs.computeIfAbsent(doc, k -> new ArrayList<>()).addAll(unit(tokens, doc, units));
          tokens = new ArrayList<>();
        } else if (!line.startsWith("#") && !line.isEmpty()) {
          String[] fields = line.split("\t");
          if (fields[0].matches("\\d+")) {
            tokens.add(new String[] {strip(fields[1]), fields[3], fields[4], fields[0], fields[6],
                fields[7]});
          }
        }
      }
    }
    docs.keySet().removeIf(keep.negate());
    return new ArrayList<>(GoldSources.paragraphed(docs).values());
  }

  /** The text of one unit, as one sentence or cut into main clauses. */
  private static List<String> unit(List<String[]> tokens, String doc, Units units) {
    // Al-Hayat's files write guillemets the other way round: "وقال:» ليس معقولا ... «.".
    boolean reversed = doc.startsWith("HYT");
    String opening = reversed ? "»" : "«";
    String closing = reversed ? "«" : "»";
    StringBuilder out = new StringBuilder();
    List<Integer> cuts = new ArrayList<>();
    boolean glueNext = true;
    boolean quoteOpen = false;
    boolean cutPending = false;
    String[] previous = null;
    for (int k = 0; k < tokens.size(); k++) {
      String[] token = tokens.get(k);
      String form = token[0];
      if (previous != null && token[2].startsWith("U-") && previous[2].startsWith("U-")
          && form.equals(previous[0])) {
        continue;
      }
      boolean enclitic = token[1].equals("PRON") && token[2].startsWith("SP")
          && token[2].length() > 8 && "24".indexOf(token[2].charAt(8)) >= 0;
      boolean quote = form.equals("\"");
      boolean numberDot = form.equals(".") && isNumber(tokens, k - 1) && isNumber(tokens, k + 1);
      boolean glue = glueNext || NO_SPACE_BEFORE.contains(form) || form.equals(closing)
          || (quote && quoteOpen) || enclitic || (form.equals("-") && endsWithDigit(out));
      if (enclitic) {
        fixStemEnd(out);
      }
      if (!glue) {
        if (cutPending) {
          cuts.add(out.length());
          cutPending = false;
        }
        out.append(' ');
      }
      if (glueNext && out.length() > 0 && out.charAt(out.length() - 1) == 'ل' && form.startsWith("ال")) {
        form = form.substring(1);
      }
      out.append(form);
      glueNext = NO_SPACE_AFTER.contains(form) || form.equals(opening) || (quote && !quoteOpen)
          || (PROCLITICS.contains(form) && PROCLITIC_TAGS.contains(token[1])) || numberDot
          || (form.equals("-") && endsWithDigitBefore(out));
      if (quote) {
        quoteOpen = !quoteOpen;
      }
      cutPending |= units == Units.MAIN_CLAUSES && !numberDot && endsMainClause(tokens, k);
      previous = token;
    }
    List<String> pieces = new ArrayList<>();
    int start = 0;
    for (int cut : cuts) {
      pieces.add(out.substring(start, cut).strip());
      start = cut;
    }
    pieces.add(out.substring(start).strip());
    return pieces;
  }

  /**
   * Whether token {@code k} is a terminal after which, by the unit's dependency tree, a new main
   * clause starts: some word follows, and every dependency between a word before the terminal and
   * one after it is {@code cc} or {@code parataxis}/{@code conj} from a word after it to the root.
   */
  private static boolean endsMainClause(List<String[]> tokens, int k) {
    if (!TERMINALS.contains(tokens.get(k)[0]) || !tokens.get(k)[1].equals("PUNCT")) {
      return false;
    }
    int terminal = Integer.parseInt(tokens.get(k)[3]);
    int root = -1;
    for (String[] token : tokens) {
      if (token[4].equals("0")) {
        root = Integer.parseInt(token[3]);
      }
    }
    boolean mainClause = false;
    for (String[] token : tokens) {
      int id = Integer.parseInt(token[3]);
      int head = Integer.parseInt(token[4]);
      if (token[1].equals("PUNCT") || head == 0 || (id > terminal) == (head > terminal)) {
        continue;
      }
      boolean toRoot = id > terminal && head == root;
      if (toRoot && MAIN_CLAUSE_RELATIONS.contains(token[5])) {
        mainClause = true;
      } else if (!(toRoot && token[5].equals("cc"))) {
        return false;
      }
    }
    return mainClause;
  }

  private static boolean isNumber(List<String[]> tokens, int k) {
    return k >= 0 && k < tokens.size() && tokens.get(k)[1].equals("NUM");
  }

  /** A stem before a pronoun suffix writes teh marbuta as teh and alef maksura as yeh. */
  private static void fixStemEnd(StringBuilder out) {
    int last = out.length() - 1;
    if (last >= 0 && out.charAt(last) == 'ة') {
      out.setCharAt(last, 'ت');
    } else if (last >= 0 && out.charAt(last) == 'ى') {
      out.setCharAt(last, 'ي');
    }
  }

  private static boolean endsWithDigit(StringBuilder out) {
    return out.length() > 0 && Character.isDigit(out.charAt(out.length() - 1));
  }

  private static boolean endsWithDigitBefore(StringBuilder out) {
    return out.length() > 1 && Character.isDigit(out.charAt(out.length() - 2));
  }

  private static String strip(String form) {
    return form.replaceAll("[\u064B-\u065F\u0670]", "");
  }
}
