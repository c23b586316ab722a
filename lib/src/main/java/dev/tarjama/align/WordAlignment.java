package dev.tarjama.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The links of one sentence pair, in the order the aligner produced them.
 *
 * <p>fast_align lists forward links by target position and reverse links by source position;
 * symmetrisations list them sorted (see {@link WordLink#compareTo}). Equality compares the lists,
 * so it depends on that order; compare {@link #sorted()} copies to ignore it.
 *
 * @param links the links; no duplicates
 */
public record WordAlignment(List<WordLink> links) {

  /** An alignment without links. */
  public static final WordAlignment EMPTY = new WordAlignment(List.of());

  /** Copies the list and rejects duplicate links. */
  public WordAlignment {
    links = List.copyOf(Objects.requireNonNull(links, "links"));
    if (hasDuplicates(links)) {
      throw new IllegalArgumentException("links has duplicates: " + links);
    }
  }

  private static boolean hasDuplicates(List<WordLink> links) {
    if (links.size() > 32) {
      return new HashSet<>(links).size() != links.size();
    }
    // Sentence alignments are short: pairwise comparison beats building a set.
    for (int a = 0; a < links.size(); a++) {
      for (int b = a + 1; b < links.size(); b++) {
        if (links.get(a).equals(links.get(b))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Parses the Pharaoh format: {@code i-j} pairs separated by spaces, e.g. {@code 0-0 1-2}. An
   * empty or blank string is the empty alignment.
   *
   * @throws IllegalArgumentException if a pair is not two non-negative integers joined by '-'
   */
  public static WordAlignment parsePharaoh(String line) {
    Objects.requireNonNull(line, "line");
    List<WordLink> links = new ArrayList<>();
    for (String pair : line.trim().split(" +")) {
      if (pair.isEmpty()) {
        continue;
      }
      int dash = pair.indexOf('-');
      try {
        if (dash <= 0) {
          throw new NumberFormatException();
        }
        links.add(
            new WordLink(
                Integer.parseInt(pair.substring(0, dash)),
                Integer.parseInt(pair.substring(dash + 1))));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "bad Pharaoh pair '" + pair + "' in '" + line + "', expected i-j", e);
      }
    }
    return new WordAlignment(links);
  }

  /** The Pharaoh string: links in list order, separated by single spaces. */
  public String toPharaoh() {
    StringBuilder result = new StringBuilder();
    for (WordLink link : links) {
      if (result.length() > 0) {
        result.append(' ');
      }
      result.append(link.sourceWord()).append('-').append(link.targetWord());
    }
    return result.toString();
  }

  /** A copy with the links sorted by source, then target position. */
  public WordAlignment sorted() {
    List<WordLink> copy = new ArrayList<>(links);
    copy.sort(null);
    return new WordAlignment(copy);
  }

  /** True when there are no links. */
  public boolean isEmpty() {
    return links.isEmpty();
  }
}
