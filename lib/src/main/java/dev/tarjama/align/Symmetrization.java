package dev.tarjama.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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

  /**
   * atools' {@code RefineCommand} state for one sentence pair, kept sparse: atools walks a dense
   * grid in (source, target) order, and sorted sets visit the same points in the same order.
   */
  private static final class Grid {
    final TreeSet<WordLink> forward;
    final TreeSet<WordLink> reverse;
    final TreeSet<WordLink> result = new TreeSet<>();
    final Set<Integer> sourceAligned = new HashSet<>();
    final Set<Integer> targetAligned = new HashSet<>();

    Grid(WordAlignment forwardLinks, WordAlignment reverseLinks) {
      forward = new TreeSet<>(forwardLinks.links());
      reverse = new TreeSet<>(reverseLinks.links());
    }

    static TreeSet<WordLink> union(TreeSet<WordLink> a, TreeSet<WordLink> b) {
      TreeSet<WordLink> union = new TreeSet<>(a);
      union.addAll(b);
      return union;
    }

    void intersect() {
      for (WordLink link : forward) {
        if (reverse.contains(link)) {
          result.add(link);
        }
      }
    }

    void union() {
      result.addAll(union(forward, reverse));
    }

    void align(WordLink link) {
      result.add(link);
      sourceAligned.add(link.sourceWord());
      targetAligned.add(link.targetWord());
    }

    /** atools' non-idempotent {@code Grow} with {@code KoehnAligned} over the union. */
    void growDiagonal() {
      for (WordLink link : forward) {
        if (reverse.contains(link)) {
          align(link);
        }
      }
      TreeSet<WordLink> candidates = union(forward, reverse);
      candidates.removeAll(result);
      boolean keepGoing = !candidates.isEmpty();
      while (keepGoing) {
        keepGoing = false;
        List<WordLink> added = new ArrayList<>();
        for (WordLink point : candidates) {
          int i = point.sourceWord();
          int j = point.targetWord();
          if (!(sourceAligned.contains(i) && targetAligned.contains(j))
              && hasAlignedNeighbour(i, j)) {
            align(point);
            added.add(point);
            keepGoing = true;
          }
        }
        candidates.removeAll(added);
      }
    }

    /** atools' idempotent {@code Grow} over one direction's links, in (source, target) order. */
    void growFinal(TreeSet<WordLink> adds, boolean bothUnaligned) {
      for (WordLink link : adds) {
        if (!result.contains(link)) {
          int i = link.sourceWord();
          int j = link.targetWord();
          boolean allowed =
              bothUnaligned
                  ? !(sourceAligned.contains(i) || targetAligned.contains(j))
                  : !(sourceAligned.contains(i) && targetAligned.contains(j));
          if (allowed) {
            align(link);
          }
        }
      }
    }

    boolean hasAlignedNeighbour(int i, int j) {
      for (int[] step : NEIGHBOURS) {
        int ni = i + step[0];
        int nj = j + step[1];
        if (ni >= 0 && nj >= 0 && result.contains(new WordLink(ni, nj))) {
          return true;
        }
      }
      return false;
    }

    WordAlignment result() {
      return new WordAlignment(new ArrayList<>(result));
    }
  }
}
