package dev.tarjama.examples.segbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Builds and reads the boundary gold sets.
 *
 * <p>Paragraphing (judged natural for news, and the same for every source): a sentence whose last
 * visible char, after closing quotes and brackets, is not {@code . ! ? ؟ …} is a headline, byline
 * or list lead-in and ends its paragraph; other sentences of a document share one paragraph. UN
 * documents keep their own paragraphs (the line number in {@code dev.ids}).
 */
public final class GoldSources {
  private static final Pattern TERMINAL_END = Pattern.compile("[.!?\u061F\u2026][\"'»”’)\\]]*$");
  private static final String DOC_MARK = "@doc ";

  private GoldSources() {}

  /** NTREX-128 Arabic documents, without the 30 lines listed as badly spaced. */
  public static Map<String, List<List<String>>> ntrex(Path data) throws IOException {
    Path dir = data.resolve("ntrex128");
    List<String> lines = read(dir.resolve("test.ar"));
    List<String> docIds = read(dir.resolve("test.docids"));
    Set<Integer> bad = new HashSet<>();
    for (String n : read(dir.resolve("test.bad-arabic-spacing.lines"))) {
      bad.add(Integer.parseInt(n.strip()));
    }
    Map<String, List<String>> docs = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!bad.contains(i + 1)) {
        docs.computeIfAbsent(docIds.get(i).strip(), k -> new ArrayList<>()).add(lines.get(i).strip());
      }
    }
    return paragraphed(docs);
  }

  /**
   * A sentence-per-line file (FLORES-200 devtest, TICO-19 test) as consecutive documents of
   * {@code linesPerDocument} lines, paragraphed like the others. These sets were not looked at
   * while the rules were written: they are held-out checks.
   */
  public static Map<String, List<List<String>>> lines(Path file, int linesPerDocument)
      throws IOException {
    List<String> lines = read(file);
    Map<String, List<String>> docs = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      docs.computeIfAbsent("d" + i / linesPerDocument, k -> new ArrayList<>()).add(lines.get(i).strip());
    }
    return paragraphed(docs);
  }

  /** UN v1.0 dev sentences grouped by document and paragraph (line), in line and segment order. */
  public static Map<String, List<List<String>>> un(Path data) throws IOException {
    Path dir = data.resolve("un-v1.0");
    List<String> lines = read(dir.resolve("dev.ar"));
    List<String> ids = read(dir.resolve("dev.ids"));
    Map<String, TreeMap<Integer, TreeMap<Integer, String>>> docs = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String[] fields = ids.get(i).split(" ");
      String[] arabic = fields[1].split(":");
      docs.computeIfAbsent(fields[0], k -> new TreeMap<>())
          .computeIfAbsent(Integer.parseInt(arabic[1]), k -> new TreeMap<>())
          .put(Integer.parseInt(arabic[2]), lines.get(i).strip());
    }
    Map<String, List<List<String>>> out = new LinkedHashMap<>();
    docs.forEach(
        (id, paragraphs) -> {
          List<List<String>> doc = new ArrayList<>();
          paragraphs.values().forEach(p -> doc.add(List.copyOf(p.values())));
          out.put(id, doc);
        });
    return out;
  }

  /** Splits each document's sentences into paragraphs by the rule in the class comment. */
  public static Map<String, List<List<String>>> paragraphed(Map<String, List<String>> docs) {
    Map<String, List<List<String>>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> entry : docs.entrySet()) {
      List<String> sentences = entry.getValue();
      List<List<String>> doc = new ArrayList<>();
      List<String> paragraph = new ArrayList<>();
      for (String sentence : sentences) {
        paragraph.add(sentence);
        if (!TERMINAL_END.matcher(sentence).find()) {
          doc.add(paragraph);
          paragraph = new ArrayList<>();
        }
      }
      if (!paragraph.isEmpty()) {
        doc.add(paragraph);
      }
      out.put(entry.getKey(), doc);
    }
    return out;
  }

  /** Writes documents in the committed format: "@doc id", a sentence per line, blank = new paragraph. */
  public static void write(Path file, List<String> header, Map<String, List<List<String>>> docs)
      throws IOException {
    List<String> out = new ArrayList<>(header);
    docs.forEach(
        (id, paragraphs) -> {
          out.add(DOC_MARK + id);
          for (int p = 0; p < paragraphs.size(); p++) {
            if (p > 0) {
              out.add("");
            }
            out.addAll(paragraphs.get(p));
          }
        });
    Files.write(file, out, StandardCharsets.UTF_8);
  }

  /** Reads the committed format; lines before the first "@doc" are a header and ignored. */
  public static List<List<List<String>>> readCommitted(Path file) throws IOException {
    List<List<List<String>>> docs = new ArrayList<>();
    List<String> paragraph = null;
    for (String line : read(file)) {
      if (line.startsWith(DOC_MARK)) {
        docs.add(new ArrayList<>());
        paragraph = new ArrayList<>();
        docs.get(docs.size() - 1).add(paragraph);
      } else if (paragraph != null && line.isEmpty()) {
        paragraph = new ArrayList<>();
        docs.get(docs.size() - 1).add(paragraph);
      } else if (paragraph != null) {
        paragraph.add(line);
      }
    }
    return docs;
  }

  /**
   * Reads the hand-written edge cases: "rule TAB text [TAB dateline]", where {@code ¦} marks each
   * boundary and {@code \n} stands for a line break. Each case is its own text.
   */
  public static GoldCorpus edgeCases(Path file) throws IOException {
    List<String> texts = new ArrayList<>();
    List<Set<Integer>> boundaries = new ArrayList<>();
    for (String line : read(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String marked = unescape(line.split("\t")[1]);
      StringBuilder text = new StringBuilder();
      Set<Integer> gold = new TreeSet<>();
      for (int i = 0; i < marked.length(); i++) {
        if (marked.charAt(i) == '\u00A6') {
          gold.add(text.length());
        } else {
          text.append(marked.charAt(i));
        }
      }
      String plain = text.toString();
      Set<Integer> starts = new TreeSet<>();
      for (int b : gold) {
        int p = b;
        while (p < plain.length() && (Character.isWhitespace(plain.charAt(p))
            || Character.getType(plain.charAt(p)) == Character.FORMAT)) {
          p++;
        }
        starts.add(p);
      }
      texts.add(plain);
      boundaries.add(starts);
    }
    return new GoldCorpus("edge cases", texts, boundaries, boundaries);
  }

  /** Resolves the escapes \\n \\r \\t and \\uXXXX of the edge-case file. */
  static String unescape(String field) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c != '\\' || i + 1 == field.length()) {
        out.append(c);
        continue;
      }
      char kind = field.charAt(++i);
      switch (kind) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(field.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append('\\').append(kind);
      }
    }
    return out.toString();
  }

  static List<String> read(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }
}
