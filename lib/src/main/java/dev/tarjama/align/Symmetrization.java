package dev.tarjama.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Ways to combine a forward and a reverse alignment of the same pair into one, as fast_align's
 * {@code atools -c} does (Koehn et al. 2003's heuristics). Both inputs are in the same (source,
 * target) orientation, as fast_align prints them with and without {@code -r}.
 *
 * <p>The grow steps follow atools exactly: candidates are visited in (source, target) order, a link
 * added during a sweep is visible to the rest of that sweep, and sweeps repeat until none adds a
 * link. The result lists links sorted by source, then target position.
 *
 * <p>Stateless and thread-safe.
 */
public enum Symmetrization {
  /** Links in both alignments. */
  INTERSECT("intersect"),
  /** Links in either alignment. */
  UNION("union"),
  /**
   * The intersection, grown by union links that touch an aligned neighbour (8 directions) and have
   * a source or target word that is not yet aligned.
   */
  GROW_DIAG("grow-diag"),
  /** {@link #GROW_DIAG}, then forward and then reverse links with either word unaligned. */
  GROW_DIAG_FINAL("grow-diag-final"),
  /** {@link #GROW_DIAG}, then forward and then reverse links with both words unaligned. */
  GROW_DIAG_FINAL_AND("grow-diag-final-and");

  private static final int[][] NEIGHBOURS = {
    {1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {-1, 1}, {1, -1}, {-1, -1}
  };

  private final String atoolsName;

  Symmetrization(String atoolsName) {
    this.atoolsName = atoolsName;
  }

  /** The name atools uses for this heuristic, e.g. {@code grow-diag-final-and}. */
  public String atoolsName() {
    return atoolsName;
  }

  /**
   * Looks up a heuristic by its atools name.
   *
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static Symmetrization fromAtoolsName(String name) {
    for (Symmetrization value : values()) {
      if (value.atoolsName.equals(name)) {
        return value;
      }
    }
    List<String> names = new ArrayList<>();
    for (Symmetrization value : values()) {
      names.add(value.atoolsName);
    }
    throw new IllegalArgumentException(
        "unknown symmetrization '" + name + "', expected one of " + names);
  }

  /**
   * Combines two alignments of one sentence pair.
   *
   * @param forward the forward alignment (fast_align without {@code -r})
   * @param reverse the reverse alignment (fast_align with {@code -r}), same orientation
   * @return the combined alignment, links sorted
   */
  public WordAlignment apply(WordAlignment forward, WordAlignment reverse) {
    Objects.requireNonNull(forward, "forward");
    Objects.requireNonNull(reverse, "reverse");
    Grid grid = new Grid(forward, reverse);
    switch (this) {
      case INTERSECT -> grid.intersect();
      case UNION -> grid.union();
      case GROW_DIAG -> grid.growDiagonal();
      case GROW_DIAG_FINAL -> {
        grid.growDiagonal();
        grid.growFinal(grid.forward, false);
        grid.growFinal(grid.reverse, false);
      }
      case GROW_DIAG_FINAL_AND -> {
        grid.growDiagonal();
        grid.growFinal(grid.forward, true);
        grid.growFinal(grid.reverse, true);
      }
    }
    return grid.result();
  }

  /** atools' {@code RefineCommand} state for one sentence pair. */
  private static final class Grid {
    final int width;
    final int height;
    final boolean[][] forward;
    final boolean[][] reverse;
    final boolean[][] result;
    final boolean[] sourceAligned;
    final boolean[] targetAligned;

    Grid(WordAlignment forwardLinks, WordAlignment reverseLinks) {
      int maxSource = 0;
      int maxTarget = 0;
      for (WordAlignment alignment : List.of(forwardLinks, reverseLinks)) {
        for (WordLink link : alignment.links()) {
          maxSource = Math.max(maxSource, link.sourceWord());
          maxTarget = Math.max(maxTarget, link.targetWord());
        }
      }
      width = maxSource + 1;
      height = maxTarget + 1;
      forward = mark(forwardLinks);
      reverse = mark(reverseLinks);
      result = new boolean[width][height];
      sourceAligned = new boolean[width];
      targetAligned = new boolean[height];
    }

    boolean[][] mark(WordAlignment alignment) {
      boolean[][] cells = new boolean[width][height];
      for (WordLink link : alignment.links()) {
        cells[link.sourceWord()][link.targetWord()] = true;
      }
      return cells;
    }

    void intersect() {
      for (int i = 0; i < width; i++) {
        for (int j = 0; j < height; j++) {
          result[i][j] = forward[i][j] && reverse[i][j];
        }
      }
    }

    void union() {
      for (int i = 0; i < width; i++) {
        for (int j = 0; j < height; j++) {
          result[i][j] = forward[i][j] || reverse[i][j];
        }
      }
    }

    void align(int i, int j) {
      result[i][j] = true;
      sourceAligned[i] = true;
      targetAligned[j] = true;
    }

    /** atools' non-idempotent {@code Grow} with {@code KoehnAligned} over the union. */
    void growDiagonal() {
      TreeSet<WordLink> candidates = new TreeSet<>();
      for (int i = 0; i < width; i++) {
        for (int j = 0; j < height; j++) {
          if (forward[i][j] && reverse[i][j]) {
            align(i, j);
          }
        }
      }
      for (int i = 0; i < width; i++) {
        for (int j = 0; j < height; j++) {
          if ((forward[i][j] || reverse[i][j]) && !result[i][j]) {
            candidates.add(new WordLink(i, j));
          }
        }
      }
      boolean keepGoing = !candidates.isEmpty();
      while (keepGoing) {
        keepGoing = false;
        List<WordLink> added = new ArrayList<>();
        for (WordLink point : candidates) {
          int i = point.sourceWord();
          int j = point.targetWord();
          if (!(sourceAligned[i] && targetAligned[j]) && hasAlignedNeighbour(i, j)) {
            align(i, j);
            added.add(point);
            keepGoing = true;
          }
        }
        candidates.removeAll(added);
      }
    }

    /** atools' idempotent {@code Grow} over one direction's links, in (source, target) order. */
    void growFinal(boolean[][] adds, boolean bothUnaligned) {
      for (int i = 0; i < width; i++) {
        for (int j = 0; j < height; j++) {
          if (adds[i][j] && !result[i][j]) {
            boolean allowed =
                bothUnaligned
                    ? !(sourceAligned[i] || targetAligned[j])
                    : !(sourceAligned[i] && targetAligned[j]);
            if (allowed) {
              align(i, j);
            }
          }
        }
      }
    }

    boolean hasAlignedNeighbour(int i, int j) {
      for (int[] step : NEIGHBOURS) {
        int ni = i + step[0];
        int nj = j + step[1];
        if (ni >= 0 && nj >= 0 && ni < width && nj < height && result[ni][nj]) {
          return true;
        }
      }
      return false;
    }

    WordAlignment result() {
      List<WordLink> links = new ArrayList<>();
      for (int i = 0; i < width; i++) {
        for (int j = 0; j < height; j++) {
          if (result[i][j]) {
            links.add(new WordLink(i, j));
          }
        }
      }
      return new WordAlignment(links);
    }
  }
}
