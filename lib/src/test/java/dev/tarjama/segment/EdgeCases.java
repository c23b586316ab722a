package dev.tarjama.segment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hand-written edge cases of {@code segment/edge-cases.tsv}: "rule TAB text [TAB dateline]",
 * with {@code ¦} at each boundary and the escapes \n \r \t \\uXXXX.
 *
 * @param rule the rule the case exercises
 * @param text the input, markers removed
 * @param sentences the expected sentence texts
 * @param dateline the expected dateline text, if any sentence has one
 */
record EdgeCases(String rule, String text, List<String> sentences, Optional<String> dateline) {
  static final char BOUNDARY = '\u00A6';

  static List<EdgeCases> load() throws IOException {
    try (InputStream in = EdgeCases.class.getResourceAsStream("/segment/edge-cases.tsv")) {
      String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<EdgeCases> cases = new ArrayList<>();
      for (String line : file.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        String marked = unescape(fields[1]);
        List<String> sentences = new ArrayList<>();
        for (String piece : marked.split(String.valueOf(BOUNDARY))) {
          sentences.add(strip(piece));
        }
        cases.add(new EdgeCases(fields[0], marked.replace(String.valueOf(BOUNDARY), ""),
            List.copyOf(sentences), fields.length > 2 ? Optional.of(fields[2]) : Optional.empty()));
      }
      return cases;
    }
  }

  /** Removes leading and trailing blanks, format chars included, like sentence spans do. */
  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && SegmentationAssertions.isBlank(s.charAt(start))) {
      start++;
    }
    while (end > start && SegmentationAssertions.isBlank(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

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

  @Override
  public String toString() {
    return rule + ": " + text.replace("\n", "\\n");
  }
}
