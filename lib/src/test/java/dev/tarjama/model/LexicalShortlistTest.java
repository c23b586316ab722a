package dev.tarjama.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexicalShortlistTest {
  private static final String HEADER = "tarjama-lexical-shortlist 1 vocab_size=20 best=2\n";

  @TempDir Path dir;

  private LexicalShortlist read(String text) throws IOException {
    Path file = dir.resolve("lexical_shortlist.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return LexicalShortlist.read(file, 20, 0);
  }

  @Test
  void batchIdsAreTheFixedSetEosAndTheListsOfItsSourceIdsAscending() throws IOException {
    LexicalShortlist shortlist = read(HEADER + "always 1 9\n5 12 3\n6 3 17\n7 19\n");
    assertArrayEquals(
        new int[] {0, 1, 3, 9, 12, 17}, shortlist.targetIds(new int[][] {{5, 0}, {6, 6}}));
  }

  @Test
  void sourceIdWithoutListAddsNothing() throws IOException {
    LexicalShortlist shortlist = read(HEADER + "always 4\n5 12\n");
    assertArrayEquals(new int[] {0, 4}, shortlist.targetIds(new int[][] {{8, 9, 0}}));
  }

  @Test
  void emptyFixedSetStillAllowsEos() throws IOException {
    LexicalShortlist shortlist = read(HEADER + "always\n");
    assertArrayEquals(new int[] {0}, shortlist.targetIds(new int[][] {{3}}));
  }

  @Test
  void fileForAnotherVocabularyIsRejected() throws IOException {
    ModelException e =
        assertThrows(
            ModelException.class,
            () -> read("tarjama-lexical-shortlist 1 vocab_size=21\nalways 1\n"));
    assertTrue(e.getMessage().contains("vocab_size=20"), e.getMessage());
  }

  @Test
  void idOutsideTheVocabularyIsRejectedWithItsLine() throws IOException {
    ModelException e = assertThrows(ModelException.class, () -> read(HEADER + "always 1\n5 20\n"));
    assertTrue(e.getMessage().contains("line 3: id 20"), e.getMessage());
  }

  @Test
  void nonNumericIdIsRejected() throws IOException {
    ModelException e = assertThrows(ModelException.class, () -> read(HEADER + "always x\n"));
    assertTrue(e.getMessage().contains("'x' is not an id"), e.getMessage());
  }

  @Test
  void missingFileIsNamed() {
    Path missing = dir.resolve("none.txt");
    ModelException e =
        assertThrows(ModelException.class, () -> LexicalShortlist.read(missing, 20, 0));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void vocabularySizeIsThatOfTheHeader() throws IOException {
    assertEquals(20, read(HEADER + "always\n").vocabSize());
  }
}
