package dev.tarjama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextEditTest {

  @Test
  void editsAreMadeInTextOrderWhateverTheListOrder() {
    List<TextEdit> edits =
        List.of(new TextEdit(10, 15, "world"), new TextEdit(0, 5, "Hello"), new TextEdit(5, 5, ","));
    assertEquals("Hello, big world", TextEdit.apply("hallo big wurld", edits));
    assertEquals("abc", TextEdit.apply("abc", List.of()));
  }

  @Test
  void adjacentAndEmptyEditsAtOnePlaceAreMadeInListOrder() {
    assertEquals(
        "xy-c",
        TextEdit.apply(
            "abc", List.of(new TextEdit(0, 1, "x"), new TextEdit(1, 2, "y"), new TextEdit(2, 2, "-"))));
    assertEquals(
        "12abc",
        TextEdit.apply("abc", List.of(new TextEdit(0, 0, "1"), new TextEdit(0, 0, "2"))));
  }

  @Test
  void overlapsAndBadRangesAreRejectedWithTheEdit() {
    IllegalArgumentException overlap =
        assertThrows(
            IllegalArgumentException.class,
            () -> TextEdit.apply("abc", List.of(new TextEdit(0, 2, "x"), new TextEdit(1, 3, "y"))));
    assertTrue(overlap.getMessage().contains("start=1, end=3"), overlap.getMessage());
    assertTrue(overlap.getMessage().contains("overlaps an edit that ends at 2"), overlap.getMessage());
    IllegalArgumentException past =
        assertThrows(
            IllegalArgumentException.class,
            () -> TextEdit.apply("abc", List.of(new TextEdit(2, 4, "x"))));
    assertTrue(past.getMessage().contains("runs past the text's 3 chars"), past.getMessage());
    IllegalArgumentException range =
        assertThrows(IllegalArgumentException.class, () -> new TextEdit(3, 1, "x"));
    assertTrue(range.getMessage().contains("start=3, end=1"), range.getMessage());
    assertThrows(NullPointerException.class, () -> new TextEdit(0, 1, null));
  }
}
