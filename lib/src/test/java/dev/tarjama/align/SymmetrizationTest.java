package dev.tarjama.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SymmetrizationTest {

  @ParameterizedTest(name = "{2}")
  @CsvSource({
    "head1k.forward.align, head1k.reverse.align, head1k.gdfa.align, grow-diag-final-and",
    "head1k.forward.align, head1k.reverse.align, head1k.sym.grow-diag-final.align, grow-diag-final",
    "head1k.forward.align, head1k.reverse.align, head1k.sym.grow-diag.align, grow-diag",
    "head1k.forward.align, head1k.reverse.align, head1k.sym.intersect.align, intersect",
    "head1k.forward.align, head1k.reverse.align, head1k.sym.union.align, union",
    "c1k.forward.align, c1k.reverse.align, c1k.gdfa.align, grow-diag-final-and",
    "c10.forward.align, c10.reverse.align, c10.gdfa.align, grow-diag-final-and"
  })
  void equalsAtoolsOutput(String forward, String reverse, String expected, String name) {
    Symmetrization symmetrization = Symmetrization.fromAtoolsName(name);
    List<String> forwardLines = Fixtures.lines(forward);
    List<String> reverseLines = Fixtures.lines(reverse);
    List<String> actual = new ArrayList<>();
    for (int line = 0; line < forwardLines.size(); line++) {
      actual.add(
          symmetrization
              .apply(
                  WordAlignment.parsePharaoh(forwardLines.get(line)),
                  WordAlignment.parsePharaoh(reverseLines.get(line)))
              .toPharaoh());
    }
    assertEquals(0, Fixtures.differingLines(Fixtures.lines(expected), actual), expected);
  }

  @Test
  void intersectKeepsLinksOfBoth() {
    assertEquals("1-1", apply(Symmetrization.INTERSECT, "0-0 1-1", "1-1 2-2"));
  }

  @Test
  void unionSortsBySourceThenTarget() {
    assertEquals("0-0 1-1 2-0 2-2", apply(Symmetrization.UNION, "2-0 1-1 0-0", "2-2 1-1"));
  }

  @Test
  void growDiagAddsDiagonalNeighbourWithAnUnalignedWord() {
    // 1-1 is in both; 2-2 (reverse only) touches it diagonally and word 2 is unaligned.
    assertEquals("1-1 2-2", apply(Symmetrization.GROW_DIAG, "1-1", "1-1 2-2"));
  }

  @Test
  void growDiagSkipsLinksFarFromTheIntersection() {
    assertEquals("0-0", apply(Symmetrization.GROW_DIAG, "0-0 3-3", "0-0"));
  }

  @Test
  void finalAndNeedsBothWordsUnaligned() {
    // 0-2 (forward only, not next to 0-0) shares source word 0 with the intersection link 0-0.
    assertEquals("0-0 3-3", apply(Symmetrization.GROW_DIAG_FINAL_AND, "0-0 0-2 3-3", "0-0"));
    assertEquals("0-0 0-2 3-3", apply(Symmetrization.GROW_DIAG_FINAL, "0-0 0-2 3-3", "0-0"));
  }

  @Test
  void emptyAlignmentsGiveEmptyAlignment() {
    for (Symmetrization symmetrization : Symmetrization.values()) {
      assertTrue(
          symmetrization.apply(WordAlignment.EMPTY, WordAlignment.EMPTY).isEmpty(),
          symmetrization.atoolsName());
    }
  }

  @Test
  void distantPositionsNeedNoDenseGrid() {
    assertEquals(
        "0-0 2000000000-2000000000",
        apply(Symmetrization.GROW_DIAG_FINAL_AND, "0-0 2000000000-2000000000", "0-0"));
  }

  @Test
  void unknownNameListsTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Symmetrization.fromAtoolsName("gdfa"));
    assertTrue(e.getMessage().contains("grow-diag-final-and"), e.getMessage());
  }

  private static String apply(Symmetrization symmetrization, String forward, String reverse) {
    return symmetrization
        .apply(WordAlignment.parsePharaoh(forward), WordAlignment.parsePharaoh(reverse))
        .toPharaoh();
  }
}
