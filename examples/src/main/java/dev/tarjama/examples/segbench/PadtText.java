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
 * (و ف ل ب ك س) and genitive/accusative pronoun enclitics, and attaches punctuation to its word.
 * The result is held in memory only: PADT is CC BY-NC-SA and is never written to the repository.
 */
public final class PadtText {
  private static final Set<String> PROCLITICS = Set.of("و", "ف", "ل", "ب", "ك", "س");
  private static final Set<String> PROCLITIC_TAGS = Set.of("CCONJ", "CONJ", "ADP", "PART", "SCONJ");
  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(".", ",", "،", "؛", ";", ":", "؟", "?", "!", ")", "]", "»");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "«");

  private PadtText() {}

  /**
   * Documents of the dev and test files whose id ({@code AFP_ARB_20000715.0011}) passes {@code
   * keep}, each a list of paragraphs, in file order.
   */
  public static List<List<List<String>>> documents(Path data, Predicate<String> keep)
      throws IOException {
    Map<String, List<String>> docs = new LinkedHashMap<>();
    for (String file : List.of("ar-ud-dev.conllu", "ar-ud-test.conllu")) {
      List<String[]> tokens = new ArrayList<>();
      String doc = null;
      for (String line : GoldSources.read(data.resolve("ud-arabic-padt-v1.3").resolve(file))) {
        if (line.startsWith("# orig_file_sentence")) {
          doc = line.substring(line.lastIndexOf(' ') + 1).split("#")[0];
        } else if (line.isEmpty() && !tokens.isEmpty()) {
          docs.computeIfAbsent(doc, k -> new ArrayList<>()).add(sentence(tokens));
          tokens = new ArrayList<>();
        } else if (!line.startsWith("#") && !line.isEmpty()) {
          String[] fields = line.split("\t");
          if (fields[0].matches("\\d+")) {
            tokens.add(new String[] {strip(fields[1]), fields[3], fields[4]});
          }
        }
      }
      if (!tokens.isEmpty()) {
        docs.computeIfAbsent(doc, k -> new ArrayList<>()).add(sentence(tokens));
      }
    }
    docs.keySet().removeIf(keep.negate());
    return new ArrayList<>(GoldSources.paragraphed(docs).values());
  }

  private static String sentence(List<String[]> tokens) {
    StringBuilder out = new StringBuilder();
    boolean glueNext = true;
    boolean quoteOpen = false;
    String[] previous = null;
    for (String[] token : tokens) {
      String form = token[0];
      if (previous != null && token[2].startsWith("U-") && previous[2].startsWith("U-")
          && form.equals(previous[0])) {
        continue;
      }
      boolean enclitic = token[1].equals("PRON") && token[2].startsWith("SP")
          && token[2].length() > 8 && "24".indexOf(token[2].charAt(8)) >= 0;
      boolean quote = form.equals("\"");
      boolean glue = glueNext || NO_SPACE_BEFORE.contains(form) || (quote && quoteOpen)
          || enclitic || (form.equals("-") && endsWithDigit(out));
      if (enclitic) {
        fixStemEnd(out);
      }
      if (!glue) {
        out.append(' ');
      }
      if (glueNext && out.length() > 0 && out.charAt(out.length() - 1) == 'ل' && form.startsWith("ال")) {
        form = form.substring(1);
      }
      out.append(form);
      glueNext = NO_SPACE_AFTER.contains(form) || (quote && !quoteOpen)
          || (PROCLITICS.contains(form) && PROCLITIC_TAGS.contains(token[1]))
          || (form.equals("-") && endsWithDigitBefore(out));
      if (quote) {
        quoteOpen = !quoteOpen;
      }
      previous = token;
    }
    return out.toString().strip();
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
