package dev.tarjama.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordAlignmentTest {

  @Test
  void pharaohRoundTripKeepsOrder() {
    WordAlignment alignment = WordAlignment.parsePharaoh("2-0 0-1 1-3");
    assertEquals(
        List.of(new WordLink(2, 0), new WordLink(0, 1), new WordLink(1, 3)), alignment.links());
    assertEquals("2-0 0-1 1-3", alignment.toPharaoh());
  }

  @Test
  void sortedOrdersBySourceThenTarget() {
    assertEquals("0-1 1-3 2-0", WordAlignment.parsePharaoh("2-0 0-1 1-3").sorted().toPharaoh());
  }

  @Test
  void emptyAndBlankLinesAreEmptyAlignments() {
    assertTrue(WordAlignment.parsePharaoh("").isEmpty());
    assertTrue(WordAlignment.parsePharaoh("  ").isEmpty());
    assertEquals("", WordAlignment.EMPTY.toPharaoh());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0-", "-1", "1_2", "a-b", "0-1 2", "1-2-3"})
  void malformedPairsAreRejected(String line) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> WordAlignment.parsePharaoh(line));
    assertTrue(e.getMessage().contains("expected i-j"), e.getMessage());
  }

  @Test
  void duplicateLinksAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> WordAlignment.parsePharaoh("0-0 0-0"));
  }

  @Test
  void negativePositionsAreRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new WordLink(-1, 2));
    assertEquals("word positions must be >= 0, got sourceWord=-1, targetWord=2", e.getMessage());
  }
}
