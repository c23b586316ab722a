package dev.tarjama.examples.segbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A running text with its gold sentence boundaries. A boundary is the offset of the first char of
 * a sentence that is not the first of its text; {@code inline} ones are those inside a paragraph
 * (the preceding gap is a space, not a line break).
 *
 * @param name source name for the report
 * @param texts the texts, each segmented separately (documents, or edge cases)
 * @param boundaries per text, the gold boundaries
 * @param inline per text, the gold boundaries inside a paragraph
 */
public record GoldCorpus(
    String name, List<String> texts, List<Set<Integer>> boundaries, List<Set<Integer>> inline) {

  /** Documents as paragraphs of sentences: sentences joined by a space, paragraphs by a newline. */
  public static GoldCorpus ofDocuments(String name, List<List<List<String>>> documents) {
    List<String> texts = new ArrayList<>();
    List<Set<Integer>> boundaries = new ArrayList<>();
    List<Set<Integer>> inline = new ArrayList<>();
    for (List<List<String>> document : documents) {
      StringBuilder text = new StringBuilder();
      Set<Integer> all = new TreeSet<>();
      Set<Integer> within = new TreeSet<>();
      for (List<String> paragraph : document) {
        for (int s = 0; s < paragraph.size(); s++) {
          if (text.length() > 0) {
            text.append(s == 0 ? "\n" : " ");
            all.add(text.length());
            if (s > 0) {
              within.add(text.length());
            }
          }
          text.append(paragraph.get(s));
        }
      }
      texts.add(text.toString());
      boundaries.add(all);
      inline.add(within);
    }
    return new GoldCorpus(name, List.copyOf(texts), List.copyOf(boundaries), List.copyOf(inline));
  }

  /** Number of gold boundaries. */
  public int size() {
    return boundaries.stream().mapToInt(Set::size).sum();
  }

  /** Total chars of text. */
  public long chars() {
    return texts.stream().mapToLong(String::length).sum();
  }
}
